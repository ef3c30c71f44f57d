import { describe, expect, test } from 'vitest';
import { captureSave, encodeRun, Playthrough, type SaveEnvelope } from '../../src/engine/index.ts';
import {
  decodeSave,
  encodeSave,
  type LoadResult,
  readEnvelope,
  SaveError,
  savePlaythrough,
} from '../../src/persistence/save-codec.ts';
import { compileFixture } from './ink.ts';
import { lineTexts, play, showBeats } from './play.ts';

const seeded = compileFixture('tests/fixtures/engine/seeded.ink');
const broken = compileFixture('tests/fixtures/engine/runtime-error.ink');
const NOW = new Date('2024-05-01T12:00:00.000Z');

function savedGame(picks = [1, 0, 1]) {
  const p = Playthrough.start(seeded, { seed: 11 });
  play(p, picks);
  showBeats(p, 2);
  return { p, envelope: captureSave(p, NOW) };
}

function problemOf(result: LoadResult): string {
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  expect(result.error).toBeInstanceOf(SaveError);
  return result.error.problem;
}

describe('save envelope', () => {
  test('holds format, story hash, ink state, run, presentation, chapter, time and a one-line summary', () => {
    const { p, envelope } = savedGame();
    expect(envelope).toEqual({
      format: 1,
      storyHash: p.storyHash,
      inkState: p.inkState(),
      run: encodeRun(p.run),
      choiceTexts: p.trail.map((t) => t.text),
      beat: 2,
      shown: 'line',
      presentation: p.presentation,
      chapter: { number: 1, title: 'The Market' },
      savedAt: '2024-05-01T12:00:00.000Z',
      summary: p.lastLine,
    });
    expect(envelope.summary).toMatch(/^(Yong-gu: Round|You find|Shopkeeper:|A |Snow)/);
  });

  test('save -> load gives the same beat, presentation and state, and play goes on the same', () => {
    const { p, envelope } = savedGame();
    const result = decodeSave(encodeSave(envelope), seeded);
    if (result.kind !== 'loaded') throw new Error(`expected loaded, got ${result.kind}`);
    const q = result.playthrough;
    expect(result.restore).toEqual({ beat: { ...p.current, commands: [] }, presentation: p.presentation });
    expect(q.inkState()).toBe(p.inkState());
    expect(q.run).toEqual(p.run);
    expect(q.history.map((e) => e.beat)).toEqual(p.history.map((e) => e.beat));
    expect(lineTexts(play(q, [0, 1, 0, 1]))).toEqual(lineTexts(play(p, [0, 1, 0, 1])));
  });

  test('a loaded game can rewind to choice points made before the save', () => {
    const { p } = savedGame();
    const result = decodeSave(savePlaythrough(p, NOW), seeded);
    if (result.kind !== 'loaded') throw new Error(result.kind);
    result.playthrough.rewindTo(1);
    expect(result.playthrough.run.choices).toEqual(p.run.choices.slice(0, 1));
  });

  test('readEnvelope previews a slot without the story', () => {
    const { envelope } = savedGame();
    expect(readEnvelope(encodeSave(envelope))).toEqual(envelope);
  });
});

describe('each way a save can be wrong is a SaveError that says what to do', () => {
  const { envelope } = savedGame();
  const text = (change: Partial<Record<keyof SaveEnvelope, unknown>>) => JSON.stringify({ ...envelope, ...change });

  test.each([
    ['not-json', '{"format": 1, ', /not readable data.*Delete this save/],
    ['not-a-save', '[1, 2]', /not a Room 7 save/],
    ['not-a-save', '{"hello": "world"}', /not a Room 7 save/],
    ['newer-format', text({ format: 2 }), /newer version of the game \(save format 2\)\. Update the game/],
    ['unknown-format', text({ format: 'one' }), /unknown format \("one"\)/],
    ['unknown-format', text({ format: 0 }), /unknown format \(0\)/],
    ['invalid', text({ storyHash: 'nope' }), /storyHash: a story hash/],
    ['invalid', text({ presentation: { ...envelope.presentation, particles: 'confetti' } }), /presentation\.particles/],
    ['invalid', text({ savedAt: 'yesterday' }), /savedAt: an ISO time/],
    ['invalid', text({ beat: -1 }), /beat/],
    ['invalid', text({ choiceTexts: 'x' }), /choiceTexts/],
    ['bad-run', text({ run: 'AQ$$' }), /choices are damaged: The run code has "\$"/],
    ['inconsistent', text({ storyHash: '00000000000000' }), /contradicts itself: its run belongs to another story version/],
    ['inconsistent', text({ choiceTexts: [] }), /0 choice texts for 3 choices/],
  ])('%s (case %#)', (problem, input, message) => {
    const result = decodeSave(input, seeded);
    expect(problemOf(result)).toBe(problem);
    if (result.kind === 'error') expect(result.error.message).toMatch(message);
  });

  test('story-unreadable: the game cannot read its own story', () => {
    expect(problemOf(decodeSave(encodeSave(envelope), '{"root": []}'))).toBe('story-unreadable');
  });

  test('replay-failed: an ink error while rebuilding is reported, not thrown', () => {
    const p = Playthrough.start(broken, { seed: 1 });
    p.next();
    // A save that claims more beats than were shown makes the replay run into the story's fault.
    const failed = decodeSave(encodeSave({ ...captureSave(p, NOW), beat: 5 }), broken);
    expect(problemOf(failed)).toBe('replay-failed');
    if (failed.kind === 'error')
      expect(failed.error.message).toMatch(/could not be replayed on the current story: The story hit an ink error/);
  });

  test('a saved state that does not match its own run is rebuilt from the run, and says so', () => {
    const tampered = text({ inkState: envelope.inkState.replace('"turnIdx":', '"turnIdx":1') });
    const result = decodeSave(tampered, seeded);
    expect(result.kind).toBe('rebuilt');
    if (result.kind === 'rebuilt') {
      expect(result.report).toMatchObject({ reason: 'state-mismatch', replayed: 3, total: 3, divergence: null });
      expect(result.report.message).toMatch(/did not replay exactly; rebuilt from its choices: replayed all 3 choices/);
    }
  });
});
