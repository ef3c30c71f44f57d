// `npm run bench`: builds the game, measures it, checks each figure against bench/budgets.json, prints
// a table and writes bench/reports/latest.json. A figure over budget is reported as failing; the
// command still exits 0. It exits 1 only when something could not be measured.
//   bench/bundle.ts     vite build; gzip of the initial and of all JS
//   bench/engine.ts     story compile; save, load and replay (the real story and a 200-choice fixture)
//   bench/explorer.ts   the explorer's throughput against a naive walk (tools/explore/bench.ts)
//   bench/browser.ts    headless Chromium: time to title and first line (vs bench/plain/), frame
//                       times in a snowy scene, heap after a playthrough and after restarts
//   bench/long-play.ts  10,000 seeded random playthroughs of the real story in Node
//   bench/frames.ts     (part of the browser's) frame times and CPU per frame: snow, the title, each chapter
// `npm run bench -- --quick` runs fewer repeats (for working on the bench; its report says so).
// `npm run bench -- --only frame` builds and measures the frames alone (about a minute), for work on
// drawing; `--only first-line` only the time to the first line (with its steps) against the plain page,
// with the full run's number of loads; `--only saves` only the story compile and the save, load and
// replay figures. Each writes bench/reports/<part>.json and leaves latest.json alone; the report says so.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { type BrowserFigures, measureBrowser, measureFirstLine } from './browser.ts';
import { buildAll, GAME_DIR, measureBundle } from './bundle.ts';
import { compileStory, measureCompile, measureSaves, round, type SaveFigures } from './engine.ts';
import { type ExplorerFigures, measureExplorer } from './explorer.ts';
import type { LoadFigures } from './first-line.ts';
import { type FrameFigures, measureFramesAlone } from './frames.ts';
import { type LongPlayFigures, longPlay } from './long-play.ts';

const quick = process.argv.includes('--quick');
const PARTS = ['frame', 'first-line', 'saves'] as const;
const onlyArg = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '') : null;
if (onlyArg !== null && !(PARTS as readonly string[]).includes(onlyArg)) {
  console.error(`bench: --only takes one of: ${PARTS.join(', ')} (got "${onlyArg}")`);
  process.exit(1);
}
const only = onlyArg as (typeof PARTS)[number] | null;
const SETTINGS = quick
  ? { loads: 3, restarts: 5, runs: 500, explorerSeconds: 1 }
  : { loads: 9, restarts: 50, runs: 10_000, explorerSeconds: 3 };

interface Budget {
  max?: number;
  min?: number;
  source: string;
  why?: string;
}

interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  note?: string;
  budget?: Budget;
  status?: 'pass' | 'FAIL' | 'info' | 'NOT MEASURED';
}

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Record<string, Budget>;
const figures: Figure[] = [];
const problems: string[] = [];
const details: Record<string, unknown> = {};
const started = performance.now();
const loadAtStart = loadavg().map((l) => round(l, 2));
const log = (message: string) => console.log(`bench [${Math.round((performance.now() - started) / 1000)} s] ${message}`);

function add(id: string, label: string, value: number | null | undefined, unit: string, note?: string): void {
  figures.push({ id, label, value: value ?? null, unit, ...(note ? { note } : {}) });
}

/** Runs one part; a part that throws leaves its figures unmeasured and is reported. */
async function part<T>(name: string, ids: [string, string, string][], action: () => Promise<T> | T): Promise<T | null> {
  log(name);
  try {
    return await action();
  } catch (e) {
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    problems.push(`${name}: ${message}`);
    console.error(`bench: ${name} could not be measured:\n${message}`);
    for (const [id, label, unit] of ids) add(id, label, null, unit, `not measured: ${name} failed`);
    return null;
  }
}

