// Small, dependency-free SVG writer used by the Room 7 art generator.
// Everything is deterministic: numbers are rounded the same way every run,
// ids are counters, and randomness comes only from a seeded generator.

/** Formats a number compactly (one decimal at most, no "-0"). */
export function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  if (Object.is(r, -0) || r === 0) return '0';
  return String(r).replace(/^(-?)0\./, '$1.');
}

/** Builds path data from commands and numbers: p('M', 0, 0, 'L', 10, 10). */
export function p(...parts: (string | number)[]): string {
  let out = '';
  let prevNum = false;
  for (const part of parts) {
    if (typeof part === 'number') {
      const s = n(part);
      out += prevNum && !s.startsWith('-') ? ` ${s}` : s;
      prevNum = true;
    } else {
      out += part;
      prevNum = false;
    }
  }
  return out;
}

/** Path data written one command to a list: pathD(['M', 0, 0], ['L', 10, 10, 'Z']) is p('M', 0, 0, 'L', 10, 10, 'Z'). */
export function pathD(...commands: readonly (readonly (string | number)[])[]): string {
  return commands.map((command) => p(...command)).join('');
}

/** A polygon's points list. */
export function pts(xy: number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < xy.length; i += 2) out.push(`${n(xy[i] ?? 0)},${n(xy[i + 1] ?? 0)}`);
  return out.join(' ');
}

/** Closed polygon as path data. */
export function polyD(xy: number[]): string {
  let d = '';
  for (let i = 0; i + 1 < xy.length; i += 2) d += p(i === 0 ? 'M' : 'L', xy[i] ?? 0, xy[i + 1] ?? 0);
  return `${d}Z`;
}

/** A dot as a zero-length stroke: draw with stroke-linecap="round" and stroke-width = diameter. */
export function pinD(x: number, y: number): string {
  return `M${n(x)} ${n(y)}h0`;
}

/** A circle as path data (so many dots can share one path element). */
export function dotD(x: number, y: number, r: number): string {
  return p('M', x - r, y, 'a', r, r, 0, 1, 0, r * 2, 0, 'a', r, r, 0, 1, 0, -r * 2, 0);
}

export function hashString(s: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

export interface Rng {
  next(): number;
  range(a: number, b: number): number;
  int(a: number, b: number): number;
  chance(prob: number): boolean;
  pick<T>(arr: readonly T[]): T;
}

/** mulberry32, seeded from a string. */
export function makeRng(seed: string): Rng {
  let a = hashString(seed) || 1;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => Math.floor(lo + (hi - lo + 1) * next()),
    chance: (prob) => next() < prob,
    pick: <T>(arr: readonly T[]): T => {
      const v = arr[Math.floor(next() * arr.length)];
      if (v === undefined) throw new Error('pick from empty array');
      return v;
    },
  };
}

export type Attrs = Record<string, string | number | undefined>;

export function attrs(a: Attrs | undefined): string {
  if (!a) return '';
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? n(v) : v}"`;
  }
  return out;
}

/** [offset 0..1, colour, opacity?] */
export type Stop = [number, string, number?];

function stopsXml(stops: Stop[]): string {
  return stops
    .map(
      ([o, c, op]) =>
        `<stop offset="${n(o)}" stop-color="${c}"${op === undefined || op === 1 ? '' : ` stop-opacity="${n2(op)}"`}/>`,
    )
    .join('');
}

/** Two decimals, for opacities. */
export function n2(v: number): string {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? '0' : String(r).replace(/^0\./, '.');
}

export class Doc {
  private defs: string[] = [];
  private body: string[] = [];
  private counter = 0;

  constructor(
    readonly w: number,
    readonly h: number,
    readonly prefix = '',
  ) {}

  id(): string {
    this.counter += 1;
    return `${this.prefix}${this.counter.toString(36)}`;
  }

  def(xml: string): void {
    this.defs.push(xml);
  }

