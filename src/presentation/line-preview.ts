// A run link's line, drawn before Phaser has started. Phaser's chunk is most of the wait for the first
// line, and the page's entry (src/start.ts) has the story parsed well before it arrives; so the text
// box is drawn here with the Canvas 2D calls Phaser's own canvas renderer makes for the story
// screen's (widgets/text-box.ts): the plate and its edge, the name plate, the words wrapped and placed
// as Phaser's Text places them, the read-on mark, on the game's night colour; on a canvas of the
// game's size placed where Phaser's will be (main.ts's scale config: FIT, centred). The story screen's
// first frame draws the same box at the same place, with the stage behind it, and this canvas goes
// (main.ts). tests/browser/first-line.test.ts compares the two pixel by pixel, so a change to the
// text box or to the scale config that this does not follow fails there.
import { computeLayout } from './layout.ts';
import { Colour, css, FONT, HIGH_CONTRAST, NORMAL, type Palette, UI_FONT } from './theme.ts';
import { canvasSize, viewFor } from './view-size.ts';

export interface PreviewLine {
  text: string;
  speaker: string | null;
}

export interface PreviewLook {
  fontScale: number;
  highContrast: boolean;
}

/** The string Phaser's TextStyle measures a font's height with (its testString). */
const TEST_STRING = '|MÉqgy';

/** A font as Phaser's Text sets it (TextStyle: style, size and family joined), and its height as Phaser measures it. */
interface Font {
  font: string;
  ascent: number;
  /** Ascent plus descent: Phaser's line height before line spacing. */
  height: number;
}

function fontOf(ctx: CanvasRenderingContext2D, style: string, px: number, family: string): Font {
  const font = [style, `${px}px`, family].join(' ').trim();
  ctx.font = font;
  const m = ctx.measureText(TEST_STRING);
  return { font, ascent: m.actualBoundingBoxAscent, height: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent };
}

/** Phaser's Text.basicWordWrap: words fill a line while they fit, a word never split. */
export function wrapLikePhaser(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const space = ctx.measureText(' ').width;
  const out: string[] = [];
  for (const paragraph of text.split(/(?:\r\n|\r|\n)/)) {
    let line = '';
    let left = width;
    const words = paragraph.split(' ');
    words.forEach((word, j) => {
      const wordWidth = ctx.measureText(word).width;
      const withSpace = j < words.length - 1 ? wordWidth + space : wordWidth;
      if (withSpace > left && j > 0) {
        out.push(line);
        line = '';
        left = width;
      }
      line += j < words.length - 1 ? `${word} ` : word;
      left -= withSpace;
    });
    out.push(line);
  }
  return out;
}

const rgba = (colour: number, alpha: number) =>
  `rgba(${(colour >> 16) & 255}, ${(colour >> 8) & 255}, ${colour & 255}, ${alpha})`;

/** Phaser's Graphics rounded rectangle path (fillRoundedRect and strokeRoundedRect trace the same one). */
function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.lineTo(x + w - r, y);
  ctx.arc(x + w - r, y + r, r, -Math.PI / 2, 0);
  ctx.lineTo(x + w, y + h - r);
  ctx.arc(x + w - r, y + h - r, r, 0, Math.PI / 2);
  ctx.lineTo(x + r, y + h);
  ctx.arc(x + r, y + h - r, r, Math.PI / 2, Math.PI);
  ctx.lineTo(x, y + r);
  ctx.arc(x + r, y + r, r, -Math.PI, -Math.PI / 2);
}

/**
 * Text as Phaser's Text draws it: `lines` from (x, top), each at the font's ascent plus the lines
 * above, rendered first on a canvas of its own at the view's resolution (Text.updateText, with the
 * resolution view.ts gives every text) and that canvas then drawn at (x, top) under the camera's zoom
 * (CanvasRenderer.batchSprite), unsmoothed as view.ts's sharpen() sets it, so the words land on the
 * same canvas pixels.
 */
function drawText(
  ctx: CanvasRenderingContext2D,
  font: Font,
  colour: number,
  lines: string[],
  at: { x: number; top: number; zoom: number; spacing?: number; wrapped?: boolean },
) {
  const spacing = at.spacing ?? 0;
  ctx.font = font.font;
  // GetTextSize: each line's measured width, less a space for wrapped text, rounded up.
  const space = at.wrapped ? ctx.measureText(' ').width : 0;
  const width = Math.max(...lines.map((line) => Math.ceil(ctx.measureText(line).width - space)));
  const height = font.height * lines.length + spacing * (lines.length - 1);
  const frame = { width: Math.max(width * at.zoom, 1), height: Math.max(height * at.zoom, 1) };
  const own = ctx.canvas.ownerDocument.createElement('canvas');
  own.width = frame.width;
  own.height = frame.height;
  const text = own.getContext('2d');
  if (!text) return;
  text.scale(at.zoom, at.zoom);
  text.font = font.font;
  text.textBaseline = 'alphabetic';
  text.fillStyle = css(colour);
  lines.forEach((line, i) => {
    text.fillText(line, 0, font.ascent + i * (font.height + spacing));
  });
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(own, 0, 0, frame.width, frame.height, at.x, at.top, frame.width / at.zoom, frame.height / at.zoom);
  ctx.imageSmoothingEnabled = true;
}

