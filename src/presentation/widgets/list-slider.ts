// A slider row's value: where a pointer on its track puts it, and how a key step moves it. Values run
// 0..1 and are kept to three decimals so repeated steps do not drift.
import type { SliderSpec } from './list-rows.ts';

/** The value at x on a track, snapped to the slider's step. */
export function sliderValueAt(track: { x: number; width: number }, slider: SliderSpec, x: number): number {
  const value = Math.max(0, Math.min(1, (x - track.x) / track.width));
  return Math.round(value / slider.step) * slider.step;
}

/** A wanted value clamped to 0..1 and rounded to three decimals. */
export function clampSliderValue(value: number): number {
  return Math.max(0, Math.min(1, Math.round(value * 1000) / 1000));
}
