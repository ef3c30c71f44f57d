import { describe, expect, test } from 'vitest';
import { EngineUsageError, Playthrough } from '../../src/engine/index.ts';
import { compileFixture } from './ink.ts';
import { chooseText, lineTexts, play, showBeats } from './play.ts';

const edit = compileFixture('tests/fixtures/engine/edit.ink');
const seeded = compileFixture('tests/fixtures/engine/seeded.ink');

function usageCode(action: () => unknown): string | null {
  try {
    action();
  } catch (e) {
    if (e instanceof EngineUsageError) return e.code;
    throw e;
  }
  return null;
}

describe('history', () => {
  test('every beat shown, with its turn, its node and the choice that led there', () => {
    const p = Playthrough.start(edit, { seed: 1 });
    chooseText(p, 'Sleep in.');
    showBeats(p, 2);
    expect(p.history.map((e) => [e.turn, e.node, e.after?.text ?? null, lineTexts([e.beat])[0]])).toEqual([
      [0, 'ch1', null, 'Morning, Dad.'],
      [0, 'ch1', null, 'Make breakfast. | Sleep in.'],
      [1, 'ch1', 'Sleep in.', 'Five more minutes.'],
      [1, 'ch2', 'Sleep in.', 'The yellow one.'],
    ]);
    expect(p.trail).toEqual([{ index: 1, text: 'Sleep in.', at: 'ch1.0.19', node: 'ch1' }]);
    expect(p.choicePoints).toEqual([
      {
        turn: 0,
        node: 'ch1',
        chosen: 1,
        choices: [expect.objectContaining({ text: 'Make breakfast.' }), expect.objectContaining({ text: 'Sleep in.' })],
      },
    ]);
    expect(p.lastLine).toBe('Yong-gu: The yellow one.');
  });
});

describe('rewind', () => {
  test('rewindTo restores the beat shown at that choice point, the presentation and the ink state', () => {
    const p = Playthrough.start(edit, { seed: 1 });
    chooseText(p, 'Make breakfast.');
    chooseText(p, 'Ask the price.');
    showBeats(p, 1);
    const atSecond = Playthrough.start(edit, { seed: 1 });
    chooseText(atSecond, 'Make breakfast.');
    showBeats(atSecond, 3);
    expect(atSecond.current?.kind).toBe('choices');

    const restore = p.rewindTo(1);
    expect(restore.beat).toEqual({ ...atSecond.current, commands: [] });
    expect(restore.presentation).toEqual(atSecond.presentation);
    expect(p.presentation.background).toBe('market');
    expect(p.inkState()).toBe(atSecond.inkState());
    expect(p.run.choices).toEqual([0]);
    expect(p.history).toHaveLength(atSecond.history.length);
    // and the story goes on from there exactly as it would have
    p.choose(2);
    atSecond.choose(2);
    expect(lineTexts(play(p, [0, 0, 0]))).toEqual(lineTexts(play(atSecond, [0, 0, 0])));
  });

  test('rewinding keeps RANDOM and shuffles on the same course as a fresh run', () => {
    const p = Playthrough.start(seeded, { seed: 3 });
    const fresh = Playthrough.start(seeded, { seed: 3 });
    play(p, [1, 1, 0, 1]);
    p.rewindTo(2);
    play(fresh, [1, 1]);
    showBeats(fresh, 10);
    expect(p.inkState()).toBe(fresh.inkState());
    expect(lineTexts(play(p, [1, 1, 1, 1]))).toEqual(lineTexts(play(fresh, [1, 1, 1, 1])));
  });

  test('undo takes back the last choice, again and again, until there is nothing to undo', () => {
    const p = Playthrough.start(edit, { seed: 1 });
    chooseText(p, 'Make breakfast.');
    chooseText(p, 'Walk on.');
    expect(p.undo().beat).toMatchObject({ kind: 'choices', choices: [{ text: 'Point at the backpack.' }, {}, {}] });
    expect(p.run.choices).toEqual([0]);
    expect(p.undo().beat).toMatchObject({ kind: 'choices', choices: [{ text: 'Make breakfast.' }, {}] });
    expect(p.run.choices).toEqual([]);
    expect(usageCode(() => p.undo())).toBe('nothing-to-undo');
  });

  test('choosing differently after a rewind forks the run; the same choice does not', () => {
    const p = Playthrough.start(edit, { seed: 1 });
    play(p, [0, 1, 0]);
    p.rewindTo(0);
    chooseText(p, 'Make breakfast.'); // the same as before
    chooseText(p, 'Walk on.'); // different: a fork
    expect(p.run.choices).toEqual([0, 2]);
  });
});

describe('misuse of the API is a specific error', () => {
  test('next while choices wait, choose with none on offer, an unknown choice point, next after the end', () => {
    const p = Playthrough.start(edit, { seed: 1 });
    expect(usageCode(() => p.choose(0))).toBe('not-at-choice');
    showBeats(p, 2);
    expect(usageCode(() => p.next())).toBe('waiting-for-choice');
    expect(usageCode(() => p.choose(9))).toBe('no-such-choice');
    expect(usageCode(() => p.rewindTo(3))).toBe('no-such-choice-point');
    expect(() => p.rewindTo(3)).toThrow('There is no choice point 3 to go back to (known: 0..0).');
    play(p, [0, 0, 0, 0]);
    showBeats(p, 10);
    expect(p.ended).toBe(true);
    expect(usageCode(() => p.next())).toBe('story-ended');
  });
});
