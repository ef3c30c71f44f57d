// A quick load (decodeSave with deferCheck): the saved moment is drawn from the saved ink and
// presentation state at once; the history, rewind points and trail follow at settle(), which
// checks that the replay of the run reaches the saved state exactly and reports when it does not.
import { describe, expect, test } from 'vitest';
import { captureSave, Playthrough as P, type Playthrough, type Settlement } from '../../src/engine/index.ts';
import { decodeSave, encodeSave, mismatchReport } from '../../src/persistence/save-codec.ts';
import { compileFixture } from './ink.ts';
import { lineTexts, play, showBeats } from './play.ts';

const seeded = compileFixture('tests/fixtures/engine/seeded.ink');
const long = compileFixture('tests/fixtures/engine/long.ink');
const NOW = new Date('2024-05-01T12:00:00.000Z');

function played(json: string, picks: number[], extra: number, seed = 11): Playthrough {
  const p = P.start(json, { seed });
  play(p, picks);
  showBeats(p, extra);
  return p;
}

function quickLoad(p: Playthrough, json: string, edit: (text: string) => string = (t) => t): Playthrough {
  const result = decodeSave(edit(encodeSave(captureSave(p, NOW))), json, { deferCheck: true });
  if (result.kind !== 'loaded') throw new Error(`expected loaded, got ${result.kind}`);
  return result.playthrough;
}

/** What the first frame reads of the last history entry: the beat (its commands already drawn), its turn and node. */
const onScreen = (p: Playthrough) => {
  const entry = p.history.at(-1);
  return entry && { beat: { ...entry.beat, commands: [] }, turn: entry.turn, node: entry.node };
};

describe('quick load', () => {
  test.each([
    ['a line', [1, 0, 1], 2],
    ['the choices on offer', [1, 0], 99],
    ['the first line, before any choice', [], 1],
  ])('draws %s from the saved state alone, then settles to the same history, rewind points and trail', (_, picks, extra) => {
    const p = played(seeded, picks, extra);
    const q = quickLoad(p, seeded);
    expect(q.settled).toBe(false);
    expect(q.restore).toEqual(p.restore);
    expect(q.beatsThisTurn).toBe(p.beatsThisTurn);
    expect(q.lastLine).toBe(p.lastLine);
    // What the first frame reads of the history: the beat on screen, and where it came from.
    expect(onScreen(q)).toEqual(onScreen(p));
    const settled: Settlement[] = [];
    q.events.on('history/settled', (s) => settled.push(s));
    expect(q.settle()?.exact).toBe(true);
    expect(settled.map((s) => s.exact)).toEqual([true]);
    expect(q.settled).toBe(true);
    expect(q.history).toEqual(p.history);
    expect(q.choicePoints).toEqual(p.choicePoints);
    expect(q.trail).toEqual(p.trail);
    expect(q.restore).toEqual(p.restore);
    expect(q.settle()).toBeNull();
  });

  test('the first call that needs the history settles it: play goes on as if never saved', () => {
    const p = played(long, [2, 0, 1, 1, 0, 2, 1], 1, 5);
    const q = quickLoad(p, long);
    expect(lineTexts(play(q, [0, 1, 2]))).toEqual(lineTexts(play(p, [0, 1, 2])));
    expect(q.settled).toBe(true);
    expect(q.inkState()).toBe(p.inkState());
    expect(q.rewindTo(3)).toEqual(p.rewindTo(3));
    expect(q.inkState()).toBe(p.inkState());
  });

  test('a saved state its run does not reach: drawn at once, then replaced by the replay and reported', () => {
    const p = played(seeded, [1, 0, 1], 2);
    const q = quickLoad(p, seeded, (t) => t.replace('\\"turnIdx\\":', '\\"turnIdx\\":1'));
    const settled = q.settle();
    expect(settled?.exact).toBe(false);
    if (!settled) return;
    expect(q.inkState()).toBe(p.inkState());
    expect(q.history).toEqual(p.history);
    expect(mismatchReport(settled.outcome)).toMatchObject({ reason: 'state-mismatch', replayed: 3, total: 3 });
    expect(mismatchReport(settled.outcome).message).toMatch(/did not replay exactly/);
  });

  test('a save without the beat on screen (made before quick loads) loads by a replay, settled', () => {
    const p = played(seeded, [1, 0, 1], 2);
    const q = quickLoad(p, seeded, (t) => t.replace(/"shown":"line",/, ''));
    expect(q.settled).toBe(true);
    expect(q.history).toEqual(p.history);
  });

  test('a saved state that does not restore, or that holds no beat of the kind saved, loads by a replay', () => {
    const p = played(seeded, [1, 0, 1], 2);
    const text = encodeSave(captureSave(p, NOW));
    const garbled = decodeSave(text.replace('"inkState":"{', '"inkState":"nope{'), seeded, { deferCheck: true });
    expect(garbled.kind).toBe('rebuilt');
    if (garbled.kind === 'rebuilt') {
      expect(garbled.playthrough.settled).toBe(true);
      expect(garbled.playthrough.inkState()).toBe(p.inkState());
      expect(garbled.report.reason).toBe('state-mismatch');
    }
    const wrongKind = quickLoad(p, seeded, (t) => t.replace('"shown":"line"', '"shown":"choices"'));
    expect(wrongKind.settled).toBe(true);
    expect(wrongKind.restore).toEqual(p.restore);
  });
});
