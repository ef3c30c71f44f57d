// Reads a Chromium trace (Tracing over CDP, as `browser.startTracing` records it) of one page load:
// the renderer's main thread split into kinds of work (compile, script, GC, style/layout/paint, HTML)
// between the page's own steps, background compiles on other threads, and the V8 CPU profile's
// samples by script file and by function. Times are ms from navigation start.

import type { Origin } from './source-map.ts';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  args?: Record<string, any>;
}

export type Kind = 'compile' | 'script' | 'gc' | 'render' | 'html' | 'other';
export const KINDS: Kind[] = ['compile', 'script', 'gc', 'render', 'html', 'other'];

/** What kind of work a trace event is, by its name. */
export function kindOf(name: string): Kind {
  if (name === 'ParseHTML') return 'html';
  if (/compile|Compile|ParseScript|v8\.parse/i.test(name)) return 'compile';
  if (/GC|gc\b|Scavenge|Sweep|Mark/i.test(name)) return 'gc';
  if (
    /Layout|Style|StyleSheet|Paint|Layerize|Commit|Composit|Raster|Decode|HitTest|UpdateLayer|ScheduleStyle|IntersectionObserver/.test(
      name,
    )
  )
    return 'render';
  if (
    /EvaluateScript|evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|XHR|RunMicrotasks|v8\.run|V8\.Execute|callFunction|FireIdleCallback|RequestAnimationFrame/.test(
      name,
    )
  )
    return 'script';
  return 'other';
}

interface Span {
  name: string;
  start: number;
  end: number;
}

/** The page's main thread: the CrRendererMain that recorded `anchor` (a user-timing mark's name). */
function mainThread(events: TraceEvent[], anchor: string): { pid: number; tid: number } {
  const mark = events.find((e) => e.name === anchor && e.cat.includes('user_timing'));
  if (!mark) throw new Error(`trace: no user-timing mark ${anchor}`);
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid);
  const main = names.find((e) => e.args?.name === 'CrRendererMain');
  if (!main) throw new Error("trace: no CrRendererMain in the page's process");
  return { pid: main.pid, tid: main.tid };
}

/** Complete spans of one thread (X events, and B/E pairs matched), in ms. */
function spansOf(events: TraceEvent[], pid: number, tid: number, toMs: (ts: number) => number): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, start: toMs(e.ts), end: toMs(e.ts + e.dur) });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, start: toMs(b.ts), end: toMs(e.ts) });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Each span's self time as pieces (its time minus its children's), nested by containment. */
function selfPieces(spans: Span[]): Span[] {
  const pieces: Span[] = [];
  const stack: { span: Span; cursor: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0) {
      const top = stack.at(-1);
      if (!top || top.span.end > upTo) break;
      if (top.span.end > top.cursor) pieces.push({ name: top.span.name, start: top.cursor, end: top.span.end });
      stack.pop();
      const parent = stack.at(-1);
      if (parent) parent.cursor = Math.max(parent.cursor, top.span.end);
    }
  };
  for (const span of spans) {
    close(span.start);
    const parent = stack.at(-1);
    if (parent && span.start > parent.cursor) pieces.push({ name: parent.span.name, start: parent.cursor, end: span.start });
    if (parent) parent.cursor = Math.max(parent.cursor, span.end);
    stack.push({ span, cursor: span.start });
  }
  close(Number.POSITIVE_INFINITY);
  return pieces;
}

const overlap = (p: { start: number; end: number }, from: number, to: number) =>
  Math.max(0, Math.min(p.end, to) - Math.max(p.start, from));

export interface Interval {
  from: string;
  to: string;
  start: number;
  end: number;
  busy: Record<Kind, number>;
  /** JavaScript by script file (from the CPU profile's samples). */
  js: Record<string, number>;
  /** JavaScript by function (source file: name). */
  functions: Record<string, number>;
  /** Main-thread self time by trace event name. */
  events: Record<string, number>;
}

export interface TraceBreakdown {
  intervals: Interval[];
  /** Main-thread self time by event name, the largest first. */
  topEvents: [string, number][];
  /** Compile and parse work on other threads (streaming and background compiles). */
  offThread: [string, number][];
  /** CPU profile samples by function (file:function), the largest first. */
  topFunctions: [string, number][];
}

/** A script's (0-based) line and column back to its source, when the build has a source map. */
export type Resolve = (url: string, line: number, column: number) => Origin | null;