const built =
  only === 'saves'
    ? null
    : await part(
        'build (vite build) and bundle sizes',
        [
          ['initialJsGzipKB', 'initial JS, gzip', 'kB'],
          ['totalJsGzipKB', 'all JS, gzip', 'kB'],
        ],
        async () => {
          await buildAll();
          const bundle = measureBundle();
          details.bundle = bundle;
          add(
            'initialJsGzipKB',
            'initial JS, gzip',
            round(bundle.initialGzip / 1000),
            'kB',
            `${bundle.chunks.filter((c) => c.initial).length} chunks before the title`,
          );
          add('totalJsGzipKB', 'all JS, gzip', round(bundle.totalGzip / 1000), 'kB');
          return true;
        },
      );

const story =
  only !== null && only !== 'saves'
    ? null
    : await part('story compile', [['compileMs', 'full story compile (median, warm)', 'ms']], () => {
        const compiled = measureCompile();
        add('compileMs', 'full story compile (median, warm)', compiled.medianMs, 'ms');
        add('compileColdMs', 'full story compile (first in a process)', compiled.coldMs, 'ms');
        return compiled.json;
      });

if (only === null || only === 'saves')
  await part(
    'save, load and replay',
    [
      ['saveMs', 'save, a whole run of the real story', 'ms'],
      ['loadMs', 'load, a whole run of the real story', 'ms'],
      ['replayMs', 'replay, a whole run of the real story', 'ms'],
    ],
    () => {
      const json = story ?? compileStory();
      const real: SaveFigures = measureSaves('story/main.ink (one full run)', json, 10_000);
      const long: SaveFigures = measureSaves('long fixture (200 choices)', compileStory('tests/fixtures/engine/long.ink'), 200);
      details.saves = [real, long];
      add('saveMs', 'save, a whole run of the real story', real.saveMs, 'ms', `${real.saveBytes} bytes, ${real.choices} choices`);
      add(
        'loadMs',
        'load, a whole run of the real story',
        real.loadMs,
        'ms',
        `to the drawn screen: validation (${real.readEnvelopeMs} ms) and the saved state restored; the replay that rebuilds history follows after the first frame`,
      );
      add('loadSettledMs', 'load, then the history rebuilt (after the first frame)', real.loadSettledMs, 'ms');
      add('loadColdMs', 'load, the first in a process (the story parsed too)', real.loadColdMs, 'ms');
      add('readEnvelopeMs', 'read and validate a save (load screen)', real.readEnvelopeMs, 'ms');
      add(
        'inkStateLoadMs',
        'restore the saved ink state alone (LoadJson)',
        real.inkStateLoadMs,
        'ms',
        'what a load would cost without replaying the run',
      );
      add('replayMs', 'replay, a whole run of the real story', real.replayMs, 'ms');
      add('loadLongMs', 'load, 200-choice fixture', long.loadMs, 'ms');
    },
  );

if (!only)
  await part('explorer throughput', [['explorerSpeedup', 'explorer vs naive walk', 'x']], async () => {
    const json = story ?? compileStory();
    const e: ExplorerFigures = await measureExplorer(json, SETTINGS.explorerSeconds);
    details.explorer = e;
    add('explorerStatesPerSecond', 'explorer, states per CPU second', e.explorerStatesPerSecond, 'states/s', e.note);
    add('naiveStatesPerSecond', 'naive ToJson/LoadJson walk', e.naiveStatesPerSecond, 'states/s');
    add('explorerSpeedup', 'explorer vs naive walk', e.speedup, 'x', e.source);
  });

/** The frame figures, from the whole browser part or from `--only frame`. */
function addFrameFigures(b: FrameFigures): void {
  add(
    'frameP50Ms',
    'frame time p50, text reveal + snow',
    b.frameP50Ms,
    'ms',
    `renderer: ${b.renderer}; median of ${b.frames.length} runs`,
  );
  add('frameP95Ms', 'frame time p95, text reveal + snow', b.frameP95Ms, 'ms');
  add(
    'frameCpuMs',
    'main-thread CPU per frame, text reveal + snow',
    b.frameCpuMs,
    'ms',
    'CPU time, not wall time: other load on the machine does not inflate it',
  );
  add('titleFrameP95Ms', 'frame time p95, idle title (comparison)', b.titleFrameP95Ms, 'ms');
  add('titleFrameCpuMs', 'main-thread CPU per frame, idle title', b.titleFrameCpuMs, 'ms');
  for (const c of b.chapterFrames) {
    const what = `${c.particles === 'none' ? 'no particles' : c.particles}, ${c.portraits} portrait(s); p95 ${c.p95} ms`;
    add(
      `chapter${c.chapter}FrameCpuMs`,
      `main-thread CPU per frame, busiest moment of chapter ${c.chapter}`,
      c.cpuPerFrame,
      'ms',
      what,
    );
  }
}

