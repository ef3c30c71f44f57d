// The particle textures, 64x64: snow, dust, embers, glow, rain. Each is one soft shape; the data is the
// gradient that makes it soft.
import { Doc, type Stop } from './svg.ts';

export function particle(draw: (d: Doc) => void): string {
  const d = new Doc(64, 64, 'x');
  draw(d);
  return d.toString();
}

/** A round particle: a circle of radius `r` in the middle, filled with a radial gradient of `stops`. */
const softDot = (r: number, stops: Stop[]) => (): string =>
  particle((d) => {
    d.circle(32, 32, r, d.rad(stops));
  });

export const PARTICLES: Record<string, () => string> = {
  snow: softDot(30, [
    [0, '#ffffff', 1],
    [0.35, '#f4f8ff', 0.95],
    [0.6, '#e8f0ff', 0.4],
    [1, '#e8f0ff', 0],
  ]),
  dust: softDot(30, [
    [0, '#fff4d8', 0.95],
    [0.25, '#ffe8b0', 0.6],
    [1, '#ffe8b0', 0],
  ]),
  ember: softDot(30, [
    [0, '#fff6c8', 1],
    [0.18, '#ffc24a', 1],
    [0.45, '#ff7a1a', 0.55],
    [1, '#ff4a0a', 0],
  ]),
  glow: softDot(32, [
    [0, '#fff8e6', 0.9],
    [0.3, '#ffe2a8', 0.45],
    [0.7, '#ffcf7a', 0.12],
    [1, '#ffcf7a', 0],
  ]),
  // a streak, not a dot: a thin rounded bar brightening towards its lower end
  rain: () =>
    particle((d) => {
      d.rect(
        30.5,
        2,
        3,
        60,
        d.lin([
          [0, '#cfe2ff', 0],
          [0.7, '#dfeaff', 0.7],
          [1, '#ffffff', 0.95],
        ]),
        { rx: 1.5 },
      );
    }),
};
