// The rows of a ScrollList (scroll-list.ts): lines of text (with a speaker set apart), buttons (with
// an optional picture), and sliders. Each row is measured once, without drawing, and drawn only
// while it is inside the list's window, so a history of a thousand lines costs a screenful of text.
import type Phaser from 'phaser';
import { css, type Palette, UI_FONT } from '../theme.ts';

export interface SliderSpec {
  /** 0..1 */
  value: number;
  /** How far Left/Right and one gamepad press move it. */
  step: number;
  /** Called with the new value (already clamped, never wrapped). */
  onChange: (value: number) => void;
  /** The value as the player reads it ("60%"). */
  format: (value: number) => string;
}

export interface ScrollRow {
  text: string;
  /** What the row's button says to assistive technology, when it differs from the text. */
  label?: string;
  /** Drawn apart from the text, in the accent colour (History's speakers). */
  speaker?: string | null;
  tone?: 'text' | 'muted' | 'accent';
  /** Makes the row a button: a plate that takes focus and presses. */
  onPress?: () => void;
  /** Left/Right on the focused row (a setting's previous and next value). */
  onAdjust?: (step: -1 | 1) => void;
  /** A texture shown at the row's left (a save's thumbnail). */
  picture?: string | null;
  slider?: SliderSpec;
  /** A button drawn as plain text until it has focus (History's lines). */
  quiet?: boolean;
}

export interface RowStyle {
  palette: Palette;
  font: string;
  fontSize: number;
  /** Size of a row's picture (the same for every row, so rows line up). */
  picture: { width: number; height: number };
  /** Width of the speaker column (0: the speaker goes on its own line above the text). */
  speakerColumn: number;
}

const PAD = 14;
const SLIDER_TRACK = 0.42;

export const focusable = (row: ScrollRow) => Boolean(row.onPress || row.slider || row.onAdjust);

/** Measures rows with one hidden Text object: wrapping needs no drawing. */
export class RowMeasure {
  private readonly scratch: Phaser.GameObjects.Text;
  /** Per font: the height of one line, and what each further line adds. */
  private readonly metrics = new Map<string, { first: number; step: number }>();

  constructor(
    scene: Phaser.Scene,
    private readonly style: RowStyle,
  ) {
    this.scratch = scene.add.text(0, 0, 'Ag', textStyle(style, 1000)).setVisible(false);
  }

  private lines(font: string): { first: number; step: number } {
    const known = this.metrics.get(font);
    if (known) return known;
    this.scratch.setWordWrapWidth(null);
    this.scratch.setFontFamily(font).setText('Ag');
    const first = this.scratch.height;
    this.scratch.setText('Ag\nAg');
    const found = { first, step: this.scratch.height - first };
    this.metrics.set(font, found);
    return found;
  }

  height(row: ScrollRow, width: number): number {
    const layout = rowLayout(row, width, this.style);
    const { first, step } = this.lines(fontOf(row, this.style));
    this.scratch.setFontFamily(fontOf(row, this.style));
    this.scratch.setWordWrapWidth(layout.textWidth);
    const lines = row.text === '' ? 1 : this.scratch.getWrappedText(row.text).length;
    let text = first + (lines - 1) * step;
    if (row.speaker && !this.style.speakerColumn) text += this.lines(UI_FONT).first;
    const picture = row.picture !== undefined ? this.style.picture.height : 0;
    const pad = focusable(row) ? 2 * PAD : PAD / 2;
    return Math.ceil((layout.textTop ? layout.textTop + text : Math.max(text, picture)) + pad);
  }

  destroy(): void {
    this.scratch.destroy();
  }
}

interface RowLayout {
  textX: number;
  /** Below the picture when the column beside it would be too narrow to read (phones, large text). */
  textTop: number;
  textWidth: number;
  trackX: number;
  trackWidth: number;
}

function rowLayout(row: ScrollRow, width: number, style: RowStyle): RowLayout {
  let textX = focusable(row) ? 24 : 0;
  const beside = width - textX - style.picture.width - 48;
  const stacked = row.picture !== undefined && beside < style.fontSize * 14;
  if (row.picture !== undefined && !stacked) textX += style.picture.width + 24;
  const textTop = stacked ? style.picture.height + 10 : 0;
  // speaker null (not undefined): a narrated line among spoken ones, kept in the text's column.
  if (row.speaker !== undefined && style.speakerColumn) textX += style.speakerColumn;
  const trackWidth = row.slider ? Math.round(width * SLIDER_TRACK) : 0;
  const trackX = width - 24 - Math.round(style.fontSize * 3.2) - trackWidth;
  const right = row.slider ? width - trackX + 24 : focusable(row) ? 24 : 0;
  return { textX, textTop, textWidth: Math.max(80, width - textX - right), trackX, trackWidth };
}

