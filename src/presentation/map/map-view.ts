// Draws the branch map's world into one container (the map camera zooms and pans over it): chapter
// headings, edges, scene plates with their choice-point marks, endings, the "you are here" ring and
// the focus ring. Seen things are warm yellow, unseen ones dim. Hit zones report clicks; a click
// that ends a drag is not a click.
import type Phaser from 'phaser';
import { S } from '../strings.ts';
import { css, FONT, type Palette, UI_FONT } from '../theme.ts';
import { zoomableText } from '../view.ts';
import { type Box, DOT_STEP, edgePath, type MapLayout, type Point } from './map-layout.ts';
import type { MapModel, MapNode } from './map-model.ts';

export interface MapViewHandlers {
  onNode: (id: string) => void;
  onPoint: (path: string) => void;
  /** True while the pointer is dragging the map: the release is a pan, not a click. */
  dragging: () => boolean;
}

export interface MapColours {
  seen: number;
  seenFill: number;
  unseen: number;
  unseenFill: number;
  text: number;
  muted: number;
  here: number;
  focus: number;
}

/** Map colours from the player's palette: warm yellow for what was seen, the dim edge colour otherwise. */
export function mapColours(p: Palette, highContrast: boolean): MapColours {
  return highContrast
    ? {
        seen: p.accent,
        seenFill: 0x1a1a00,
        unseen: 0x8c8c8c,
        unseenFill: 0x000000,
        text: p.text,
        muted: p.muted,
        here: 0xffffff,
        focus: 0x00e5ff,
      }
    : {
        seen: 0xf2b441,
        seenFill: 0x3a2e12,
        unseen: 0x46516c,
        unseenFill: 0x141a28,
        text: p.text,
        muted: p.muted,
        here: 0xffd34d,
        focus: 0x8fd3ff,
      };
}

