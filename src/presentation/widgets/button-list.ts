// A vertical list of buttons with keyboard navigation: arrows move focus, Enter/Space press the
// focused one, number keys 1-9 press directly. Used for menus and for story choices.
import type Phaser from 'phaser';
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { UI_FONT } from '../theme.ts';
import { Button, type ButtonOptions } from './button.ts';

export interface ListItem {
  label: string;
  onPress: () => void;
}

export interface ListOptions extends ButtonOptions {
  gap?: number;
  numbered?: boolean;
  /** 'bottom': the list grows upward from y (story choices above the text box). */
  anchor?: 'top' | 'bottom';
  /** false: no keyboard shortcuts (a lone on-screen button such as Menu). */
  keys?: boolean;
  /** The button focused at first, so Enter works at once (the title's menu). */
  focus?: number;
}

export class ButtonList {
  private readonly buttons: Button[] = [];
  private focus = -1;
  private readonly onKey: (event: KeyboardEvent) => void;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    items: ListItem[],
    options: ListOptions,
  ) {
    let cursor = y;
    const column = options.numbered ? numberColumn(scene, items.length, options.fontSize ?? 34) : 0;
    items.forEach((item, i) => {
      const marker = options.numbered ? { marker: { text: `${i + 1}.`, column } } : {};
      const button = new Button(scene, x, cursor, item.label, item.onPress, { ...options, ...marker });
      this.buttons.push(button);
      cursor += button.height + (options.gap ?? 18);
    });
    if (options.anchor === 'bottom') {
      const shift = cursor - y;
      for (const b of this.buttons) b.setY(b.top - shift);
    }
    if (options.focus !== undefined) this.setFocus(options.focus);
    this.onKey = (event) => this.handleKey(event);
    if (options.keys !== false) scene.input.keyboard?.on('keydown', this.onKey);
  }

  get bottom(): number {
    const last = this.buttons.at(-1);
    return last ? last.top + last.height : 0;
  }

  /** The top of the first button's plate (the list's top edge). */
  get top(): number {
    return this.buttonTop(0) ?? 0;
  }

  /** The top of button i's plate, or null. */
  buttonTop(i: number): number | null {
    const b = this.buttons[i];
    return b ? b.top - 12 : null;
  }

  setDepth(depth: number): this {
    for (const b of this.buttons) b.setDepth(depth);
    return this;
  }

  private handleKey(event: KeyboardEvent): void {
    if (keyBelongsToFocus(event)) return;
    const n = Number(event.key);
    if (Number.isInteger(n) && n >= 1 && n <= Math.min(9, this.buttons.length)) {
      this.buttons[n - 1]?.press();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = this.focus < 0 && step < 0 ? 0 : this.focus;
      this.setFocus((from + step + this.buttons.length) % this.buttons.length);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.focus >= 0) {
      event.stopImmediatePropagation();
      this.buttons[this.focus]?.press();
    }
  }

  private setFocus(index: number): void {
    this.buttons[this.focus]?.setFocus(false);
    this.focus = index;
    this.buttons[index]?.setFocus(true);
  }

  destroy(): void {
    this.scene.input.keyboard?.off('keydown', this.onKey);
    for (const b of this.buttons) b.destroy();
    this.buttons.length = 0;
  }
}

/** The width of the widest number ("12.") at this size, and a space after it: where labels start. */
function numberColumn(scene: Phaser.Scene, count: number, fontSize: number): number {
  const probe = scene.add.text(0, 0, `${count}.`, { fontFamily: UI_FONT, fontSize: `${fontSize}px` });
  const width = probe.width;
  probe.destroy();
  return Math.ceil(width + fontSize * 0.55);
}