/** Buttons in the interface's font; lines of text (and History's quiet lines) in the list's. */
function fontOf(row: ScrollRow, style: RowStyle): string {
  return focusable(row) && !row.quiet ? UI_FONT : style.font;
}

function textStyle(style: RowStyle, wrap: number, font = style.font): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: font,
    fontSize: `${style.fontSize}px`,
    color: css(style.palette.text),
    wordWrap: { width: wrap },
  };
}

export interface DrawnRow {
  objects: Phaser.GameObjects.GameObject[];
  /** The slider's track in scene coordinates, for dragging. */
  track?: { x: number; width: number };
}

/** Draws one row at (x, y), `height` tall; `lit` when it has focus. */
export function drawRow(
  scene: Phaser.Scene,
  row: ScrollRow,
  box: { x: number; y: number; width: number; height: number },
  style: RowStyle,
  lit: boolean,
): DrawnRow {
  const p = style.palette;
  const objects: Phaser.GameObjects.GameObject[] = [];
  const layout = rowLayout(row, box.width, style);
  const inset = focusable(row) ? PAD : PAD / 4;
  if (focusable(row) && (!row.quiet || lit)) {
    const plate = scene.add.graphics();
    plate.fillStyle(lit ? p.buttonFillLit : p.buttonFill, lit ? 0.96 : 0.84);
    plate.fillRoundedRect(box.x, box.y, box.width, box.height - 6, 14);
    plate.lineStyle(3, lit ? p.accent : p.boxEdge, 1);
    plate.strokeRoundedRect(box.x, box.y, box.width, box.height - 6, 14);
    objects.push(plate);
  }
  if (row.picture !== undefined) {
    const px = box.x + (focusable(row) ? 18 : 0);
    const py = box.y + inset - 4;
    const { width, height } = style.picture;
    if (row.picture && scene.textures.exists(row.picture)) {
      // Fitted whole into the box (a portrait picture stands in the middle of a landscape box).
      const frame = scene.add.rectangle(px, py, width, height, 0x05070d, 0.9).setOrigin(0);
      const img = scene.add.image(px + width / 2, py + height / 2, row.picture);
      img.setScale(Math.min(width / img.width, height / img.height));
      objects.push(frame, img);
    } else {
      objects.push(scene.add.rectangle(px, py, width, height, 0x05070d, 0.9).setOrigin(0).setStrokeStyle(2, p.boxEdge));
    }
  }
  const colour = row.tone === 'muted' ? p.muted : row.tone === 'accent' || lit ? p.accent : p.text;
  let textY = box.y + inset + layout.textTop;
  if (row.speaker) {
    const column = style.speakerColumn;
    const sx = box.x + layout.textX - column;
    const name = scene.add.text(sx, textY, row.speaker, {
      ...textStyle(style, column ? column - 20 : layout.textWidth),
      fontFamily: UI_FONT,
      fontStyle: 'bold',
      color: css(p.accent),
    });
    objects.push(name);
    if (!column) textY += name.height;
  }
  const text = scene.add
    .text(box.x + layout.textX, textY, row.text, textStyle(style, layout.textWidth, fontOf(row, style)))
    .setColor(css(colour));
  objects.push(text);
  if (!row.slider) return { objects };
  const track = { x: box.x + layout.trackX, width: layout.trackWidth };
  objects.push(...drawSlider(scene, row.slider, track, box.y + box.height / 2 - 3, style, lit));
  return { objects, track };
}

function drawSlider(
  scene: Phaser.Scene,
  slider: SliderSpec,
  track: { x: number; width: number },
  midY: number,
  style: RowStyle,
  lit: boolean,
): Phaser.GameObjects.GameObject[] {
  const p = style.palette;
  const g = scene.add.graphics();
  const knobX = track.x + slider.value * track.width;
  g.fillStyle(p.boxEdge, 1).fillRoundedRect(track.x, midY - 5, track.width, 10, 5);
  g.fillStyle(p.accent, 1).fillRoundedRect(track.x, midY - 5, Math.max(10, knobX - track.x), 10, 5);
  g.fillStyle(lit ? p.accent : p.text, 1).fillCircle(knobX, midY, 16);
  g.lineStyle(3, p.box, 1).strokeCircle(knobX, midY, 16);
  const value = scene.add
    .text(track.x + track.width + 20, midY, slider.format(slider.value), {
      ...textStyle(style, 200),
      fontFamily: UI_FONT,
      color: css(lit ? p.accent : p.text),
    })
    .setOrigin(0, 0.5);
  return [g, value];
}
