// Long play: seeded random playthroughs of the real story, every one ending at an `# ending:` tag
// with no ink error. `npm test` plays 300; `npm run bench` plays 10,000 (bench/long-play.ts).
import { beforeAll, expect, test } from 'vitest';
import { picker, RandomPlayer, tally } from '../../bench/random-play.ts';
import { ENDINGS, Playthrough } from '../../src/engine/index.ts';
import { compileInkSource } from '../../tools/ink/compile.ts';
import { compileFixture } from './ink.ts';

const RUNS = 300;
let story: string;
beforeAll(() => {
  story = compileFixture('story/main.ink');
});

test(`${RUNS} seeded random playthroughs of the real story: no error, each ends at a known ending`, () => {
  const player = new RandomPlayer(story);
  const results = Array.from({ length: RUNS }, (_, i) => player.play(i + 1));
  const t = tally(results);
  expect(t.bad.map((r) => `seed ${r.seed}: ${r.error}`)).toEqual([]);
  expect(t.runs).toBe(RUNS);
  const reached = Object.keys(t.endings);
  expect(reached.length).toBeGreaterThan(0);
  expect(reached.every((id) => ENDINGS.some((e) => e.id === id))).toBe(true);
  expect(t.choices.min).toBeGreaterThan(10);
}, 180_000);

test('a reused, reset engine plays exactly the run a fresh Playthrough with the same seed plays', () => {
  const player = new RandomPlayer(story);
  for (const seed of [3, 77, 1234]) {
    const fast = player.play(seed);
    const p = Playthrough.start(story, { seed });
    const pick = picker(seed);
    let choices = 0;
    let beats = 0;
    for (;;) {
      const beat = p.next();
      beats++;
      if (beat.kind === 'end') break;
      if (beat.kind === 'choices') {
        p.choose(pick(beat.choices.length));
        choices++;
      }
    }
    expect({ choices, beats, ending: p.presentation.ending }).toEqual({
      choices: fast.choices,
      beats: fast.beats,
      ending: fast.ending,
    });
  }
}, 60_000);

test('a run that errs, loops or ends without an ending tag is reported, not passed', () => {
  const inline = (source: string) => {
    const { json, errors } = compileInkSource(source, 'tests/fixtures/engine/inline.ink');
    if (!json) throw new Error(errors.map((e) => e.message).join('; '));
    return json;
  };
  expect(new RandomPlayer(compileFixture('tests/fixtures/engine/runtime-error.ink')).play(1).error).toMatch(/ink error/);
  expect(new RandomPlayer(inline('A line.\n-> END\n')).play(1).error).toBe('ended without an ending tag');
  expect(new RandomPlayer(inline('A line.\n# ending: nowhere\n-> END\n')).play(1).error).toBe('unknown ending "nowhere"');
  expect(new RandomPlayer(inline('-> again\n=== again ===\nAgain.\n-> again\n')).play(1).error).toMatch(/no end within/);
});