function addLoadFigures(b: LoadFigures, titleNote?: string): void {
  // Each step's median, in order: DOMContentLoaded (scripts), the canvas, the game's room7: marks.
  const list = (s: Record<string, number>) =>
    Object.entries(s)
      .map(([name, ms]) => `${name.replace(/^room7:/, '')} ${ms}`)
      .join(', ');
  const steps = list(b.firstLineSteps);
  add(
    'titleMs',
    'time to the title (interactive)',
    b.titleMs,
    'ms',
    [titleNote, `steps (ms): ${list(b.titleSteps)}`].filter(Boolean).join('; '),
  );
  add(
    'firstLineMs',
    'time to the first line, game',
    b.firstLineMs,
    'ms',
    `opened on a link to the first line; steps (ms): ${steps}`,
  );
  add(
    'plainFirstLineMs',
    'time to the first line, plain ink page',
    b.plainFirstLineMs,
    'ms',
    `scripts run by ${b.plainSteps.scripts} ms`,
  );
  add('firstLineRatio', 'first line, game / plain ink page', b.firstLineRatio, 'x');
}

const frameIds: [string, string, string][] = [
  ['frameP50Ms', 'frame time p50, text reveal + snow', 'ms'],
  ['frameP95Ms', 'frame time p95, text reveal + snow', 'ms'],
  ['frameCpuMs', 'main-thread CPU per frame, text reveal + snow', 'ms'],
];
const browserIds: [string, string, string][] = [
  ['titleMs', 'time to the title (interactive)', 'ms'],
  ['firstLineRatio', 'first line, game / plain ink page', 'x'],
  ['frameP50Ms', 'frame time p50, text reveal + snow', 'ms'],
  ['frameP95Ms', 'frame time p95, text reveal + snow', 'ms'],
  ['heapAfterPlaythroughMB', 'heap after a full playthrough', 'MB'],
  ['heapAfterRestartsMB', `heap after ${SETTINGS.restarts} restarts`, 'MB'],
  ['heapGrowthOverRestartsMB', `heap growth, restart 1 to ${SETTINGS.restarts}`, 'MB'],
];
if (built && only === 'frame') {
  await part('frames (headless Chromium)', frameIds, async () => {
    const json = readFileSync(path.join(GAME_DIR, 'story.json'), 'utf8');
    const b = await measureFramesAlone(json, log);
    details.browser = b;
    addFrameFigures(b);
  });
} else if (built && only === 'first-line') {
  await part('first line (headless Chromium)', browserIds.slice(0, 2), async () => {
    const json = readFileSync(path.join(GAME_DIR, 'story.json'), 'utf8');
    const b = await measureFirstLine(json, { loads: SETTINGS.loads, log });
    details.browser = b;
    addLoadFigures(b);
  });
} else if (built) {
  await part('browser (headless Chromium)', browserIds, async () => {
    const json = readFileSync(path.join(GAME_DIR, 'story.json'), 'utf8');
    const b: BrowserFigures = await measureBrowser(json, { loads: SETTINGS.loads, restarts: SETTINGS.restarts, log });
    details.browser = b;
    addLoadFigures(b, `renderer: ${b.renderer}`);
    addFrameFigures(b);
    add(
      'heapAfterPlaythroughMB',
      'heap after a full playthrough',
      b.heapAfterPlaythroughMB,
      'MB',
      `after GC; ${b.playthroughSteps} steps`,
    );
    add('heapAfterRestartsMB', `heap after ${SETTINGS.restarts} restarts`, b.heapAfterRestartsMB, 'MB', 'after GC');
    add('heapGrowthOverRestartsMB', `heap growth, restart 1 to ${SETTINGS.restarts}`, b.heapGrowthOverRestartsMB, 'MB');
  });
} else if (!only) {
  for (const [id, label, unit] of browserIds) add(id, label, null, unit, 'not measured: the build failed');
}

