// The map camera: a second camera whose viewport is the map's area of the screen, so the world is
// clipped to it without masks, and zoom and pan are the camera's own (no re-layout). The view is
// kept as a centre and a zoom; the centre stays over the world so the map cannot be lost off-screen.
// Everything here is in design units; only the Phaser camera's viewport and zoom are in canvas pixels
// (view.ts: the canvas has `pixels` pixels per design unit).
import type Phaser from 'phaser';
import type { Rect } from '../layout.ts';
import { designPoint, viewOf } from '../view.ts';
import { type Box, FIT_PAD as PAD } from './map-layout.ts';

const MAX_ZOOM = 2;

export class MapCamera {
  readonly camera: Phaser.Cameras.Scene2D.Camera;
  private cx = 0;
  private cy = 0;
  private zoom = 1;
  readonly fitZoom: number;
  private dragFrom: { x: number; y: number } | null = null;
  /** True from the moment a press in the map moves beyond a click's wobble until the next press. */
  dragged = false;
  private readonly pixels: number;

  constructor(
    scene: Phaser.Scene,
    readonly viewport: Rect,
    private readonly world: { width: number; height: number },
  ) {
    this.pixels = viewOf(scene).zoom;
    const [x, y, w, h] = [viewport.x, viewport.y, viewport.width, viewport.height].map((v) => Math.round(v * this.pixels));
    this.camera = scene.cameras.add(x, y, w, h, false, 'map');
    this.fitZoom = Math.min(viewport.width / (world.width + 2 * PAD), viewport.height / (world.height + 2 * PAD), MAX_ZOOM);
    this.fit();
  }

  /** Mouse wheel zooms at the pointer; dragging in the map pans it. */
  bindPointer(input: Phaser.Input.InputPlugin): void {
    input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      const at = designPoint(pointer);
      if (this.contains(at.x, at.y)) this.zoomBy(dy > 0 ? 1 / 1.15 : 1.15, at.x, at.y);
    });
    input.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      const at = designPoint(pointer);
      this.dragged = false;
      this.dragFrom = this.contains(at.x, at.y) ? at : null;
    });
    input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (!this.dragFrom || !pointer.isDown) return;
      const at = designPoint(pointer);
      const dx = at.x - this.dragFrom.x;
      const dy = at.y - this.dragFrom.y;
      // A few pixels of wobble in a click are not a drag.
      if (!this.dragged && Math.hypot(dx, dy) < 12) return;
      this.dragged = true;
      this.panBy(dx, dy);
      this.dragFrom = at;
    });
    input.on('pointerup', () => {
      this.dragFrom = null;
    });
  }

  get minZoom(): number {
    return Math.min(this.fitZoom * 0.8, MAX_ZOOM);
  }

  get currentZoom(): number {
    return this.zoom;
  }

  /** The whole map in view. */
  fit(): void {
    this.set(this.world.width / 2, this.world.height / 2, this.fitZoom);
  }

  /**
   * Centres on a box at a readable zoom (at least `zoom`, unless the map fits at a larger one).
   * `middleX`: centre the world across instead (portrait, where a line of scenes fits the width).
   */
  focus(box: Box, zoom: number, middleX = false): void {
    const x = middleX ? this.world.width / 2 : box.x + box.w / 2;
    this.set(x, box.y + box.h / 2, Math.max(zoom, this.fitZoom));
  }

  /** Pans just enough to bring a box into view (with a margin); a box already in view stays put. */
  reveal(box: Box): void {
    const halfW = this.viewport.width / 2 / this.zoom;
    const halfH = this.viewport.height / 2 / this.zoom;
    const margin = 40 / this.zoom;
    let { cx, cy } = this;
    if (box.x - margin < cx - halfW) cx = box.x - margin + halfW;
    else if (box.x + box.w + margin > cx + halfW) cx = box.x + box.w + margin - halfW;
    if (box.y - margin < cy - halfH) cy = box.y - margin + halfH;
    else if (box.y + box.h + margin > cy + halfH) cy = box.y + box.h + margin - halfH;
    this.set(cx, cy, this.zoom);
  }

  /** Zooms by a factor, keeping the world point under (sx, sy) (screen, game units) in place. */
  zoomBy(factor: number, sx = this.viewport.x + this.viewport.width / 2, sy = this.viewport.y + this.viewport.height / 2): void {
    const before = this.toWorld(sx, sy);
    const zoom = Math.min(MAX_ZOOM, Math.max(this.minZoom, this.zoom * factor));
    const offX = sx - this.viewport.x - this.viewport.width / 2;
    const offY = sy - this.viewport.y - this.viewport.height / 2;
    this.set(before.x - offX / zoom, before.y - offY / zoom, zoom);
  }

  /** Pans by a distance on screen (game units): the map follows the pointer. */
  panBy(dx: number, dy: number): void {
    this.set(this.cx - dx / this.zoom, this.cy - dy / this.zoom, this.zoom);
  }

  toWorld(sx: number, sy: number): { x: number; y: number } {
    return {
      x: this.cx + (sx - this.viewport.x - this.viewport.width / 2) / this.zoom,
      y: this.cy + (sy - this.viewport.y - this.viewport.height / 2) / this.zoom,
    };
  }

  contains(sx: number, sy: number): boolean {
    const v = this.viewport;
    return sx >= v.x && sx <= v.x + v.width && sy >= v.y && sy <= v.y + v.height;
  }

  private set(cx: number, cy: number, zoom: number): void {
    this.zoom = zoom;
    this.cx = Math.min(this.world.width + PAD, Math.max(-PAD, cx));
    this.cy = Math.min(this.world.height + PAD, Math.max(-PAD, cy));
    this.camera.setZoom(zoom * this.pixels);
    this.camera.centerOn(this.cx, this.cy);
  }
}
