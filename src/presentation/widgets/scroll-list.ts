// The one list widget of every list screen (saves, history, chapters, endings, credits, settings, the
// menu): rows inside a fixed box that scroll by whole rows, and a footer of buttons that stays put.
// Nothing is ever drawn outside the box: only the rows that fit are drawn (a window over the rows),
// so no mask is needed and the display list holds exactly what the player sees.
// Keys: arrows move the focus (and scroll to it), Left/Right adjust a slider or step a setting and
// move along the footer, Page Up/Down and Home/End scroll, Enter/Space press; the gamepad arrives as
// the same keys (gamepad.ts). Wheel, drag and slider drag: list-pointer.ts.
import type Phaser from 'phaser';
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { UI_FONT } from '../theme.ts';
import type { Button } from './button.ts';
import { type Focus, initialFocus } from './list-focus.ts';
import { buildFooter } from './list-footer.ts';
import { ListPointer } from './list-pointer.ts';
import { type DrawnRow, drawRow, focusable, RowMeasure, type RowStyle, type ScrollRow } from './list-rows.ts';
import { BAR, drawScrollbar } from './list-scrollbar.ts';
import { clampSliderValue, sliderValueAt } from './list-slider.ts';
import { maxTop, visibleCount } from './list-window.ts';

export type { ScrollRow, SliderSpec } from './list-rows.ts';

import { type Box, inBox, type ScrollListOptions } from './scroll-list-options.ts';

export type { Box, ScrollListOptions } from './scroll-list-options.ts';