if (!only)
  await part(
    `${SETTINGS.runs} random playthroughs`,
    [['randomRunsBad', 'random playthroughs with an error or no ending', 'runs']],
    async () => {
      const file = path.join(GAME_DIR, 'story.json');
      const l: LongPlayFigures = await longPlay(file, SETTINGS.runs);
      details.longPlay = l;
      const endings = Object.entries(l.endings)
        .map(([id, n]) => `${id} ${n}`)
        .join(', ');
      add('randomRuns', 'random playthroughs of the real story', l.runs, 'runs', `endings: ${endings}`);
      add(
        'randomRunsBad',
        'random playthroughs with an error or no ending',
        l.bad,
        'runs',
        l.examples.map((x) => `seed ${x.seed}: ${x.error}`).join('; '),
      );
      add(
        'randomRunsWallS',
        `time for ${l.runs} playthroughs`,
        round(l.wallMs / 1000),
        's',
        `${l.processes} processes, ${l.runsPerSecond} runs/s`,
      );
    },
  );

// Budgets and the table.
for (const f of figures) {
  const budget = budgets[f.id];
  if (budget) f.budget = budget;
  if (f.value === null) f.status = 'NOT MEASURED';
  else if (!budget) f.status = 'info';
  else if (budget.max !== undefined) f.status = f.value <= budget.max ? 'pass' : 'FAIL';
  else if (budget.min !== undefined) f.status = f.value >= budget.min ? 'pass' : 'FAIL';
  else f.status = 'info';
}

const budgetText = (f: Figure) =>
  f.budget?.max !== undefined
    ? `<= ${f.budget.max} ${f.unit}`
    : f.budget?.min !== undefined
      ? `>= ${f.budget.min} ${f.unit}`
      : '';
const rows = figures.map((f) => [
  f.label,
  f.value === null ? '-' : `${f.value} ${f.unit}`,
  budgetText(f),
  f.status ?? '',
  f.budget?.source ?? '',
]);
const header = ['figure', 'value', 'budget', 'result', 'budget from'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const r of rows) console.log(line(r));
for (const f of figures.filter((x) => x.note)) console.log(`  ${f.label}: ${f.note}`);

const failing = figures.filter((f) => f.status === 'FAIL');
const unmeasured = figures.filter((f) => f.status === 'NOT MEASURED');
const report = {
  date: new Date().toISOString(),
  quick,
  only,
  settings: SETTINGS,
  machine: {
    node: process.version,
    platform: process.platform,
    cpus: availableParallelism(),
    // Other work on the machine inflates every timing: the 1, 5 and 15 minute load averages.
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
  },
  summary: {
    pass: figures.filter((f) => f.status === 'pass').length,
    fail: failing.map((f) => f.id),
    notMeasured: unmeasured.map((f) => f.id),
  },
  figures,
  problems,
  details,
};
mkdirSync('bench/reports', { recursive: true });
const reportFile = only ? `bench/reports/${only}.json` : 'bench/reports/latest.json';
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\nmachine: ${report.machine.cpus} cores; load average ${loadAtStart.join(' ')} at the start, ${report.machine.loadAverageAtEnd.join(' ')} at the end`,
);
console.log(
  `\nwrote ${reportFile} in ${Math.round((performance.now() - started) / 1000)} s: ${report.summary.pass} within budget, ` +
    `${failing.length} over (${failing.map((f) => f.id).join(', ') || 'none'}), ${unmeasured.length} not measured` +
    (quick ? ' (QUICK run: fewer repeats, not the real bench)' : '') +
    (only ? ` (only the ${only} part)` : ''),
);
process.exit(unmeasured.length > 0 || problems.length > 0 ? 1 : 0);
