// Pointer input of the scroll list: the wheel scrolls, dragging the list (touch or mouse) scrolls it,
// dragging a slider sets it. Kept apart from the list so the list only hears "scroll to" and "slide to".
import type Phaser from 'phaser';
import { designPoint } from '../view.ts';
import { type Box, inBox } from './scroll-list-options.ts';

/** What the pointer needs from the list it moves. */
export interface PointerHost {
  readonly body: Box;
  readonly top: number;
  scrollTo(top: number): void;
  scrollBy(rows: number): void;
  /** Pixels of drag that scroll one row. */
  dragUnit(): number;
  slideTo(row: number, x: number): void;
  /** The slider row drawn under a point (design units), if any. */
  sliderAt(p: { x: number; y: number }): number | null;
}

/** A drag shorter than this is a tap, not a scroll. */
const DRAG_SLOP = 16;

export class ListPointer {
  private drag: { y: number; top: number; moved: boolean } | null = null;
  private sliding: number | null = null;

  constructor(private readonly host: PointerHost) {}

  /** A drag or a slide is under way: hovering and releasing over a row do not focus or press it. */
  get busy(): boolean {
    return (this.drag?.moved ?? false) || this.sliding !== null;
  }

  /** The scene-wide pointer listeners, for the list to register (and remove on shutdown). */
  listeners(): [string, (...args: never[]) => void][] {
    return [
      ['wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => this.host.scrollBy(Math.sign(dy))],
      ['pointerdown', (p: Phaser.Input.Pointer) => this.down(p)],
      ['pointermove', (p: Phaser.Input.Pointer) => this.move(p)],
      ['pointerup', () => this.up()],
    ];
  }

  /**
   * A press on a slider row slides it until the pointer is released. Found here, by place, not by the
   * row's own hit zone: moving onto a row focuses it and redraws the list, and Phaser makes a new zone
   * hittable only from the next frame, so a press in the same frame (a touch, or a quick click after a
   * move) reached no zone and the slider did not move.
   */
  private down(pointer: Phaser.Input.Pointer): void {
    const p = designPoint(pointer);
    const slider = this.host.sliderAt(p);
    if (slider !== null) {
      this.sliding = slider;
      this.host.slideTo(slider, p.x);
      return;
    }
    if (inBox(this.host.body, p)) this.drag = { y: p.y, top: this.host.top, moved: false };
  }

  private move(pointer: Phaser.Input.Pointer): void {
    if (!pointer.isDown) return;
    const p = designPoint(pointer);
    if (this.sliding !== null) {
      this.host.slideTo(this.sliding, p.x);
      return;
    }
    if (!this.drag) return;
    const dy = this.drag.y - p.y;
    if (Math.abs(dy) > DRAG_SLOP) this.drag.moved = true;
    if (this.drag.moved) this.host.scrollTo(this.drag.top + dy / this.host.dragUnit());
  }

  private up(): void {
    this.drag = null;
    this.sliding = null;
  }
}
