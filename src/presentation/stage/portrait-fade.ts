// Portraits end in a soft fade, not a hard edge: their feet stand behind the translucent text box,
// where a cut-off body would show through. The art is faded once, in its texture, when first shown
// (a canvas either way: the Canvas renderer's rasterised art is faded in place, WebGL's SVG image
// becomes a canvas of the same size), so every frame draws it at no extra cost.
import type Phaser from 'phaser';

/** The fade runs over this part of the art's height, from transparent-free to gone. */
const FADE_FROM = 0.7;
const FADE_TO = 0.97;

export function fadeLowerEdge(scene: Phaser.Scene, key: string): void {
  const texture = scene.textures.get(key);
  const marks = texture.customData as { fadedEdge?: boolean };
  if (marks.fadedEdge) return;
  const source = texture.getSourceImage() as HTMLImageElement | HTMLCanvasElement;
  const { width, height } = source;
  let target = texture as Phaser.Textures.CanvasTexture;
  if (!(source instanceof HTMLCanvasElement && 'context' in texture)) {
    scene.textures.remove(key);
    const made = scene.textures.createCanvas(key, width, height);
    if (!made) return;
    made.context.drawImage(source, 0, 0, width, height);
    target = made;
  }
  const ctx = target.context;
  const gradient = ctx.createLinearGradient(0, height * FADE_FROM, 0, height * FADE_TO);
  gradient.addColorStop(0, 'rgba(0,0,0,0)');
  gradient.addColorStop(1, 'rgba(0,0,0,1)');
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  ctx.fillStyle = gradient;
  ctx.fillRect(0, height * FADE_FROM, width, height * (1 - FADE_FROM));
  ctx.restore();
  target.refresh();
  (target.customData as { fadedEdge?: boolean }).fadedEdge = true;
}

/** How dark a portrait in shade is (the others', while someone speaks). */
const SHADE = 'rgba(8,10,18,0.5)';

/**
 * A darker copy of a (faded) portrait for when another character speaks, at half size: it covers
 * the portrait exactly when shown, and its softness reads as out of focus. (A multiply blend would
 * need no copy, but the Canvas renderer cannot rely on it.) Made once per texture; returns its key.
 */
export function shadeOf(scene: Phaser.Scene, key: string): string {
  const shadeKey = `${key}~shade`;
  const source = scene.textures.get(key).getSourceImage() as HTMLImageElement | HTMLCanvasElement;
  const width = Math.round(source.width / 2);
  const height = Math.round(source.height / 2);
  if (scene.textures.exists(shadeKey)) {
    // Made for art of another size (the window changed): made again.
    const made = scene.textures.get(shadeKey).getSourceImage();
    if (made.width === width && made.height === height) return shadeKey;
    scene.textures.remove(shadeKey);
  }
  const made = scene.textures.createCanvas(shadeKey, width, height);
  if (!made) return shadeKey;
  const ctx = made.context;
  ctx.drawImage(source, 0, 0, width, height);
  ctx.globalCompositeOperation = 'source-atop';
  ctx.fillStyle = SHADE;
  ctx.fillRect(0, 0, width, height);
  made.refresh();
  return shadeKey;
}

/** Drops a shade copy nothing shows any more (they are cheap to make again). */
export function dropShade(scene: Phaser.Scene, shadeKey: string, inUse: (key: string) => boolean): void {
  if (!inUse(shadeKey) && scene.textures.exists(shadeKey)) scene.textures.remove(shadeKey);
}
