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