export class ScrollList {
  private readonly heights: number[];
  private readonly style: RowStyle;
  readonly body: Box;
  private readonly footer: Button[];
  private readonly gap: number;
  top = 0;
  private focus: Focus = null;
  private drawn: { index: number; row: DrawnRow; box: Box }[] = [];
  private readonly pointer = new ListPointer(this);
  private scrollbar: Phaser.GameObjects.Graphics | null = null;
  private readonly listeners: [string, (...args: never[]) => void][] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    box: Box,
    private readonly rows: ScrollRow[],
    options: ScrollListOptions,
  ) {
    this.gap = options.gap ?? 10;
    this.style = {
      palette: options.palette,
      font: options.font ?? UI_FONT,
      fontSize: options.fontSize,
      picture: options.picture ?? { width: 0, height: 0 },
      speakerColumn: options.speakerColumn ?? 0,
    };
    const footer = buildFooter(scene, box, options.footer ?? [], options.footerFontSize ?? options.fontSize, options.palette);
    this.footer = footer.buttons;
    const footerHeight = footer.height;
    this.body = { ...box, height: box.height - footerHeight };
    const measure = new RowMeasure(scene, this.style);
    this.heights = rows.map((row) => measure.height(row, this.rowWidth));
    measure.destroy();
    if (options.atEnd) this.top = this.maxTop();
    this.focus = initialFocus(this.rows, this.footer.length, options);
    if (this.focus?.in === 'row') this.reveal(this.focus.i);
    this.listen(options.digits ?? false);
    scene.events.once('shutdown', () => this.destroy());
    this.render();
  }

  /** Rows drawn now (for tests and the scene): first and last index shown. */
  get window(): { first: number; last: number; total: number } {
    return { first: this.top, last: this.top + this.visibleCount(this.top) - 1, total: this.rows.length };
  }

  get focusedRow(): number | null {
    return this.focus?.in === 'row' ? this.focus.i : null;
  }

  private get rowWidth(): number {
    return this.body.width - BAR - 12;
  }

  private visibleCount(top: number): number {
    return visibleCount(this.heights, top, this.gap, this.body.height);
  }

  private maxTop(): number {
    return maxTop(this.heights, this.gap, this.body.height);
  }

  /** Draws the rows again (a picture arrived). */
  refresh(): void {
    this.render();
  }

  scrollTo(top: number): void {
    const next = Math.max(0, Math.min(this.maxTop(), Math.round(top)));
    if (next === this.top) return;
    this.top = next;
    this.render();
  }

  scrollBy(rows: number): void {
    this.scrollTo(this.top + rows);
  }

  /** Scrolls the least needed so row i is in view. */
  private reveal(i: number): void {
    if (i < this.top) this.top = i;
    while (i > this.top + this.visibleCount(this.top) - 1 && this.top < this.maxTop()) this.top++;
  }

  private setFocus(focus: Focus): void {
    if (focus?.in === this.focus?.in && focus?.i === this.focus?.i) return;
    if (this.focus?.in === 'foot') this.footer[this.focus.i]?.setFocus(false);
    this.focus = focus;
    if (focus?.in === 'foot') this.footer[focus.i]?.setFocus(true);
    if (focus?.in === 'row') this.reveal(focus.i);
    this.render();
  }

  private render(): void {
    for (const d of this.drawn) for (const o of d.row.objects) o.destroy();
    this.drawn = [];
    let y = this.body.y;
    const count = this.visibleCount(this.top);
    for (let i = this.top; i < this.top + count; i++) {
      const row = this.rows[i] as ScrollRow;
      const height = this.heights[i] as number;
      const box = { x: this.body.x, y, width: this.rowWidth, height };
      const lit = this.focus?.in === 'row' && this.focus.i === i;
      const drawn = drawRow(this.scene, row, box, this.style, lit);
      if (focusable(row)) drawn.objects.push(this.hitZone(i, box));
      for (const o of drawn.objects) (o as unknown as Phaser.GameObjects.Components.Depth).setDepth?.(62);
      this.drawn.push({ index: i, row: drawn, box });
      y += height + this.gap;
    }
    if (this.focus?.in === 'foot') this.footer[this.focus.i]?.setFocus(true);
    this.drawScrollbar(count);
  }

  private hitZone(i: number, box: Box): Phaser.GameObjects.Zone {
    const zone = this.scene.add
      .zone(box.x, box.y, box.width, box.height - 6)
      .setOrigin(0, 0)
      .setName('button');
    zone.setInteractive({ useHandCursor: true });
    zone.on('pointerover', () => {
      if (!this.pointer.busy) this.setFocus({ in: 'row', i });
    });
    zone.on('pointerup', () => {
      if (this.pointer.busy) return;
      this.rows[i]?.onPress?.();
    });
    return zone;
  }

  private drawScrollbar(count: number): void {
    this.scrollbar?.destroy();
    const window = { count, total: this.rows.length, top: this.top, maxTop: this.maxTop() };
    this.scrollbar = this.maxTop() > 0 ? drawScrollbar(this.scene, this.body, this.style.palette, window) : null;
  }

  /** The slider row drawn under this point, if any. */
  sliderAt(p: { x: number; y: number }): number | null {
    return this.drawn.find(({ row, box }) => row.track && inBox(box, p, 6))?.index ?? null;
  }

  /** Sets slider row i to the value under x on its track (a pointer on the slider). */
  slideTo(i: number, x: number): void {
    const track = this.drawn.find((d) => d.index === i)?.row.track;
    const slider = this.rows[i]?.slider;
    if (track && slider) this.setSlider(i, sliderValueAt(track, slider, x));
  }

  private setSlider(i: number, value: number): void {
    const slider = this.rows[i]?.slider;
    if (!slider) return;
    const next = clampSliderValue(value);
    if (next === slider.value) return;
    slider.value = next;
    slider.onChange(next);
    this.render();
  }

  private listen(digits: boolean): void {
    const input = this.scene.input;
    for (const [event, fn] of this.pointer.listeners()) this.on(input, event, fn);
    const keyboard = this.scene.input.keyboard;
    if (keyboard) this.on(keyboard, 'keydown', (event: KeyboardEvent) => this.onKey(event, digits));
  }

  private on(emitter: Phaser.Events.EventEmitter, event: string, fn: (...args: never[]) => void): void {
    emitter.on(event, fn as (...args: unknown[]) => void);
    this.listeners.push([event, fn]);
  }

  dragUnit(): number {
    const shown = this.heights.slice(this.top, this.top + Math.max(1, this.visibleCount(this.top)));
    return Math.max(40, shown.reduce((a, b) => a + b, 0) / shown.length);
  }

  private onKey(event: KeyboardEvent, digits: boolean): void {
    if (keyBelongsToFocus(event)) return;
    const key = event.key;
    const n = Number(key);
    if (digits && Number.isInteger(n) && n >= 1 && n <= 9) {
      const presses = [
        ...this.rows.flatMap((row) => (row.onPress ? [row.onPress] : [])),
        ...this.footer.map((b) => () => b.press()),
      ];
      presses[n - 1]?.();
      return;
    }
    const page = Math.max(1, this.visibleCount(this.top) - 1);
    if (key === 'ArrowDown') this.move(1);
    else if (key === 'ArrowUp') this.move(-1);
    else if (key === 'ArrowLeft' || key === 'ArrowRight') this.side(key === 'ArrowRight' ? 1 : -1);
    else if (key === 'PageDown') this.page(page);
    else if (key === 'PageUp') this.page(-page);
    else if (key === 'Home') this.page(-this.rows.length);
    else if (key === 'End') this.page(this.rows.length);
    else if (key === 'Enter' || key === ' ') this.pressFocused(event);
  }

  private pressFocused(event: KeyboardEvent): void {
    const f = this.focus;
    if (!f) return;
    event.stopImmediatePropagation?.();
    if (f.in === 'foot') this.footer[f.i]?.press();
    else this.rows[f.i]?.onPress?.();
  }

  /** Up/Down: the next focusable row, or scroll where there is none (text above or below). */
  private move(step: 1 | -1): void {
    const f = this.focus;
    const rows = this.rows.flatMap((row, i) => (focusable(row) ? [i] : []));
    if (f?.in === 'foot') {
      if (step < 0 && rows.length > 0) this.setFocus({ in: 'row', i: this.nearestVisible(rows) });
      else this.scrollBy(step);
      return;
    }
    const from = f?.i ?? (step > 0 ? this.top - 1 : this.top);
    const shownLast = this.top + this.visibleCount(this.top) - 1;
    // Lines of text between here and the next button are scrolled into view one by one.
    if (step > 0) {
      const next = rows.find((i) => i > from);
      if (next === undefined) {
        if (shownLast < this.rows.length - 1) this.scrollBy(1);
        else if (this.footer.length > 0) this.setFocus({ in: 'foot', i: 0 });
      } else if (next > shownLast + 1) this.scrollBy(1);
      else this.setFocus({ in: 'row', i: next });
      return;
    }
    const previous = rows.filter((i) => i < from).at(-1);
    if (previous === undefined || previous < this.top - 1) this.scrollBy(-1);
    else this.setFocus({ in: 'row', i: previous });
  }

  private nearestVisible(rows: number[]): number {
    const last = this.top + this.visibleCount(this.top) - 1;
    return rows.filter((i) => i >= this.top && i <= last).at(-1) ?? (rows.at(-1) as number);
  }

  private side(step: 1 | -1): void {
    const f = this.focus;
    if (f?.in === 'foot') {
      const i = Math.max(0, Math.min(this.footer.length - 1, f.i + step));
      this.setFocus({ in: 'foot', i });
      return;
    }
    const row = f ? this.rows[f.i] : undefined;
    if (row?.slider) this.setSlider(f?.i as number, row.slider.value + step * row.slider.step);
    else row?.onAdjust?.(step);
  }

  private page(by: number): void {
    this.scrollTo(this.top + by);
    const f = this.focus;
    if (f?.in !== 'row') return;
    const last = this.top + this.visibleCount(this.top) - 1;
    if (f.i >= this.top && f.i <= last) return;
    const rows = this.rows.flatMap((row, i) => (focusable(row) && i >= this.top && i <= last ? [i] : []));
    const target = by > 0 ? rows[0] : rows.at(-1);
    if (target !== undefined) this.setFocus({ in: 'row', i: target });
  }

  destroy(): void {
    const input = this.scene.input;
    for (const [event, fn] of this.listeners) {
      input.off(event, fn as (...args: unknown[]) => void);
      input.keyboard?.off(event, fn as (...args: unknown[]) => void);
    }
    this.listeners.length = 0;
    for (const d of this.drawn) for (const o of d.row.objects) o.destroy();
    this.drawn = [];
    this.scrollbar?.destroy();
    for (const b of this.footer) b.destroy();
  }
}