/** Where Phaser's ScaleManager puts the game's canvas in a window (FIT, centred): CSS px. */
export function fitRect(viewport: { width: number; height: number }, game: { width: number; height: number }) {
  const aspect = game.width / game.height;
  const fitsWidth = aspect > viewport.width / viewport.height;
  const width = fitsWidth ? viewport.width : viewport.height * aspect;
  const height = fitsWidth ? viewport.width / aspect : viewport.height;
  return { left: Math.floor((viewport.width - width) / 2), top: Math.floor((viewport.height - height) / 2), width, height };
}

/** The text box with `line`, as the story screen draws it; false when the line would take more than one page. */
function drawBox(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number; zoom: number },
  line: PreviewLine,
  look: PreviewLook,
) {
  const zoom = size.zoom;
  const layout = computeLayout(size.width, size.height, look.fontScale);
  const palette: Palette = look.highContrast ? HIGH_CONTRAST : NORMAL;
  const { x, y, width, height } = layout.textBox;
  // TextBox's constructor: the words' area inside the plate, and how many lines it holds.
  const pad = layout.portrait ? 44 : 60;
  const top = Math.max(40, Math.round(layout.uiSize * 1.2) - 6);
  const markSize = Math.round(layout.uiSize * 0.7);
  const area = { x: x + pad, y: y + top, width: width - 2 * pad, height: height - top - markSize - 16 };
  const body = fontOf(ctx, '', layout.textSize, FONT);
  const spacing = Math.round(layout.textSize * 0.25);
  const maxLines = Math.max(1, Math.floor((area.height + spacing) / (body.height + spacing)));
  const lines = wrapLikePhaser(ctx, line.text, area.width);
  if (lines.length > maxLines) return false;
  ctx.fillStyle = css(Colour.night);
  ctx.fillRect(0, 0, size.width, size.height);
  roundedRect(ctx, x, y, width, height, 22);
  ctx.fillStyle = rgba(palette.box, palette.boxAlpha);
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = rgba(palette.boxEdge, 1);
  ctx.stroke();
  if (line.speaker) {
    // No portrait is on stage yet in the story screen's first frame: the name plate sits at the left.
    const name = fontOf(ctx, 'bold', layout.uiSize, UI_FONT);
    const plateX = x + pad - 24;
    roundedRect(ctx, plateX, y - 34, Math.ceil(ctx.measureText(line.speaker).width) + 48, name.height + 16, 14);
    ctx.fillStyle = rgba(palette.accent, 1);
    ctx.fill();
    drawText(ctx, name, palette.nameText, [line.speaker], { x: plateX + 24, top: y - 26, zoom });
  }
  drawText(ctx, body, palette.text, lines, { x: area.x, top: area.y, zoom, spacing, wrapped: true });
  const mark = fontOf(ctx, '', markSize, UI_FONT);
  const markWidth = Math.ceil(ctx.measureText('▼').width);
  drawText(ctx, mark, palette.accent, ['▼'], { x: x + width - 32 - markWidth, top: y + height - 6 - mark.height, zoom });
  return true;
}

/**
 * Draws `line` in the story screen's text box on a new canvas over the page, where Phaser's canvas
 * will be; null (nothing drawn) when the line takes more than one page or the browser has no 2D canvas.
 */
export function drawLinePreview(
  parent: HTMLElement,
  viewport: { width: number; height: number; pixelRatio: number },
  line: PreviewLine,
  look: PreviewLook,
): HTMLCanvasElement | null {
  // The game's canvas has the window's pixels and its camera zooms design units onto them (view.ts):
  // the same canvas size here, and the same zoom on the context.
  const view = viewFor(viewport.width, viewport.height, viewport.pixelRatio);
  const canvas = parent.ownerDocument.createElement('canvas');
  Object.assign(canvas, canvasSize(view));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(view.zoom, view.zoom);
  if (!drawBox(ctx, view, line, look)) return null;
  const at = fitRect(viewport, view);
  canvas.id = 'line-preview';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'fixed',
    left: `${at.left}px`,
    top: `${at.top}px`,
    width: `${at.width}px`,
    height: `${at.height}px`,
  });
  parent.append(canvas);
  return canvas;
}
