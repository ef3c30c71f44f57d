// One pinned run per ending the story must reach (story/check.json "endings"), played on the real compiled
// story: a fixed list of choice numbers (1-based, as `npm run play` numbers them). The test fails when a
// number is not on offer at its choice point, when the story ends before the list does or offers more
// choices after it, or when the run ends at another ending: the path to that ending has changed.
//
// To pin a new path: find a run that reaches the ending (`npm run story:check` prints one per ending as
// a run string; `npm run play -- story/main.ink --run RUNSTRING`, then `r` or quitting, shows it; or
// play it yourself with `npm run play`), and write its choice numbers here.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { Playthrough } from '../../src/engine/index.ts';
import { compileFixture } from './ink.ts';

interface PinnedRun {
  /** How the run plays, for whoever has to re-pin it. */
  how: string;
  picks: string;
}

const PINNED: Record<string, PinnedRun> = {
  the_gift: {
    how: 'caring play (story/balance.json "caring"): ten deeds, all seven memories, six willing witnesses, four points proved with the brick',
    picks:
      '3 3 1 2 1 1 2 1 4 1 2 3 3 1 1 1 3 3 3 3 1 2 3 1 1 1 2 3 1 1 1 1 2 6 1 2 2 1 3 2 2 4 1 1 2 2 2 4 3 1 2 1 1 2 1 1 1 1 1 1 1 1 1 2 1 1 3 2 1 4 1 1 3 1 3 3 4 1 2 3 2 1 1 1 3 1 4 1 1 1 3 2 3 1 1 3 1 3 3 1 1 1 2 1 2 1 1 3 2 2 5 1 3 1 4 3 4 2 1 1 4 1 2 1 1 4 2 2 3 1 2',
  },
  reinvestigation: {
    how: 'random 1997, a competent trial (story/balance.json): all five points proved, the brick on the alley',
    picks:
      '3 2 4 3 3 3 3 1 2 2 1 2 2 3 2 1 2 3 1 1 1 3 1 1 2 2 1 1 2 1 1 1 1 2 5 2 4 2 4 3 3 3 3 3 3 2 4 1 1 1 2 4 4 1 2 2 2 1 2 2 3 3 2 2 1 3 1 1 2 2 2 3 1 3 1 2 3 1 2 4 1 3 2 2 1 1 1 2 3 1 1 2 3 2 1 1 1 1 2 3 1 1 1 1 2 2 1 2 1 1 1 1 1 3 1 3 1 1 1 1 3 1 3 4 1 3 2 3 3 1',
  },
  acquittal: {
    how: 'random 1997, a competent trial: motive, the alley and conduct proved, the confession not',
    picks:
      '1 3 3 3 3 2 3 1 2 1 3 2 1 1 1 2 3 2 3 1 2 2 1 2 1 2 3 2 2 2 3 2 1 2 2 1 3 1 3 1 3 2 2 2 2 3 3 3 1 1 5 3 1 3 2 2 3 1 3 2 1 3 3 3 1 2 1 2 1 1 2 2 3 4 1 3 2 1 1 2 5 1 2 1 3 3 3 2 1 3 3 1 2 2 1 1 4 2 1 2 1 3 1 2 1 2 1 1 1 1 1 2 2 1 2 1 3 1 2 2 3 1 2 1 4 3 1 4 3 2 2',
  },
  verdict_stands: {
    how: 'cold play (story/balance.json "cold"): no deed, no memory, no witness: three points answered, none proved',
    picks:
      '3 3 1 2 1 3 3 1 4 1 3 3 2 1 1 1 3 1 4 3 1 1 3 1 1 1 2 3 1 1 3 1 2 6 4 2 1 3 3 3 2 4 4 1 2 2 2 4 3 1 2 2 3 4 1 1 4 2 3 1 2 2 3 2 1 1 3 2 1 4 1 3 3 1 2 3 5 2 3 3 2 2 1 2 1 1 2 1 1 2 3 2 2 1 1 3 1 3 3 1 2 3 3 1 2 2 3 2 5 1 1 1 2 1 2 1 1 2 2 2 3 1 3 1 2 3 2 1',
  },
};

/** Where a pinned run went: its ending, or what stopped it, with the choices on offer there. */
function playPinned(story: string, picks: readonly number[]): { ending: string | null; problem: string | null } {
  const p = Playthrough.start(story, { seed: 1 });
  let taken = 0;
  for (let beats = 0; beats < 100_000; beats++) {
    const beat = p.next();
    if (beat.kind === 'end') {
      const problem = taken < picks.length ? `the story ended after ${taken} of ${picks.length} choices` : null;
      return { ending: p.presentation.ending ?? null, problem };
    }
    if (beat.kind !== 'choices') continue;
    const offered = beat.choices.map((c, i) => `${i + 1}) ${c.text}`).join(' | ');
    const pick = picks[taken];
    if (pick === undefined) return { ending: null, problem: `choices still offered after the last pick: ${offered}` };
    if (pick < 1 || pick > beat.choices.length) {
      return {
        ending: null,
        problem: `choice ${taken + 1} is ${pick}, but only ${beat.choices.length} are on offer: ${offered}`,
      };
    }
    p.choose(pick - 1);
    taken++;
  }
  return { ending: null, problem: 'the run did not end' };
}

let story: string;
beforeAll(() => {
  story = compileFixture('story/main.ink');
});

test('every ending story/check.json requires has a pinned run, and no other', () => {
  const required: string[] = JSON.parse(readFileSync('story/check.json', 'utf8')).endings;
  expect(Object.keys(PINNED).sort()).toEqual([...required].sort());
});

for (const [ending, run] of Object.entries(PINNED)) {
  test(`${ending}: the pinned run (${run.how}) reaches it`, () => {
    const picks = run.picks.split(/\s+/).map(Number);
    expect(picks.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    expect(playPinned(story, picks)).toEqual({ ending, problem: null });
  }, 30_000);
}
