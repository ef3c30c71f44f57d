// Shared shape helpers: smooth curves through points, bands, seven-segment digits.
import { n, p } from './svg.ts';

export type Pt = [number, number];

/**
 * A band across the centre line `cx` (a cap's band, a knitted brim): the upper edge from left to right,
 * bowed through the centre, then the lower edge back. Each edge is [half width, y at its ends, y at the centre].
 */
export function bandD(cx: number, upper: readonly [number, number, number], lower: readonly [number, number, number]): string {
  const [uw, uy, um] = upper;
  const [lw, ly, lm] = lower;
  return p('M', cx - uw, uy, 'Q', cx, um, cx + uw, uy, 'L', cx + lw, ly, 'Q', cx, lm, cx - lw, ly, 'Z');
}

/** Points given flat and relative to (x0, y0), made absolute: a shape drawn where it is wanted. */
export function around(x0: number, y0: number, xy: readonly number[]): number[] {
  return xy.map((v, i) => (i % 2 === 0 ? x0 + v : y0 + v));
}

/** A Catmull-Rom spline through the points, as cubic Bezier path data. */
export function smooth(points: Pt[], closed = true, tension = 1): string {
  const count = points.length;
  if (count < 2) return '';
  const at = (i: number): Pt => {
    if (closed) return points[((i % count) + count) % count] as Pt;
    return points[Math.max(0, Math.min(count - 1, i))] as Pt;
  };
  const first = at(0);
  let d = p('M', first[0], first[1]);
  const segs = closed ? count : count - 1;
  for (let i = 0; i < segs; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const k = tension / 6;
    d += p(
      'C',
      p1[0] + (p2[0] - p0[0]) * k,
      p1[1] + (p2[1] - p0[1]) * k,
      p2[0] - (p3[0] - p1[0]) * k,
      p2[1] - (p3[1] - p1[1]) * k,
      p2[0],
      p2[1],
    );
  }
  return closed ? `${d}Z` : d;
}

/** Straight segments through the points. */
export function lines(points: Pt[], closed = true): string {
  let d = '';
  points.forEach(([x, y], i) => {
    d += p(i === 0 ? 'M' : 'L', x, y);
  });
  return closed ? `${d}Z` : d;
}

const SEG: Record<string, string> = {
  '0': 'abcdef',
  '1': 'bc',
  '2': 'abged',
  '3': 'abgcd',
  '4': 'fgbc',
  '5': 'afgcd',
  '6': 'afgedc',
  '7': 'abc',
  '8': 'abcdefg',
  '9': 'abcdfg',
};

/** Seven-segment digits as stroke path data; (x, y) is the top-left, h the height. */
export function digits(text: string, x: number, y: number, h: number): string {
  const w = h * 0.5;
  const gap = h * 0.28;
  let d = '';
  let cx = x;
  for (const ch of text) {
    const segs = SEG[ch] ?? '';
    const m = y + h / 2;
    const b = y + h;
    const add = (x1: number, y1: number, x2: number, y2: number): void => {
      d += p('M', x1, y1, 'L', x2, y2);
    };
    if (segs.includes('a')) add(cx, y, cx + w, y);
    if (ch === '1') {
      add(cx + w * 0.6, y, cx + w * 0.6, b);
      add(cx + w * 0.6, y, cx + w * 0.25, y + h * 0.18);
    }
    if (ch !== '1' && segs.includes('b')) add(cx + w, y, cx + w, m);
    if (ch !== '1' && segs.includes('c')) add(cx + w, m, cx + w, b);
    if (segs.includes('d')) add(cx, b, cx + w, b);
    if (segs.includes('e')) add(cx, m, cx, b);
    if (segs.includes('f')) add(cx, y, cx, m);
    if (segs.includes('g')) add(cx, m, cx + w, m);
    cx += w + gap;
  }
  return d;
}

export function digitsWidth(text: string, h: number): number {
  return text.length * h * 0.5 + (text.length - 1) * h * 0.28;
}

/** Mirrors an x coordinate about cx. */
export const mx = (cx: number, x: number): number => 2 * cx - x;

export function fmt(v: number): string {
  return n(v);
}

/** A few Hangul syllables as strokes in a unit box (for shop signs): no font needed. */
const GLYPHS: Record<string, string> = {
  문: 'M.2 .05H.8V.3H.2ZM.05 .42H.95M.5 .42V.56M.2 .66V.95H.85',
  구: 'M.15 .1H.82V.42M.05 .55H.95M.5 .55V.95',
  시: 'M.42 .1Q.36 .6 .08 .9M.38 .45L.64 .85M.84 .05V.95',
  장: 'M.1 .08H.55M.33 .08L.08 .5M.33 .2L.6 .46M.78 .04V.56M.78 .3H.95M.33 .78A.2 .17 0 1 0 .73 .78A.2 .17 0 1 0 .33 .78',
  분: 'M.2 .03V.3H.8V.03M.2 .16H.8M.05 .42H.95M.5 .42V.56M.2 .66V.95H.85',
  식: 'M.38 .04L.1 .46M.36 .2L.6 .46M.8 .02V.52M.2 .64H.82V.97',
  약: 'M.12 .24A.2 .17 0 1 0 .52 .24A.2 .17 0 1 0 .12 .24M.78 .03V.52M.78 .18H.95M.78 .36H.95M.2 .64H.82V.97',
  빵: 'M.1 .04V.3H.5V.04M.1 .17H.5M.75 .03V.5M.75 .26H.93M.33 .78A.2 .17 0 1 0 .73 .78A.2 .17 0 1 0 .33 .78',
};

/** Draws a word as stroke path data; cells of size s, horizontally or vertically. */
export function hangul(word: string, x: number, y: number, s: number, vertical = false): string {
  let out = '';
  [...word].forEach((ch, i) => {
    const g = GLYPHS[ch];
    if (!g) return;
    const ox = vertical ? x : x + i * s * 1.15;
    const oy = vertical ? y + i * s * 1.15 : y;
    out += g.replace(/([MLHVQAZ])([^MLHVQAZ]*)/g, (_m, cmd: string, args: string) => {
      const nums = args.trim().length
        ? args
            .trim()
            .split(/[\s,]+|(?=-)|(?<=\d)(?=\.)/)
            .filter(Boolean)
            .map(Number)
        : [];
      const tx = (v: number): string => n(ox + v * s);
      const ty = (v: number): string => n(oy + v * s);
      switch (cmd) {
        case 'H':
          return `H${tx(nums[0] ?? 0)}`;
        case 'V':
          return `V${ty(nums[0] ?? 0)}`;
        case 'A':
          return `A${n((nums[0] ?? 0) * s)} ${n((nums[1] ?? 0) * s)} ${nums[2]} ${nums[3]} ${nums[4]} ${tx(nums[5] ?? 0)} ${ty(nums[6] ?? 0)}`;
        case 'Z':
          return 'Z';
        default: {
          const parts: string[] = [];
          for (let k = 0; k + 1 < nums.length; k += 2) parts.push(`${tx(nums[k] ?? 0)} ${ty(nums[k + 1] ?? 0)}`);
          return cmd + parts.join(' ');
        }
      }
    });
  });
  return out;
}
