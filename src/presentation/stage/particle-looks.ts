// How each kind of particle looks and moves, as data: its art, where particles start (as parts of
// the view), their speeds, sizes, alpha and lives. particles.ts turns a look into Phaser's emitter.
import type { Particles } from '../../engine/index.ts';

export type Kind = Exclude<Particles, 'none'>;
export type Range = { min: number; max: number };

/** A place on the view: a fraction of its width (or height), plus pixels. */
export type At = readonly [fraction: number, px: number];

export interface Look {
  /** The particle's art (assets/art/particles/). */
  art: string;
  /** Where particles start: one place, or a range between two. */
  x: readonly At[];
  y: readonly At[];
  speedX: number | Range;
  speedY: number | Range;
  /** A size for each particle (drawn from frames cut at its sizes), or a size that changes over its life. */
  scale: Range | { start: number; end: number };
  /** Degrees the art is turned (rain slants). */
  turn?: number;
  alpha: Range | { start: number; end: number; ease?: string };
  /** How long a particle lives, in ms; 'crossing': as long as the slowest takes to fall the view's height. */
  lifespan: number | 'crossing';
  /** One particle every this many ms. */
  frequency: number;
  blendMode?: 'ADD';
  /** Drop a particle once it has left the view (see dropOutOfView). */
  dropsOut?: true;
  /** How much of a life to run before the first frame, so the sky starts full (ms). */
  fill: number;
}

/** A range of places across the view between two fractions, with no pixel offset. */
const between = (from: number, to: number): readonly At[] => [
  [from, 0],
  [to, 0],
];

/** Dust and glow: lights that fade in and out of the air, added onto what is behind them. */
const softLight = (peakAlpha: number) =>
  ({
    alpha: { start: 0, end: peakAlpha, ease: 'Sine.easeInOut' },
    blendMode: 'ADD',
    fill: 8000,
  }) as const;

export const LOOKS: Record<Kind, Look> = {
  snow: {
    art: 'snow',
    x: [
      [0, -100],
      [1, 100],
    ],
    y: [[0, -40]],
    speedX: { min: -25, max: 25 },
    speedY: { min: 40, max: 110 },
    scale: { min: 0.25, max: 0.8 },
    alpha: { min: 0.5, max: 0.95 },
    lifespan: 'crossing',
    frequency: 60,
    dropsOut: true,
    fill: 8000,
  },
  rain: {
    art: 'rain',
    x: [
      [0, 0],
      [1, 200],
    ],
    y: [[0, -60]],
    speedX: -160,
    speedY: { min: 900, max: 1200 },
    scale: { min: 0.5, max: 1 },
    turn: 10,
    alpha: { min: 0.3, max: 0.6 },
    lifespan: 1600,
    frequency: 12,
    fill: 1500,
  },
  dust: {
    art: 'dust',
    x: between(0.2, 0.8),
    y: between(0, 0.7),
    speedX: { min: -8, max: 8 },
    speedY: { min: -6, max: 10 },
    scale: { min: 0.1, max: 0.35 },
    lifespan: 9000,
    frequency: 180,
    ...softLight(0.7),
  },
  embers: {
    // The art is named in the singular (assets/art/particles/ember.svg).
    art: 'ember',
    x: between(0, 1),
    y: [[1, 20]],
    speedX: { min: -40, max: 40 },
    speedY: { min: -160, max: -60 },
    scale: { start: 0.6, end: 0.1 },
    alpha: { start: 1, end: 0 },
    lifespan: 5000,
    frequency: 70,
    blendMode: 'ADD',
    dropsOut: true,
    fill: 8000,
  },
  glow: {
    art: 'glow',
    x: between(0.1, 0.9),
    y: between(0.1, 0.6),
    speedX: 0,
    speedY: { min: -12, max: -4 },
    scale: { start: 0.4, end: 1.2 },
    lifespan: 7000,
    frequency: 400,
    ...softLight(0.5),
  },
};