export class MapView {
  readonly world: Phaser.GameObjects.Container;
  private readonly focusRing: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly model: MapModel,
    readonly layout: MapLayout,
    private readonly colours: MapColours,
    private readonly handlers: MapViewHandlers,
    reducedMotion: boolean,
  ) {
    this.world = scene.add.container(0, 0);
    const lines = scene.add.graphics();
    const plates = scene.add.graphics();
    this.world.add([lines, plates]);
    this.drawHeadings();
    this.drawEdges(lines);
    for (const chapter of model.chapters) for (const node of chapter.nodes) this.drawNode(plates, node);
    this.drawEndings(plates, lines);
    this.drawHere(reducedMotion);
    this.focusRing = scene.add.graphics();
    this.world.add(this.focusRing);
  }

  private text(x: number, y: number, value: string, size: number, colour: number, width: number, font = UI_FONT) {
    // Twice the resolution: the map camera zooms in up to 2x and the labels should stay sharp.
    const style = { fontFamily: font, fontSize: `${size}px`, color: css(colour), wordWrap: { width }, resolution: 2 };
    const t = zoomableText(this.scene.add.text(x, y, value, style));
    this.world.add(t);
    return t;
  }

  private drawHeadings(): void {
    const titles = new Map(this.model.chapters.map((c, i) => [`chapter-${c.number ?? `x${i}`}`, c]));
    for (const { key, box } of this.layout.headings) {
      const chapter = titles.get(key);
      const kicker = chapter ? (chapter.number === null ? S.map.elsewhere : S.map.chapter(chapter.number)) : S.map.endings;
      const seen = chapter ? chapter.seen : this.model.endings.some((e) => e.found);
      this.text(box.x, box.y, kicker.toUpperCase(), 24, seen ? this.colours.seen : this.colours.muted, box.w);
      if (chapter) this.text(box.x, box.y + 34, chapter.title, 30, this.colours.text, box.w, FONT).setAlpha(seen ? 1 : 0.6);
    }
  }

  private drawEdges(g: Phaser.GameObjects.Graphics): void {
    // Unseen first, so the warm lines of the player's path lie on top where they cross.
    const edges = [...this.model.edges].sort((a, b) => Number(a.seen) - Number(b.seen));
    for (const edge of edges) {
      const a = this.layout.nodes.get(edge.from);
      const b = this.layout.nodes.get(edge.to);
      if (a && b) this.line(g, edgePath(a, b, this.layout.portrait), edge.seen, edge.kind === 'tunnel');
    }
  }

  private line(g: Phaser.GameObjects.Graphics, points: Point[], seen: boolean, thin = false): void {
    const colour = seen ? this.colours.seen : this.colours.unseen;
    g.lineStyle(thin ? 2 : seen ? 5 : 3, colour, seen ? 0.95 : 0.8);
    g.beginPath();
    const [first, ...rest] = points;
    if (first) g.moveTo(first.x, first.y);
    for (const p of rest) g.lineTo(p.x, p.y);
    g.strokePath();
    // An arrowhead at the end, along the last segment.
    const end = points.at(-1);
    const before = points.at(-2);
    if (!end || !before) return;
    const angle = Math.atan2(end.y - before.y, end.x - before.x);
    const wing = (turn: number) => ({ x: end.x - 16 * Math.cos(angle + turn), y: end.y - 16 * Math.sin(angle + turn) });
    const [w1, w2] = [wing(0.45), wing(-0.45)];
    g.fillStyle(colour, seen ? 0.95 : 0.8).fillTriangle(end.x, end.y, w1.x, w1.y, w2.x, w2.y);
  }

  private plate(g: Phaser.GameObjects.Graphics, box: Box, seen: boolean): void {
    g.fillStyle(seen ? this.colours.seenFill : this.colours.unseenFill, 0.96).fillRoundedRect(box.x, box.y, box.w, box.h, 16);
    g.lineStyle(seen ? 3 : 2, seen ? this.colours.seen : this.colours.unseen, 1).strokeRoundedRect(
      box.x,
      box.y,
      box.w,
      box.h,
      16,
    );
  }

  private drawNode(g: Phaser.GameObjects.Graphics, node: MapNode): void {
    const box = this.layout.nodes.get(node.id);
    if (!box) return;
    this.plate(g, box, node.seen);
    this.text(box.x + 20, box.y + 14, node.label, 30, node.seen ? this.colours.text : this.colours.muted, box.w - 40).setAlpha(
      node.seen ? 1 : 0.75,
    );
    this.zone(box, () => this.handlers.onNode(node.id));
    for (const cp of node.choicePoints) {
      const dot = this.layout.points.get(cp.path);
      if (!dot) continue;
      if (cp.seen) g.fillStyle(this.colours.seen, 1).fillCircle(dot.x, dot.y, dot.r);
      else g.lineStyle(3, this.colours.unseen, 1).strokeCircle(dot.x, dot.y, dot.r - 2);
      // A seen choice point with options never taken keeps a dark centre: there is more to find there.
      if (cp.seen && cp.untaken > 0) g.fillStyle(this.colours.seenFill, 1).fillCircle(dot.x, dot.y, dot.r * 0.4);
      // The hit area is the mark's whole cell in its row, a little larger than the mark itself.
      const r = Math.max(dot.r + 5, DOT_STEP / 2);
      this.zone({ x: dot.x - r, y: dot.y - r, w: 2 * r, h: 2 * r }, () => this.handlers.onPoint(cp.path));
    }
  }

  private drawEndings(g: Phaser.GameObjects.Graphics, lines: Phaser.GameObjects.Graphics): void {
    for (const ending of this.model.endings) {
      const box = this.layout.endings.get(ending.id);
      if (!box) continue;
      const from = ending.node ? this.layout.nodes.get(ending.node) : undefined;
      if (from) this.line(lines, edgePath(from, box, this.layout.portrait), ending.found);
      this.plate(g, box, ending.found);
      if (ending.found) this.text(box.x + 20, box.y + 14, ending.title ?? ending.id, 28, this.colours.text, box.w - 40, FONT);
      else this.text(box.x + box.w / 2, box.y + 12, S.map.locked, 48, this.colours.muted, box.w).setOrigin(0.5, 0);
    }
  }

  /** The "you are here" ring: around the choice point on offer, else around the scene or the ending. */
  private drawHere(reducedMotion: boolean): void {
    const here = this.model.here;
    if (!here) return;
    const dot = here.choicePoint ? this.layout.points.get(here.choicePoint) : undefined;
    const box = here.ending ? this.layout.endings.get(here.ending) : here.node ? this.layout.nodes.get(here.node) : undefined;
    if (!dot && !box) return;
    const centre = dot ?? { x: (box?.x ?? 0) + (box?.w ?? 0) / 2, y: (box?.y ?? 0) + (box?.h ?? 0) / 2 };
    const ring = this.scene.add.graphics({ x: centre.x, y: centre.y });
    ring.lineStyle(5, this.colours.here, 1);
    if (dot) ring.strokeCircle(0, 0, dot.r + 12);
    else if (box) ring.strokeRoundedRect(-box.w / 2 - 10, -box.h / 2 - 10, box.w + 20, box.h + 20, 22);
    this.world.add(ring);
    if (reducedMotion) return;
    this.scene.tweens.add({
      targets: ring,
      scale: { from: 1, to: dot ? 1.35 : 1.06 },
      alpha: { from: 1, to: 0.35 },
      duration: 900,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
    });
  }

  private zone(box: Box, onClick: () => void): void {
    const zone = this.scene.add.zone(box.x, box.y, box.w, box.h).setOrigin(0, 0);
    zone.setInteractive({ useHandCursor: true });
    zone.on('pointerup', () => {
      if (!this.handlers.dragging()) onClick();
    });
    this.world.add(zone);
  }

  /** Rings the focused choice point (or scene, when it has none); null clears it. */
  setFocus(node: string | null, point: string | null): void {
    this.focusRing.clear();
    const dot = point ? this.layout.points.get(point) : undefined;
    const box = node ? this.layout.nodes.get(node) : undefined;
    this.focusRing.lineStyle(4, this.colours.focus, 1);
    if (box) this.focusRing.strokeRoundedRect(box.x - 6, box.y - 6, box.w + 12, box.h + 12, 20);
    if (dot) this.focusRing.lineStyle(5, this.colours.focus, 1).strokeCircle(dot.x, dot.y, dot.r + 7);
  }
}
