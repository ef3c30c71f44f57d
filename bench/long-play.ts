// 10,000 seeded random playthroughs of the real story (bench/random-play.ts), split over one child
// process per core: seeds 1..N, each run must reach an ending tag with no ink error.
// Run as a child: `tsx bench/long-play.ts --child <story.json path> <first seed> <count>`.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RandomPlayer, type RunResult, type Tally, tally } from './random-play.ts';

export interface LongPlayFigures extends Omit<Tally, 'bad'> {
  bad: number;
  /** The first few bad runs, to replay: seed and why. */
  examples: Pick<RunResult, 'seed' | 'error'>[];
  wallMs: number;
  runsPerSecond: number;
  processes: number;
}

export async function longPlay(storyFile: string, runs: number): Promise<LongPlayFigures> {
  const processes = Math.max(1, Math.min(availableParallelism(), 4));
  const per = Math.ceil(runs / processes);
  const start = performance.now();
  const parts = await Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const first = 1 + i * per;
      const count = Math.max(0, Math.min(per, runs - i * per));
      return child(storyFile, first, count);
    }),
  );
  const wallMs = performance.now() - start;
  const t = tally(parts.flat());
  return {
    runs: t.runs,
    bad: t.bad.length,
    examples: t.bad.slice(0, 5).map((r) => ({ seed: r.seed, error: r.error })),
    endings: t.endings,
    choices: t.choices,
    wallMs: Math.round(wallMs),
    runsPerSecond: Math.round((t.runs * 1000) / wallMs),
    processes,
  };
}

function child(storyFile: string, first: number, count: number): Promise<RunResult[]> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child', storyFile, String(first), String(count)], {
      execArgv: process.execArgv,
    });
    let results: RunResult[] | null = null;
    proc.on('message', (m) => {
      results = m as RunResult[];
    });
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code === 0 && results) resolve(results);
      else reject(new Error(`long-play child (seeds ${first}..${first + count - 1}) exited with ${code}`));
    });
  });
}

if (process.argv[2] === '--child') {
  const [, , , file, first, count] = process.argv;
  const player = new RandomPlayer(readFileSync(file ?? '', 'utf8'));
  const results: RunResult[] = [];
  for (let seed = Number(first); seed < Number(first) + Number(count); seed++) results.push(player.play(seed));
  process.send?.(results, () => process.exit(0));
}
