// The branch map: the story's chapters, scenes, choice points and endings as a graph, what this
// player has seen shaded, "you are here" ringed, zoom and pan, and "Replay from here" on any seen
// choice point. Over the paused story (back: 'menu') it is an overlay; from the title a full screen.
// The same data is offered as a list in the DOM mirror for keyboard and screen-reader users.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { branchGraphOf, EMPTY_PROGRESS, type Progress } from '../../engine/index.ts';
import { CacheKey, SceneKey } from '../keys.ts';
import { MapCamera } from '../map/map-camera.ts';
import { type Focus, findFocus, MapDetail } from '../map/map-detail.ts';
import { drawFrame } from '../map/map-frame.ts';
import { layoutMap, NODE_W } from '../map/map-layout.ts';
import { mapListView } from '../map/map-list.ts';
import { buildMapModel, type MapModel } from '../map/map-model.ts';
import { MapView, mapColours } from '../map/map-view.ts';
import { offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import Phaser from '../phaser.ts';
import { replayFromMap } from '../play/links.ts';
import { readRoutes } from '../play/routes.ts';
import { openScreen } from '../screen-frame.ts';
import { services } from '../services.ts';
import { sessionSlot } from '../session.ts';
import { S } from '../strings.ts';
import { viewOf } from '../view.ts';

export interface MapData {
  back: Return;
}

export class MapScene extends Phaser.Scene {
  private model!: MapModel;
  private view!: MapView;
  private cam!: MapCamera;
  private detail!: MapDetail;
  private focus: Focus | null = null;
  /** Place in the Tab order (seen choice points); -1 before the first Tab, so Tab starts at the top. */
  private tabAt = -1;
  /** What create() was given and the size it laid out for: a resize rebuilds with the same data. */
  private opened: { data: MapData; width: number; height: number; zoom: number } | null = null;

  constructor() {
    super(SceneKey.Map);
  }

  create(data: MapData): void {
    const svc = services(this);
    const overlay = isOverlay(data.back);
    const { layout, colours } = openScreen(this, { overlay });
    this.focus = null;
    this.tabAt = -1;

    const playthrough = overlay ? (sessionSlot.get(this.registry)?.playthrough ?? null) : null;
    const loaded = svc.progress.load();
    const progress: Progress = loaded.ok ? loaded.value : EMPTY_PROGRESS;
    const routes = readRoutes(svc.store);
    const graph = branchGraphOf(this.cache.text.get(CacheKey.story) as string);
    this.model = buildMapModel({ graph, progress, playthrough, routes });
    const replayFrom = (code: string) => void replayFromMap(this, code);

    const f = drawFrame(this, layout, colours, overlay, {
      zoomIn: () => this.cam.zoomBy(1.25),
      zoomOut: () => this.cam.zoomBy(1 / 1.25),
      fit: () => this.cam.fit(),
    });
    const leave = () => goBack(this, data.back);
    this.detail = new MapDetail(this, f.detail, colours, Math.round(layout.uiSize * 0.85), replayFrom, leave, layout.portrait);

    const world = layoutMap(this.model, layout.portrait, f.map);
    const reduced = svc.settings.reducedMotion();
    const handlers = {
      onNode: (id: string) => this.pickNode(id),
      onPoint: (p: string) => this.pickPoint(p),
      dragging: () => this.cam.dragged,
    };
    this.view = new MapView(this, this.model, world, mapColours(colours, svc.settings.get().highContrast), handlers, reduced);
    this.cam = new MapCamera(this, f.map, world);
    this.cameras.main.ignore(this.view.world);
    this.startView(layout.portrait);
    this.bindInput(leave, replayFrom);
    this.opened = { data, width: layout.width, height: layout.height, zoom: viewOf(this).zoom };
    this.scale.on('resize', this.onResize, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.onResize, this));

    const list = mapListView(this.model, true);
    svc.mirror.announce(S.map.announce);
    offer(
      this,
      [{ label: S.back, onChoose: leave }, ...list.replays.map((r) => ({ label: r.label, onChoose: () => replayFrom(r.route) }))],
      S.map.listLabel,
      true,
      list.body,
    );
  }

  private onResize(): void {
    const opened = this.opened;
    const view = viewOf(this);
    if (opened && (view.width !== opened.width || view.height !== opened.height || view.zoom !== opened.zoom))
      this.scene.restart(opened.data);
  }

  /**
   * Opens on "you are here" at a readable zoom. From the title: in landscape the whole map (it reads
   * as an overview there); in portrait, where the whole map is a thin strip, the furthest scene seen.
   */
  private startView(portrait: boolean): void {
    const { here } = this.model;
    const { layout } = this.view;
    if (here?.node) this.setFocus({ node: here.node, point: here.choicePoint }, false);
    else this.setFocus(null, false);
    // Opening on "you are here" is not a Tab stop: the first Tab starts at the first choice point.
    this.tabAt = -1;
    // In portrait a whole line of three scenes across; in landscape about three chapters.
    const readable = portrait ? this.cam.viewport.width / (NODE_W * 3 + 240) : 0.75;
    const nodes = this.model.chapters.flatMap((c) => c.nodes);
    const furthest = nodes.filter((n) => n.seen).at(-1) ?? nodes[0];
    const box = here
      ? here.ending
        ? layout.endings.get(here.ending)
        : layout.nodes.get(here.node ?? '')
      : portrait && furthest
        ? layout.nodes.get(furthest.id)
        : undefined;
    if (box) this.cam.focus(box, readable, portrait);
    else this.cam.fit();
  }

  private bindInput(leave: () => void, replayFrom: (code: string) => void): void {
    this.cam.bindPointer(this.input);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (keyBelongsToFocus(event)) return;
      this.onKey(event, leave, replayFrom);
    });
  }

  private onKey(event: KeyboardEvent, leave: () => void, replayFrom: (code: string) => void): void {
    const step = 160;
    const key = event.key;
    if (key === 'Escape' || key === 'Backspace') leave();
    else if (key === '+' || key === '=') this.cam.zoomBy(1.25);
    else if (key === '-' || key === '_') this.cam.zoomBy(1 / 1.25);
    else if (key === '0') this.cam.fit();
    else if (key === 'ArrowLeft') this.cam.panBy(step, 0);
    else if (key === 'ArrowRight') this.cam.panBy(-step, 0);
    else if (key === 'ArrowUp') this.cam.panBy(0, step);
    else if (key === 'ArrowDown') this.cam.panBy(0, -step);
    else if (key === 'Tab') {
      // Past the last seen choice point Tab is let through, so focus moves on into the page (the list view).
      if (this.cycle(event.shiftKey ? -1 : 1)) event.preventDefault();
    } else if (key === 'Enter' && this.detail.route) replayFrom(this.detail.route);
    else if (/^[1-9]$/.test(key)) this.pickNumber(Number(key) - 1);
  }

  private seenPoints() {
    return this.model.chapters.flatMap((c) => c.nodes.flatMap((n) => n.choicePoints.filter((cp) => cp.seen)));
  }

  /**
   * Tab order: the seen choice points in story order, then on into the page (the list view), as if
   * they were the page's first focusable elements. False when it runs off either end.
   */
  private cycle(direction: 1 | -1): boolean {
    const seen = this.seenPoints();
    const next = this.tabAt < 0 ? (direction > 0 ? 0 : seen.length - 1) : this.tabAt + direction;
    const cp = seen[next];
    this.tabAt = cp ? next : -1;
    if (!cp) return false;
    this.setFocus({ node: cp.node, point: cp.path }, true);
    return true;
  }

  /** Number keys: the Nth choice point of the focused scene. */
  private pickNumber(index: number): void {
    const found = findFocus(this.model, this.focus);
    const cp = found?.node.choicePoints[index];
    if (cp) this.setFocus({ node: cp.node, point: cp.path }, true);
  }

  /**
   * A click on a scene picks its first seen choice point; another click on the same scene, the next
   * one (so on a phone the small marks need not be hit exactly).
   */
  private pickNode(id: string): void {
    const points = findFocus(this.model, { node: id, point: null })?.node.choicePoints ?? [];
    const at = this.focus?.node === id ? points.findIndex((cp) => cp.path === this.focus?.point) : -1;
    const next = at >= 0 ? points[(at + 1) % points.length] : (points.find((cp) => cp.seen) ?? points[0]);
    this.setFocus({ node: id, point: next?.path ?? null }, false);
  }

  private pickPoint(path: string): void {
    const cp = this.model.chapters.flatMap((c) => c.nodes.flatMap((n) => n.choicePoints)).find((p) => p.path === path);
    if (cp) this.setFocus({ node: cp.node, point: cp.path }, false);
  }

  private setFocus(focus: Focus | null, reveal: boolean): void {
    this.focus = focus;
    // A click or a number key moves the Tab position too, so Tab goes on from what was picked.
    const at = this.seenPoints().findIndex((cp) => cp.path === focus?.point);
    if (at >= 0) this.tabAt = at;
    this.view.setFocus(focus?.node ?? null, focus?.point ?? null);
    this.detail.show(this.model, findFocus(this.model, focus));
    const box = focus ? this.view.layout.nodes.get(focus.node) : undefined;
    if (reveal && box) this.cam.reveal(box);
    // The side panel's objects are new: the map camera shows only the world container.
    this.cam.camera.ignore(this.children.list.filter((o) => o !== this.view.world));
  }
}