  /** Linear gradient in bounding-box units (x1,y1 -> x2,y2); returns url(#id). */
  lin(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false): string {
    const id = this.id();
    this.defs.push(
      `<linearGradient id="${id}" x1="${n2(x1)}" y1="${n2(y1)}" x2="${n2(x2)}" y2="${n2(y2)}"${user ? ' gradientUnits="userSpaceOnUse"' : ''}>${stopsXml(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** Linear gradient in user space (absolute coordinates). */
  linU(stops: Stop[], x1: number, y1: number, x2: number, y2: number): string {
    const id = this.id();
    this.defs.push(
      `<linearGradient id="${id}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" gradientUnits="userSpaceOnUse">${stopsXml(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** Radial gradient in bounding-box units. */
  rad(stops: Stop[], cx = 0.5, cy = 0.5, r = 0.5, fx?: number, fy?: number): string {
    const id = this.id();
    const f = fx === undefined ? '' : ` fx="${n2(fx)}" fy="${n2(fy ?? cy)}"`;
    this.defs.push(
      `<radialGradient id="${id}" cx="${n2(cx)}" cy="${n2(cy)}" r="${n2(r)}"${f}>${stopsXml(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /** Radial gradient in user space. */
  radU(stops: Stop[], cx: number, cy: number, r: number, fx?: number, fy?: number): string {
    const id = this.id();
    const f = fx === undefined ? '' : ` fx="${n(fx)}" fy="${n(fy ?? cy)}"`;
    this.defs.push(
      `<radialGradient id="${id}" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"${f} gradientUnits="userSpaceOnUse">${stopsXml(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /** Registers a clip path and returns url(#id). */
  clip(inner: string): string {
    const id = this.id();
    this.defs.push(`<clipPath id="${id}">${inner}</clipPath>`);
    return `url(#${id})`;
  }

  /** Registers a filter and returns url(#id). */
  filter(inner: string, a?: Attrs): string {
    const id = this.id();
    this.defs.push(`<filter id="${id}"${attrs(a)}>${inner}</filter>`);
    return `url(#${id})`;
  }

  raw(xml: string): void {
    this.body.push(xml);
  }

  rect(x: number, y: number, w: number, h: number, fill: string, a?: Attrs): void {
    this.body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${attrs(a)}/>`);
  }

  path(d: string, fill: string, a?: Attrs): void {
    if (!d) return;
    this.body.push(`<path d="${d}" fill="${fill}"${attrs(a)}/>`);
  }

  poly(xy: number[], fill: string, a?: Attrs): void {
    this.body.push(`<path d="${polyD(xy)}" fill="${fill}"${attrs(a)}/>`);
  }

  circle(cx: number, cy: number, r: number, fill: string, a?: Attrs): void {
    this.body.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${attrs(a)}/>`);
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, a?: Attrs): void {
    this.body.push(`<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${attrs(a)}/>`);
  }

  /** Stroke-only path. */
  line(d: string, stroke: string, width: number, a?: Attrs): void {
    if (!d) return;
    this.body.push(`<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n(width)}"${attrs(a)}/>`);
  }

  open(a: Attrs): void {
    this.body.push(`<g${attrs(a)}>`);
  }

  close(): void {
    this.body.push('</g>');
  }

  group(a: Attrs, draw: () => void): void {
    this.open(a);
    draw();
    this.close();
  }

  toString(): string {
    const defs = this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '';
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${this.w} ${this.h}" width="${this.w}" height="${this.h}">${defs}${this.body.join('')}</svg>\n`;
  }
}

/** Mixes two #rrggbb colours: t=0 gives a, t=1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  const c = pa.map((v, i) => Math.round(v + ((pb[i] ?? 0) - v) * t));
  return `#${c.map((v) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(h: string): number[] {
  const s = h.replace('#', '');
  const full =
    s.length === 3
      ? s
          .split('')
          .map((c) => c + c)
          .join('')
      : s;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
}

export const darken = (c: string, t: number): string => mix(c, '#000000', t);
export const lighten = (c: string, t: number): string => mix(c, '#ffffff', t);
