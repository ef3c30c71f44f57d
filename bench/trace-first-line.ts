// `npm run bench:trace`: where the time to the first line goes. Opens the built game (dist/, built
// first unless `--no-build`) on a link to the story's first line in a fresh context (cold cache)
// while Chromium records a trace with the V8 CPU profile, until the line is shown and the game's
// story screen is built, `--runs N` times (default 3), and prints,
// for the median run: the network (each request's start and end), the page's steps (the game's
// room7: marks, src/presentation/boot-marks.ts), and between each two steps the main thread's work
// by kind and the JavaScript by script file; then the busiest trace events and functions.
// `--detail` lists the busiest functions between each two steps too.
// `--save <file>` writes the median run's trace for Chrome DevTools' Performance panel.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../tools/chromium.ts';
import { GAME_DIR } from './bundle.ts';
import { newContext, serve } from './context.ts';
import { round } from './engine.ts';
import { firstLine, instrument, readSteps, type Steps } from './first-line.ts';
import { SourceMap } from './source-map.ts';
import { breakdown, KINDS, type Resolve, type TraceEvent } from './trace-analysis.ts';

const CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

interface Resource {
  name: string;
  start: number;
  end: number;
  kB: number;
}

interface Run {
  steps: Steps;
  resources: Resource[];
  trace: Buffer;
}

async function tracedLoad(browser: Browser, url: string, line: string): Promise<Run> {
  const context = await newContext(browser);
  try {
    await instrument(context, line);
    const page = await context.newPage();
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__bench?.line !== undefined, undefined, { timeout: 60_000 });
    // On to the game's own story screen when the line came first (start.ts: a run link's early line).
    await page.waitForFunction(() => performance.getEntriesByName('room7:story-built').length > 0, undefined, {
      timeout: 60_000,
    });
    const trace = await browser.stopTracing();
    const steps = await page.evaluate(readSteps);
    const resources = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        name: r.name.replace(location.origin, '').replace(/\?.*$/, ''),
        start: r.startTime,
        end: r.responseEnd,
        kB: r.encodedBodySize / 1000,
      })),
    );
    return { steps, resources, trace };
  } finally {
    await context.close();
  }
}

/** Resolves a served script's position through the source map beside it in dist/assets. */
function resolver(): Resolve {
  const maps = new Map<string, SourceMap | null>();
  return (url, line, column) => {
    const file = /\/assets\/([^/?#]+\.js)/.exec(url)?.[1];
    if (!file) return null;
    if (!maps.has(file)) maps.set(file, SourceMap.beside(path.join(GAME_DIR, 'assets', file)));
    return maps.get(file)?.lookup(line, column) ?? null;
  };
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const ms = (value: number) => pad(Math.round(value), 6);

function print(run: Run, detail: boolean): void {
  const events = (JSON.parse(run.trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const steps = Object.fromEntries(Object.entries(run.steps).filter(([name]) => name !== 'title'));
  // The first of the game's marks ties the trace's clock to the page's (builds before start.ts begin at scripts-run).
  const anchor = Object.keys(steps).includes('room7:entry-run') ? 'room7:entry-run' : 'room7:scripts-run';
  const result = breakdown(events, steps, { name: anchor, ms: steps[anchor] ?? 0 }, resolver());
  console.log('\nnetwork (ms from navigation start: requested -> received, encoded kB)');
  for (const r of [...run.resources].sort((a, b) => a.start - b.start)) {
    console.log(`${ms(r.start)} -> ${ms(r.end)}  ${pad(round(r.kB), 7)} kB  ${r.name}`);
  }
  console.log(`\nmain thread between steps (ms; busy by kind; JS by file from the CPU profile)`);
  console.log(`${'step'.padEnd(44)}${pad('at', 6)}${pad('span', 6)}${KINDS.map((k) => pad(k, 8)).join('')}${pad('idle', 7)}`);
  for (const i of result.intervals) {
    const busy = KINDS.reduce((n, k) => n + i.busy[k], 0);
    const span = i.end - i.start;
    const label = `${i.from.replace('room7:', '')} -> ${i.to.replace('room7:', '')}`;
    console.log(
      `${label.padEnd(44)}${ms(i.end)}${ms(span)}${KINDS.map((k) => pad(Math.round(i.busy[k]), 8)).join('')}${pad(Math.round(Math.max(0, span - busy)), 7)}`,
    );
    const js = Object.entries(i.js)
      .filter(([, t]) => t >= 1)
      .sort((a, b) => b[1] - a[1])
      .map(([file, t]) => `${file} ${Math.round(t)}`)
      .join(', ');
    if (js) console.log(`${''.padEnd(8)}js: ${js}`);
    if (!detail) continue;
    const top = (record: Record<string, number>) =>
      Object.entries(record)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .filter(([, t]) => t >= 2);
    for (const [name, t] of top(i.events)) console.log(`${''.padEnd(12)}${ms(t)}  event ${name}`);
    for (const [name, t] of top(i.functions)) console.log(`${''.padEnd(12)}${ms(t)}  ${name}`);
  }
  console.log('\nmain thread, self time by trace event (to the line)');
  for (const [name, t] of result.topEvents) console.log(`${ms(t)}  ${name}`);
  console.log('\nother threads: compile and parse');
  for (const [name, t] of result.offThread) console.log(`${ms(t)}  ${name}`);
  console.log('\nCPU profile: self time by function (to the line)');
  for (const [name, t] of result.topFunctions) console.log(`${ms(t)}  ${name}`);
}

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
const runs = Number(arg('--runs') ?? 3);
const json = readFileSync(path.join(GAME_DIR, 'story.json'), 'utf8');
const first = firstLine(json);
const game = await serve();
const browser = await launch();
try {
  const done: Run[] = [];
  for (let i = 0; i < runs; i++) {
    done.push(await tracedLoad(browser, game.url + first.path, first.text));
    console.log(`run ${i + 1}: first line at ${round(done.at(-1)?.steps.line ?? Number.NaN)} ms`);
  }
  const sorted = [...done].sort((a, b) => (a.steps.line ?? 0) - (b.steps.line ?? 0));
  const chosen = sorted[Math.floor(sorted.length / 2)];
  if (!chosen) throw new Error('no run');
  print(chosen, process.argv.includes('--detail'));
  const save = arg('--save');
  if (save) writeFileSync(save, chosen.trace);
} finally {
  await browser.close();
  await game.server.close();
}
