// The torso under every set of clothes: shoulders, arms and the neck opening from the build.

import { type Char, CX, H, INK } from './character.ts';
import { type Doc, darken, lighten, p, pathD } from './svg.ts';

export function torsoD(c: Char): string {
  const { neckW: nw, shoulderY: sy, shoulderW: sw } = c.build;
  const nb = sy - 50;
  return `${pathD(['M', CX - nw - 8, nb, 'C', CX - nw - 50, nb + 22, CX - sw + 60, sy - 12, CX - sw + 16, sy + 18], ['C', CX - sw - 8, sy + 34, CX - sw - 14, sy + 80, CX - sw - 16, sy + 140, 'L', CX - sw - 24, H + 6], ['L', CX + sw + 24, H + 6, 'L', CX + sw + 16, sy + 140], ['C', CX + sw + 14, sy + 80, CX + sw + 8, sy + 34, CX + sw - 16, sy + 18], ['C', CX + sw - 60, sy - 12, CX + nw + 50, nb + 22, CX + nw + 8, nb])}Z`;
}

export function torso(d: Doc, c: Char, color: string): void {
  const { shoulderY: sy, shoulderW: sw } = c.build;
  const fill = d.linU(
    [
      [0, lighten(color, 0.12)],
      [0.55, color],
      [1, darken(color, 0.22)],
    ],
    CX - sw,
    sy,
    CX + sw,
    H,
  );
  d.path(torsoD(c), fill, { stroke: INK, 'stroke-width': c.line });
  // where the arms meet the body
  const dd =
    p('M', CX - sw + 42, sy + 150, 'Q', CX - sw + 30, sy + 250, CX - sw + 30, H) +
    p('M', CX + sw - 42, sy + 150, 'Q', CX + sw - 30, sy + 250, CX + sw - 30, H);
  d.line(dd, darken(color, 0.35), c.line * 0.9, { opacity: 0.6, 'stroke-linecap': 'round' });
}

export function neckBase(c: Char): number {
  return c.build.shoulderY - 50;
}

/** What clothes are drawn from: the neck base's height (nb), the half widths of the neck (nw) and the
 * shoulders (sw), and the outline's width (L). */
export function measure(c: Char): { nb: number; nw: number; sw: number; L: number } {
  return { nb: neckBase(c), nw: c.build.neckW, sw: c.build.shoulderW, L: c.line };
}
