// `npm run bench`: what saves and replays cost. It prints the figures and writes
// bench/reports/latest.json; it asserts nothing about timings (machines differ).
//   - save size (bytes), save and load time (medians of several runs; a load replays the run)
//   - time to replay a 200-choice run, and to rewind by snapshot versus by replay
// on a long fixture (tests/fixtures/engine/long.ink) and on the real story where it applies.
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodeRun, Playthrough, replayRun } from '../src/engine/index.ts';
import { decodeSave, savePlaythrough } from '../src/persistence/save-codec.ts';
import { compileInkFile } from '../tools/ink/compile.ts';

const RUNS = 15;
const NOW = new Date('2024-05-01T00:00:00.000Z');

function median(action: () => unknown, runs = RUNS): number {
  action(); // warm-up: the first call pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(3));
}

/** Plays with a fixed pattern of picks until `maxChoices` or the end; records the ink state size at each choice point. */
function playRun(json: string, maxChoices: number): { p: Playthrough; snapshotChars: number } {
  const p = Playthrough.start(json, { seed: 20240501 });
  let snapshotChars = 0;
  for (let k = 0; k < maxChoices && !p.ended; ) {
    const beat = p.next();
    if (beat.kind === 'choices') {
      snapshotChars += p.inkState().length;
      p.choose((k * 7 + 3) % beat.choices.length);
      k++;
    }
  }
  if (!p.ended) p.next();
  return { p, snapshotChars };
}

function measure(name: string, json: string, maxChoices: number) {
  const { p, snapshotChars } = playRun(json, maxChoices);
  const choices = p.run.choices.length;
  const save = savePlaythrough(p, NOW);
  const half = Math.floor(choices / 2);
  const rewound = playRun(json, maxChoices).p;
  const figures = {
    story: name,
    storyJsonBytes: Buffer.byteLength(json),
    choices,
    beats: p.history.length,
    runCodeChars: encodeRun(p.run).length,
    saveBytes: Buffer.byteLength(save),
    inkStateBytes: Buffer.byteLength(p.inkState()),
    snapshotBytesHeld: snapshotChars,
    playMs: median(() => playRun(json, maxChoices), 5),
    saveMs: median(() => savePlaythrough(p, NOW)),
    loadMs: median(() => {
      const result = decodeSave(save, json);
      if (result.kind !== 'loaded') throw new Error(`bench: the save did not load (${result.kind})`);
    }),
    replayMs: median(() => replayRun(json, p.run, { beats: p.beatsThisTurn })),
    snapshotMs: median(() => p.inkState(), 50),
    rewindBySnapshotMs: median(() => rewound.rewindTo(half), 50),
    rewindByReplayMs: median(() => replayRun(json, { ...p.run, choices: p.run.choices.slice(0, half) }, { beats: 0 })),
  };
  return figures;
}

const long = compileInkFile('tests/fixtures/engine/long.ink');
if (!long.json) throw new Error('bench: tests/fixtures/engine/long.ink does not compile');
const results: Record<string, unknown>[] = [measure('long fixture (200 choices)', long.json, 200)];

const real = compileInkFile('story/main.ink');
if (real.json) results.push(measure('story/main.ink (one full run)', real.json, 10_000));
else console.warn(`bench: story/main.ink does not compile (${real.errors.length} errors); skipped.`);

console.table(results);
mkdirSync('bench/reports', { recursive: true });
const report = { date: new Date().toISOString(), node: process.version, runsPerMedian: RUNS, results };
writeFileSync('bench/reports/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote bench/reports/latest.json');
