// Time to the title and to the story's first line, from navigation start, in a fresh context (cold
// cache) per load. The game opens on a link to the first line (`?run=<no choices>&at=1`, as a shared
// link or Continue does) and counts until that line is in the text box with Continue offered; the
// plain ink page (bench/plain/) counts until its <p> is in the DOM. Besides the line, each load
// reports its steps: DOMContentLoaded (module scripts downloaded, parsed and run), Phaser's canvas in
// the page, and the game's own `room7:` performance marks (src/presentation/boot-marks.ts).
import type { Browser, BrowserContext } from 'playwright-core';
import { encodeRun, Playthrough, storyHash } from '../src/engine/index.ts';
import { newContext } from './context.ts';
import { middle, round } from './engine.ts';

interface Marks {
  title?: number;
  line?: number;
  canvas?: number;
}

/** Stamps performance.now() into window.__bench when the title menu, and when `line`, first appear. */
export async function instrument(context: BrowserContext, line: string): Promise<void> {
  await context.addInitScript((want) => {
    const marks: Record<string, number> = {};
    (window as unknown as { __bench: Record<string, number> }).__bench = marks;
    const check = () => {
      if (marks.canvas === undefined && document.querySelector('#game canvas')) marks.canvas = performance.now();
      if (marks.title === undefined && document.querySelector('#story-choices[aria-label="Title menu"] button')) {
        marks.title = performance.now();
      }
      if (marks.line === undefined) {
        const shown = [...document.querySelectorAll('#story-log p, #story p')].some((p) => p.textContent === want);
        const group = document.getElementById('story-choices');
        // The game: the line is in the text box once Continue is offered; the plain page has no group.
        if (shown && (!group || group.getAttribute('aria-label') === 'Continue')) marks.line = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, line);
}

/** The steps of one load: ms from navigation start. */
export type Steps = Record<string, number>;

/** Reads the steps of the page's load so far: the bench's marks, DOMContentLoaded and the game's marks. */
export const readSteps = (): Steps => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const own: Steps = {};
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('room7:')) own[m.name] ??= m.startTime;
  // Module scripts run before DOMContentLoaded: by then the JS is downloaded, parsed and started.
  return { ...(window as unknown as { __bench: Steps }).__bench, scripts: nav?.domContentLoadedEventEnd ?? Number.NaN, ...own };
};

/** Loads `url` in a fresh context; the time of `mark`, and of the steps before it (ms from navigation start). */
export async function loadAndWait(browser: Browser, url: string, line: string, mark: keyof Marks): Promise<Steps> {
  const context = await newContext(browser);
  try {
    await instrument(context, line);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((m) => (window as any).__bench?.[m] !== undefined, mark, { timeout: 60_000 });
    return await page.evaluate(readSteps);
  } finally {
    await context.close();
  }
}

/** The story's first line as the mirror shows it, and a run link to it. */
export function firstLine(json: string): { text: string; path: string } {
  const beat = Playthrough.start(json, { seed: 1 }).next();
  if (beat.kind !== 'line') throw new Error('bench: the story does not open with a line');
  const text = beat.speaker ? `${beat.speaker}: ${beat.text}` : beat.text;
  return { text, path: `?run=${encodeRun({ storyHash: storyHash(json), seed: 1, choices: [] })}&at=1` };
}

export interface LoadFigures {
  titleMs: number;
  firstLineMs: number;
  plainFirstLineMs: number;
  firstLineRatio: number;
  /** Medians of each step, for the game opened on its first line, and on the title. */
  firstLineSteps: Steps;
  titleSteps: Steps;
  plainSteps: Steps;
  raw: { title: number[]; firstLine: number[]; plainFirstLine: number[] };
}

/** The median of each step over the loads that reached it. */
function medianSteps(loads: Steps[]): Steps {
  const names = [...new Set(loads.flatMap((s) => Object.keys(s)))];
  const out: Steps = {};
  for (const name of names) out[name] = round(middle(loads.flatMap((s) => s[name] ?? [])));
  return Object.fromEntries(Object.entries(out).sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0)));
}

/** `loads` loads each of the title, the game's first line and the plain page's, taking turns. */
export async function measureLoads(
  browser: Browser,
  urls: { game: string; plain: string },
  json: string,
  loads: number,
): Promise<LoadFigures> {
  const first = firstLine(json);
  const titleLoads: Steps[] = [];
  const steps: Steps[] = [];
  const plainSteps: Steps[] = [];
  for (let i = 0; i < loads; i++) {
    titleLoads.push(await loadAndWait(browser, urls.game, first.text, 'title'));
    steps.push(await loadAndWait(browser, urls.game + first.path, first.text, 'line'));
    plainSteps.push(await loadAndWait(browser, urls.plain, first.text, 'line'));
  }
  const raw = {
    title: titleLoads.map((s) => round(s.title ?? Number.NaN)),
    firstLine: steps.map((s) => round(s.line ?? Number.NaN)),
    plainFirstLine: plainSteps.map((s) => round(s.line ?? Number.NaN)),
  };
  const firstLineMs = round(middle(raw.firstLine));
  const plainFirstLineMs = round(middle(raw.plainFirstLine));
  return {
    titleMs: round(middle(raw.title)),
    firstLineMs,
    plainFirstLineMs,
    firstLineRatio: round(firstLineMs / plainFirstLineMs, 2),
    firstLineSteps: medianSteps(steps),
    titleSteps: medianSteps(titleLoads),
    plainSteps: medianSteps(plainSteps),
    raw,
  };
}
