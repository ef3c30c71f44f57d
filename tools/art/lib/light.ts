// Light in a scene: round and elliptic glows, shafts of light through a window.
import type { Doc } from './svg.ts';

/** A soft round glow. */
export function glow(
  d: Doc,
  x: number,
  y: number,
  r: number,
  color: string,
  opacity = 1,
  a?: Record<string, string | number>,
): void {
  d.circle(
    x,
    y,
    r,
    d.radU(
      [
        [0, color, opacity],
        [0.35, color, opacity * 0.45],
        [1, color, 0],
      ],
      x,
      y,
      r,
    ),
    a,
  );
}

/** Many equal soft glows sharing one gradient. */
export function glows(d: Doc, points: [number, number][], r: number, color: string, opacity: number): void {
  const g = d.rad([
    [0, color, opacity],
    [0.35, color, opacity * 0.45],
    [1, color, 0],
  ]);
  for (const [x, y] of points) d.circle(x, y, r, g);
}

/** An elliptical soft glow. */
export function glowE(d: Doc, x: number, y: number, rx: number, ry: number, color: string, opacity = 1): void {
  d.ellipse(
    x,
    y,
    rx,
    ry,
    d.rad([
      [0, color, opacity],
      [0.4, color, opacity * 0.4],
      [1, color, 0],
    ]),
  );
}

/** A beam of light: a polygon fading from its source (x1,y1) toward (x2,y2). */
export function shaft(
  d: Doc,
  xy: number[],
  color: string,
  opacity: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): void {
  d.poly(
    xy,
    d.linU(
      [
        [0, color, opacity],
        [1, color, 0],
      ],
      x1,
      y1,
      x2,
      y2,
    ),
  );
}