/** Where a source file belongs: phaser/<its folder>, our src/<folder>, or the package's name. */
export function areaOf(source: string): string {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^\/?/, '');
  const phaser = /node_modules\/phaser\/src\/([^/]+)/.exec(path);
  if (phaser) return `phaser/${phaser[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1] ?? path;
  const ours = /^src\/([^/]+)\//.exec(path);
  return ours ? `src/${ours[1]}` : path;
}

/** Samples that are not work on the thread. */
const IDLE = new Set(['(idle)', '(root)']);

interface ProfileSample {
  time: number;
  file: string;
  fn: string;
}

/** The CPU profile's samples (ProfileChunk events of the page's process), with their script and function. */
function profileSamples(events: TraceEvent[], pid: number, toMs: (ts: number) => number, resolve: Resolve): ProfileSample[] {
  const nodes = new Map<number, { file: string; fn: string }>();
  const samples: ProfileSample[] = [];
  const starts = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile' && e.pid === pid) starts.set(String(e.id), e.args?.data?.startTime ?? e.ts);
  const clocks = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) {
      const frame = n.callFrame ?? {};
      const url = String(frame.url ?? '');
      const fn: string = frame.functionName || '(anonymous)';
      const origin = url ? resolve(url, frame.lineNumber ?? 0, frame.columnNumber ?? 0) : null;
      // V8's own entries ((idle), (program), (garbage collector)) and natives without a script by
      // their name; script code by its source (from the build's source maps) or its file.
      const file = origin ? areaOf(origin.source) : url ? (url.split('/').pop() ?? url) : fn.startsWith('(') ? fn : `(${fn})`;
      const name = origin
        ? `${origin.source.replace(/^(\.\.\/)+(node_modules\/)?/, '')}: ${origin.name ?? fn}`
        : `${file}: ${fn}`;
      nodes.set(n.id, { file, fn: name });
    }
    const key = String(e.id);
    let clock = clocks.get(key) ?? starts.get(key) ?? e.ts;
    const ids: number[] = data?.cpuProfile?.samples ?? [];
    const deltas: number[] = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      clock += deltas[i] ?? 0;
      const node = nodes.get(id);
      if (node) samples.push({ time: toMs(clock), ...node });
    });
    clocks.set(key, clock);
  }
  return samples.sort((a, b) => a.time - b.time);
}

/**
 * Splits the main thread's work between `steps` (name -> ms from navigation start); `anchor` is a
 * user-timing mark whose page time (`anchorMs`) ties the trace's clock to the page's.
 */
export function breakdown(
  events: TraceEvent[],
  steps: Record<string, number>,
  anchor: { name: string; ms: number },
  resolve: Resolve = () => null,
): TraceBreakdown {
  const { pid, tid } = mainThread(events, anchor.name);
  const mark = events.find((e) => e.name === anchor.name && e.cat.includes('user_timing') && e.pid === pid);
  const zero = (mark?.ts ?? 0) / 1000 - anchor.ms;
  const toMs = (ts: number) => ts / 1000 - zero;
  const pieces = selfPieces(spansOf(events, pid, tid, toMs));
  const samples = profileSamples(events, pid, toMs, resolve);
  const ordered = [['navigation', 0] as [string, number], ...Object.entries(steps).sort((a, b) => a[1] - b[1])];
  const intervals: Interval[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const [from, start] = ordered[i - 1] ?? ['', 0];
    const [to, end] = ordered[i] ?? ['', 0];
    const busy = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const events: Record<string, number> = {};
    for (const p of pieces) {
      const t = overlap(p, start, end);
      busy[kindOf(p.name)] += t;
      if (t > 0) events[p.name] = (events[p.name] ?? 0) + t;
    }
    const js: Record<string, number> = {};
    const functions: Record<string, number> = {};
    samples.forEach((s, j) => {
      const next = samples[j + 1]?.time ?? s.time;
      if (s.time < start || s.time >= end || IDLE.has(s.file)) return;
      js[s.file] = (js[s.file] ?? 0) + (next - s.time);
      functions[s.fn] = (functions[s.fn] ?? 0) + (next - s.time);
    });
    intervals.push({ from, to, start, end, busy, js, functions, events });
  }
  const lastStep = ordered.at(-1)?.[1] ?? 0;
  const byName = new Map<string, number>();
  for (const p of pieces) byName.set(p.name, (byName.get(p.name) ?? 0) + overlap(p, 0, lastStep));
  const byFunction = new Map<string, number>();
  samples.forEach((s, j) => {
    if (s.time > lastStep || IDLE.has(s.file)) return;
    const key = s.fn;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ((samples[j + 1]?.time ?? s.time) - s.time));
  });
  const offThread = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid || e.tid === tid || e.ph !== 'X' || !e.dur || kindOf(e.name) !== 'compile') continue;
    if (toMs(e.ts) > lastStep) continue;
    offThread.set(e.name, (offThread.get(e.name) ?? 0) + e.dur / 1000);
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { intervals, topEvents: top(byName, 15), offThread: top(offThread, 8), topFunctions: top(byFunction, 20) };
}
