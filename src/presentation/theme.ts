// Colours and type, in one place. The high-contrast palette replaces the translucent plates with
// opaque black and pure white text.
export const FONT = '"Georgia", "Noto Serif", "DejaVu Serif", "Times New Roman", serif';
export const UI_FONT = '"Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

export const Colour = {
  ink: 0x10131c,
  night: 0x0b1020,
  paper: 0xf4ead5,
  amber: 0xf2b441,
  yellow: 0xffd34d,
  muted: 0x9aa3b5,
  box: 0x0e1422,
} as const;

export interface Palette {
  box: number;
  boxAlpha: number;
  boxEdge: number;
  text: number;
  muted: number;
  accent: number;
  nameText: number;
  buttonFill: number;
  buttonFillLit: number;
}

export const NORMAL: Palette = {
  box: Colour.box,
  boxAlpha: 0.88,
  boxEdge: 0x3a4560,
  text: Colour.paper,
  muted: Colour.muted,
  accent: Colour.yellow,
  nameText: Colour.ink,
  buttonFill: Colour.box,
  buttonFillLit: 0x2a3550,
};

export const HIGH_CONTRAST: Palette = {
  box: 0x000000,
  boxAlpha: 1,
  boxEdge: 0xffffff,
  text: 0xffffff,
  muted: 0xe6e6e6,
  accent: 0xffe600,
  nameText: 0x000000,
  buttonFill: 0x000000,
  buttonFillLit: 0x333333,
};

export const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;
