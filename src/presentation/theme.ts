// Colours and type, in one place.
export const FONT = '"Georgia", "Noto Serif", "Times New Roman", serif';
export const UI_FONT = '"Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const Colour = {
  ink: 0x10131c,
  night: 0x0b1020,
  paper: 0xf4ead5,
  amber: 0xf2b441,
  yellow: 0xffd34d,
  muted: 0x9aa3b5,
  box: 0x0e1422,
} as const;

export const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;
