// Saves that survive story edits: a save made on one version of a fixture is loaded on an edited
// version (a choice removed, a knot renamed) and rebuilt up to where the versions diverge.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Playthrough } from '../../src/engine/index.ts';
import { decodeSave, savePlaythrough } from '../../src/persistence/save-codec.ts';
import { compileInkSource } from '../../tools/ink/compile.ts';
import { chooseText, lineTexts, play, showBeats } from './play.ts';

const FILE = 'tests/fixtures/engine/edit.ink';
const source = readFileSync(FILE, 'utf8');

function compileEdited(edit: (text: string) => string): string {
  const edited = edit(source);
  expect(edited).not.toBe(source);
  const result = compileInkSource(edited, FILE);
  if (!result.json) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.json;
}

const original = compileEdited((s) => `${s}\n`);
const removeTell = (s: string) => s.replace('* [Tell him about Ye-sung.] He listens.\n', '');
const renameCh2 = (s: string) => s.replaceAll('ch2', 'market');

/** The old save: four choices, the third of which is "Tell him about Ye-sung.", and a line after. */
function oldSave(): { p: Playthrough; text: string } {
  const p = Playthrough.start(original, { seed: 4 });
  chooseText(p, 'Make breakfast.');
  chooseText(p, 'Ask the price.');
  chooseText(p, 'Tell him about Ye-sung.');
  chooseText(p, 'Sing.');
  showBeats(p, 1);
  return { p, text: savePlaythrough(p, new Date('2024-05-01T00:00:00Z')) };
}

describe('a save on an edited story', () => {
  test('a choice removed and a knot renamed: rebuilt up to the divergence, with the report', () => {
    const { text } = oldSave();
    const edited = compileEdited((s) => renameCh2(removeTell(s)));
    const result = decodeSave(text, edited);
    if (result.kind !== 'rebuilt') throw new Error(`expected rebuilt, got ${result.kind}`);
    expect(result.report).toMatchObject({
      reason: 'story-changed',
      replayed: 2,
      total: 4,
      divergence: { choice: 3, reason: 'choice-gone', text: 'Tell him about Ye-sung.', index: 0, node: 'ch3.night' },
      message:
        "the story changed: replayed 2 of 4 choices; choice 3 'Tell him about Ye-sung.' no longer exists in Chapter 3: Night",
    });
    // It stops at the last valid point: the new version's choices at ch3.night are on offer.
    const p = result.playthrough;
    expect(result.restore.beat).toEqual({ kind: 'choices', commands: [], choices: [{ index: 0, text: 'Say nothing.' }] });
    expect(p.run.choices).toEqual([0, 1]);
    expect(p.history.map((e) => e.node)).toContain('market');
    expect(result.restore.presentation).toMatchObject({ background: 'cell_night', chapter: { number: 3, title: 'Night' } });
    // and the player can play on in the new version
    p.choose(0);
    expect(lineTexts(play(p, [0]))).toEqual(['Silence.', 'Morning comes.', 'Count the days. | Sing.']);
  });

  test('a knot renamed only: every choice replays, at its new place', () => {
    const { p: before, text } = oldSave();
    const result = decodeSave(text, compileEdited(renameCh2));
    if (result.kind !== 'rebuilt') throw new Error(`expected rebuilt, got ${result.kind}`);
    expect(result.report).toMatchObject({
      replayed: 4,
      total: 4,
      divergence: null,
      message: 'the story changed: replayed all 4 choices',
    });
    expect(result.playthrough.current).toEqual(before.current);
    expect(result.playthrough.trail.map((t) => t.node)).toEqual(['ch1', 'market', 'ch3.night', 'ch3.night']);
  });

  test('a choice removed before the one taken: the taken one is found by its text, not its old index', () => {
    const { text } = oldSave();
    const result = decodeSave(
      text,
      compileEdited((s) => s.replace('* [Point at the backpack.] He points.\n', '')),
    );
    if (result.kind !== 'rebuilt') throw new Error(`expected rebuilt, got ${result.kind}`);
    expect(result.report.divergence).toBeNull();
    expect(result.playthrough.run.choices).toEqual([0, 0, 0, 1]);
    expect(result.playthrough.trail.map((t) => t.text)).toEqual([
      'Make breakfast.',
      'Ask the price.',
      'Tell him about Ye-sung.',
      'Sing.',
    ]);
    expect(result.report.message).toBe('the story changed: replayed all 4 choices; 1 moved to a new place in the list');
  });

  test('the story now ends earlier: stopped at the end, and said so', () => {
    const { text } = oldSave();
    const result = decodeSave(
      text,
      compileEdited((s) => s.replace('- -> ch3', '- -> END')),
    );
    if (result.kind !== 'rebuilt') throw new Error(`expected rebuilt, got ${result.kind}`);
    expect(result.report.message).toBe(
      "the story changed: replayed 2 of 4 choices; the story now ends before choice 3 'Tell him about Ye-sung.'",
    );
    expect(result.playthrough.ended).toBe(true);
  });
});
