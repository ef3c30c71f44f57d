// The engine's Lookahead (issue 18: the next scene's art fetched ahead): the backgrounds down each
// option of a choice point, from a copy of the state; the player's own story is left as it was.
import { expect, test } from 'vitest';
import { Lookahead, Playthrough } from '../../src/engine/index.ts';
import { compileFixture } from './ink.ts';

const seeded = compileFixture('tests/fixtures/engine/seeded.ink');

test('at a choice point with a way home, the home scene is ahead; the playthrough is untouched', () => {
  const p = Playthrough.start(seeded, { seed: 4 });
  const ahead = new Lookahead(seeded);
  let seenHome = false;
  for (let guard = 0; guard < 200 && !p.ended; guard++) {
    const beat = p.next();
    if (beat.kind !== 'choices') continue;
    const state = p.inkState();
    const next = ahead.nextBackgrounds(state);
    expect(p.inkState()).toBe(state);
    const home = beat.choices.some((c) => c.text === 'Go home.');
    expect(next.includes('home')).toBe(home);
    if (home) {
      seenHome = true;
      break;
    }
    p.choose(1); // look around: stays in the market
  }
  expect(seenHome).toBe(true);
});

test('a state it cannot read gives nothing ahead, never an error', () => {
  expect(new Lookahead(seeded).nextBackgrounds('{"not":"a state"}')).toEqual([]);
});
