// The view a window gets: the design size every layout uses, and the canvas at the window's device
// pixels (never more than the design size), with a zoom at which art rasterised for it is drawn 1:1.
import { describe, expect, test } from 'vitest';
import { canvasSize, fitScale, viewFor } from '../../src/presentation/view-size.ts';

const canvasOf = (w: number, h: number, ratio: number) => canvasSize(viewFor(w, h, ratio));

describe('viewFor', () => {
  test('a desktop window: the landscape design, drawn at the window’s pixels', () => {
    expect(viewFor(1280, 720, 1)).toEqual({ width: 1920, height: 1080, zoom: 1280 / 1920 });
    expect(canvasOf(1280, 720, 1)).toEqual({ width: 1280, height: 720 });
    expect(canvasOf(1920, 1080, 1)).toEqual({ width: 1920, height: 1080 });
  });

  test('never more pixels than the design size, however dense the screen', () => {
    expect(viewFor(1920, 1080, 2).zoom).toBe(1);
    expect(canvasOf(2560, 1440, 1)).toEqual({ width: 1920, height: 1080 });
    // A phone upright at devicePixelRatio 3: 1170 x 2532 device pixels hold the whole 1080 x 2336 design.
    expect(viewFor(390, 844, 3)).toEqual({ width: 1080, height: 2336, zoom: 1 });
  });

  test('the same phone at devicePixelRatio 1 and 2: its device pixels, the same design', () => {
    expect(canvasOf(390, 844, 1)).toEqual({ width: 390, height: 844 });
    expect(canvasOf(390, 844, 2)).toEqual({ width: 780, height: 1687 });
    expect(viewFor(390, 844, 2)).toMatchObject({ width: 1080, height: 2336 });
  });

  test('a window of another shape fits inside it (bars, as before), and a bad ratio counts as 1', () => {
    expect(canvasOf(1280, 900, 1)).toEqual({ width: 1280, height: 720 });
    expect(viewFor(1280, 720, 0)).toEqual(viewFor(1280, 720, 1));
    expect(viewFor(1280, 720, Number.NaN)).toEqual(viewFor(1280, 720, 1));
    expect(canvasOf(1, 1, 1).width).toBeGreaterThanOrEqual(1);
  });
});

describe('fitScale', () => {
  test('art rasterised for the zoom is drawn at exactly one canvas pixel per pixel of art', () => {
    const zoom = 1280 / 1920;
    expect(fitScale(1920, 1280, zoom) * zoom).toBeCloseTo(1, 12);
    // A portrait 840 design units tall rasterised at 560 px; 373 px wide (559.5 rounded) still exact.
    expect(fitScale(840, 560, zoom)).toBe(1 / zoom);
  });

  test('art of another size is stretched to fit, plainly', () => {
    expect(fitScale(840, 900, 1)).toBeCloseTo(840 / 900, 12);
    expect(fitScale(2336, 1080, 1)).toBeCloseTo(2336 / 1080, 12);
  });
});
