// The arithmetic of a ScrollList's window (no Phaser): which rows fit a box of a given height from a
// given first row, and the last first row that still fills the box. Rows scroll whole, so a row is
// either drawn entirely inside the box or not at all.

/** How many rows, from `top`, fit in `height` (at least one, so a row taller than the box still shows). */
export function visibleCount(heights: readonly number[], top: number, gap: number, height: number): number {
  let used = 0;
  let n = 0;
  for (let i = top; i < heights.length; i++) {
    used += (heights[i] as number) + gap;
    if (used - gap > height && n > 0) break;
    n++;
  }
  return n;
}

/** The greatest first row: from it, the last row is at the bottom of the box. */
export function maxTop(heights: readonly number[], gap: number, height: number): number {
  let used = 0;
  for (let i = heights.length - 1; i >= 0; i--) {
    used += (heights[i] as number) + gap;
    if (used - gap > height) return i + 1;
  }
  return 0;
}

/** Footer buttons in lines: as many to a line as fit `width`, in order; returns the indices of each line. */
export function footerLines(widths: readonly number[], width: number, gap: number): number[][] {
  const lines: number[][] = [[]];
  let used = 0;
  widths.forEach((w, i) => {
    if (used > 0 && used + w > width) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)?.push(i);
    used += w + gap;
  });
  return lines;
}
