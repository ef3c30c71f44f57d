// The view's sizes, as plain numbers (view.ts puts them to work in Phaser): the design size a window
// gets (layout.ts's sizeFor) and how many canvas pixels each design unit takes there, at most one.
import { sizeFor } from './layout.ts';

export interface View {
  /** The game's size in design units: what every layout is computed from. */
  width: number;
  height: number;
  /** Canvas pixels per design unit (at most 1). */
  zoom: number;
}

/** The view for a window of this size in CSS pixels, on a screen with this many device pixels to one. */
export function viewFor(windowWidth: number, windowHeight: number, pixelRatio: number): View {
  const design = sizeFor(windowWidth, windowHeight);
  const ratio = pixelRatio > 0 && Number.isFinite(pixelRatio) ? pixelRatio : 1;
  const fit = Math.min((windowWidth * ratio) / design.width, (windowHeight * ratio) / design.height);
  // Whole canvas pixels across: the zoom is that width over the design width, so x and y scale alike.
  const across = Math.max(1, Math.min(design.width, Math.round(design.width * fit)));
  return { ...design, zoom: across / design.width };
}

/** The canvas's size in pixels for a view. */
export function canvasSize(view: View): { width: number; height: number } {
  return { width: Math.round(view.width * view.zoom), height: Math.max(1, Math.round(view.height * view.zoom)) };
}

/**
 * The scale that shows art `pixels` wide over `design` units: exactly one canvas pixel per pixel of
 * art when it was rasterised for this zoom (its rounded size), else the plain ratio.
 */
export function fitScale(design: number, pixels: number, zoom: number): number {
  return Math.round(design * zoom) === pixels ? 1 / zoom : design / pixels;
}
