// The scroll list's box and options, apart from the widget so its helpers (footer, pointer) can name them.
import type { Palette } from '../theme.ts';
import type { ListItem } from './button-list.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether a point is inside a box (its lowest `inset` units left out: the gap under a row). */
export const inBox = (box: Box, p: { x: number; y: number }, inset = 0): boolean =>
  p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height - inset;

export interface ScrollListOptions {
  palette: Palette;
  fontSize: number;
  /** The rows' font (the story's serif for prose, the UI font for buttons). */
  font?: string;
  /** Buttons under the rows that never scroll (Back, a screen's other actions). */
  footer?: ListItem[];
  footerFontSize?: number;
  /** Start scrolled to the end (History). */
  atEnd?: boolean;
  /** Which focusable to focus first (rows first, then the footer); default the first. */
  focus?: number;
  /** Keys 1-9 press the first nine buttons (rows, then the footer). */
  digits?: boolean;
  picture?: { width: number; height: number };
  speakerColumn?: number;
  gap?: number;
}
