// The view: every scene lays out in design units (1920x1080, or 1080 wide upright: layout.ts), and
// the canvas has as many pixels as the window shows, never more than the design size. Each scene's
// main camera zooms design units onto those pixels. Drawing the design size and letting the page
// scale it down cost about 2.25 times the pixels at 1280x720, and with the Canvas renderer every
// picture drawn at a scale is resampled on every frame (measured: a portrait drawn at 1:1 costs a
// quarter of one drawn at 0.93): so art is rasterised at its size on screen (assets.ts) and drawn
// pixel for pixel (drawnPixelExact), and text is rendered at the canvas's resolution.
import type PhaserNamespace from 'phaser';
import Phaser from './phaser.ts';
import { canvasSize, type View } from './view-size.ts';

const KEY = 'room7-view';
const NEAREST = Phaser.Textures.FilterMode.NEAREST;

/** The view a game draws now (the design size at zoom 1 before one was set). */
export function viewOfGame(game: PhaserNamespace.Game): View {
  return (game.registry.get(KEY) as View | undefined) ?? { width: game.scale.width, height: game.scale.height, zoom: 1 };
}

export function viewOf(scene: PhaserNamespace.Scene): View {
  return viewOfGame(scene.sys.game);
}

/** A scene's design size as [width, height], for computeLayout. */
export function designSize(scene: PhaserNamespace.Scene): [number, number] {
  const { width, height } = viewOf(scene);
  return [width, height];
}

/** Where a pointer is, in design units (Phaser's pointer.x and y are canvas pixels). */
export function designPoint(pointer: PhaserNamespace.Input.Pointer): { x: number; y: number } {
  const { zoom } = viewOfGame(pointer.manager.game);
  return { x: pointer.x / zoom, y: pointer.y / zoom };
}

/**
 * Sets the view and sizes the canvas to it. Scenes hear Phaser's 'resize' (ViewPlugin refits their
 * cameras and text first); a change of zoom alone resizes too, as the canvas's size changes with it.
 */
export function setView(game: PhaserNamespace.Game, view: View): void {
  const before = viewOfGame(game);
  game.registry.set(KEY, view);
  const { width, height } = canvasSize(view);
  const same = before.width === view.width && before.height === view.height && before.zoom === view.zoom;
  if (!same || width !== game.scale.width || height !== game.scale.height) game.scale.setGameSize(width, height);
}

/**
 * Pictures drawn pixel for pixel are drawn without smoothing: the Canvas renderer then copies them
 * (0.4 ms a frame for two portraits here) instead of resampling them (3 ms), and a position between
 * two pixels snaps to one instead of blurring (WebGL: its corners are rounded to whole pixels).
 * Anything drawn at another scale keeps smoothing.
 */
export function drawnPixelExact(image: PhaserNamespace.GameObjects.Image, zoom: number): void {
  const exact = Math.abs(image.scaleX * zoom - 1) < 1e-6 && Math.abs(image.scaleY * zoom - 1) < 1e-6;
  image.texture.setFilter(exact ? NEAREST : Phaser.Textures.FilterMode.LINEAR);
  image.setVertexRoundMode(exact ? 'full' : 'safeAuto');
}

/**
 * Text rendered at the canvas's resolution, so it is drawn pixel for pixel (crisp, and a copy). Not
 * text with a background colour: Phaser 4.2's Text fills it after scaling by the resolution, so below
 * 1 it would cover only part of the text (a toast's plate cut short). Those few stay at 1, smoothed.
 */
function sharpen(text: PhaserNamespace.GameObjects.Text, zoom: number): void {
  if (text.style.backgroundColor) return;
  if (text.style.resolution !== zoom) text.setResolution(zoom);
  text.texture.setFilter(NEAREST);
  text.setVertexRoundMode('full');
}

/**
 * Text that another camera zooms (the branch map's) gives its own resolution in its style; it is
 * left alone here, and smoothed.
 */
export function zoomableText(text: PhaserNamespace.GameObjects.Text): PhaserNamespace.GameObjects.Text {
  text.texture.setFilter(Phaser.Textures.FilterMode.LINEAR);
  return text;
}

const isText = (o: PhaserNamespace.GameObjects.GameObject): o is PhaserNamespace.GameObjects.Text =>
  o instanceof Phaser.GameObjects.Text;

/**
 * Installed in every scene (main.ts): zooms the main camera from its top-left corner when the scene
 * starts and when the view changes, and renders each text the scene adds at the view's resolution.
 * A text that sets its own resolution afterwards (the branch map's, zoomed by its own camera) keeps it.
 */
export class ViewPlugin extends Phaser.Plugins.ScenePlugin {
  private sys!: PhaserNamespace.Scenes.Systems;

  boot(): void {
    if (!this.systems) return;
    this.sys = this.systems;
    const events = this.sys.events;
    const scale = this.sys.game.scale;
    events.on(Phaser.Scenes.Events.START, this.fit, this);
    events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, this.added, this);
    scale.on(Phaser.Scale.Events.RESIZE, this.refit, this);
    events.once(Phaser.Scenes.Events.DESTROY, () => {
      events.off(Phaser.Scenes.Events.START, this.fit, this);
      events.off(Phaser.Scenes.Events.ADDED_TO_SCENE, this.added, this);
      scale.off(Phaser.Scale.Events.RESIZE, this.refit, this);
    });
  }

  private get zoom(): number {
    return viewOfGame(this.sys.game).zoom;
  }

  private fit(): void {
    this.sys.cameras.main.setOrigin(0, 0).setZoom(this.zoom);
  }

  private added(object: PhaserNamespace.GameObjects.GameObject): void {
    // Phaser's default resolution is 1; a text that asked for its own keeps it.
    if (isText(object) && object.style.resolution === 1) sharpen(object, this.zoom);
  }

  /** A new zoom: the camera, the texts sharpened here at the new resolution, pictures exact or smoothed. */
  private refit(): void {
    if (!this.sys.cameras.main) return; // not running
    this.fit();
    const zoom = this.zoom;
    const visit = (o: PhaserNamespace.GameObjects.GameObject) => {
      if (isText(o)) {
        if (o.texture.source[0]?.scaleMode === NEAREST) sharpen(o, zoom);
      } else if (o instanceof Phaser.GameObjects.Image) drawnPixelExact(o, zoom);
      // Containers (not in Phaser's slim core, so known by their list).
      const list = (o as { list?: unknown }).list;
      if (Array.isArray(list)) for (const child of list) visit(child as PhaserNamespace.GameObjects.GameObject);
    };
    for (const o of this.sys.displayList.list) visit(o);
  }
}

/** The game config's part for the view: the canvas's size, the plugin, and the view set before boot. */
export function viewConfig(
  view: View,
): Pick<PhaserNamespace.Types.Core.GameConfig, 'width' | 'height' | 'plugins' | 'callbacks'> {
  return {
    ...canvasSize(view),
    plugins: { scene: [{ key: 'room7View', plugin: ViewPlugin, mapping: 'room7View' }] },
    callbacks: { preBoot: (game) => game.registry.set(KEY, view) },
  };
}
