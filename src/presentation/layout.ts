// Layout: where everything goes for the current game size. The game is 1920x1080 in landscape and
// 1080 wide in portrait (phones held upright), as tall as the phone's screen is (1920 to 2400), so a
// tall phone has no bars above and below; every scene positions from this, never from constants,
// and rebuilds its layout on resize.
import type { Position } from '../engine/index.ts';

export const LANDSCAPE = { width: 1920, height: 1080 } as const;
export const PORTRAIT = { width: 1080, height: 1920 } as const;
/** The tallest portrait game (a 9:20 phone); taller windows get bars. */
const PORTRAIT_MAX_HEIGHT = 2400;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  width: number;
  height: number;
  portrait: boolean;
  margin: number;
  textBox: Rect;
  /** The player's text size setting (1 is Normal), which the sizes below already include. */
  fontScale: number;
  /** Base size of story text in px before the font-size setting. */
  textSize: number;
  uiSize: number;
  titleSize: number;
  /** Choices stack upward from this y. */
  choicesBottom: number;
  choicesWidth: number;
  /** Height of a character portrait (its width follows the 2:3 art). */
  portraitHeight: number;
  /** Feet line of the portraits. */
  portraitBaseline: number;
  slotX: Record<Position, number>;
  /** The least height of a button: 44 CSS px on a phone (about 120 px of a 1080-wide game on a 390 px screen). */
  touchTarget: number;
}

export function sizeFor(windowWidth: number, windowHeight: number): { width: number; height: number } {
  if (windowHeight <= windowWidth * 1.05) return LANDSCAPE;
  // In steps of 16 px, so the small height changes of a phone's address bar do not rebuild the screen.
  const tall = Math.round((PORTRAIT.width * windowHeight) / windowWidth / 16) * 16;
  return { width: PORTRAIT.width, height: Math.min(PORTRAIT_MAX_HEIGHT, Math.max(PORTRAIT.height, tall)) };
}

export function computeLayout(width: number, height: number, fontScale = 1): Layout {
  const portrait = height > width;
  const margin = portrait ? 40 : 80;
  const textSize = Math.round((portrait ? 54 : 40) * fontScale);
  // In portrait the box grows with the screen's height: the stage above, the words below.
  const boxHeight = Math.round((portrait ? Math.max(520, height * 0.27) : 300) * Math.max(1, fontScale * 0.95));
  const textBox = { x: margin, y: height - boxHeight - (portrait ? 60 : 36), width: width - 2 * margin, height: boxHeight };
  const portraitHeight = portrait ? 1000 : 840;
  const span = width - 2 * margin;
  const slot = (f: number) => Math.round(margin + span * f);
  return {
    width,
    height,
    portrait,
    margin,
    textBox,
    fontScale,
    textSize,
    uiSize: Math.round((portrait ? 50 : 34) * fontScale),
    titleSize: portrait ? 120 : 128,
    choicesBottom: textBox.y - 30,
    choicesWidth: Math.min(width - 2 * margin, 1400),
    portraitHeight,
    // Feet hidden behind the text box, faces well above the choices.
    portraitBaseline: portrait ? textBox.y + 160 : textBox.y + 220,
    slotX: portrait
      ? { farleft: slot(0.1), left: slot(0.24), center: slot(0.5), right: slot(0.76), farright: slot(0.9) }
      : { farleft: slot(0.1), left: slot(0.26), center: slot(0.5), right: slot(0.74), farright: slot(0.9) },
    touchTarget: portrait ? 124 : 64,
  };
}
