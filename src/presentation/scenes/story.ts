// The story screen: a thin view over the StoryController (story/controller.ts), which runs the
// session. Input goes to the controller; a resize or a settings change rebuilds the screen from the
// session without telling the mirror the line again. Every listener this scene puts outside itself
// (scale, scene events, sound captions, the mirror's nav) is removed on shutdown.
import { CacheKey, SceneKey } from '../keys.ts';
import { computeLayout, type Layout } from '../layout.ts';
import Phaser from '../phaser.ts';
import { services, textures } from '../services.ts';
import { StorySession, sessionSlot } from '../session.ts';
import { type Opening, StoryController } from '../story/controller.ts';
import { failTo, scenePorts } from '../story/scene-ports.ts';
import { StoryActions } from '../story/story-actions.ts';
import { PhaserStoryView } from '../story/story-view.ts';
import { S } from '../strings.ts';
import { HIGH_CONTRAST, NORMAL } from '../theme.ts';
import { designSize, viewOf } from '../view.ts';

export interface StoryData {
  /** Start a new playthrough (otherwise resume the current one). */
  fresh?: boolean;
  /** Something to tell the player on arrival (a save rebuilt on a changed story, say). */
  notice?: string;
  /** The same place drawn again (a resize, a settings change): the mirror is not told the line again. */
  redraw?: boolean;
}

/** Registry key of the number of times this screen was built (tests read it to catch restart storms). */
export const BUILDS_KEY = 'room7-story-builds';

export class StoryScene extends Phaser.Scene {
  private layout!: Layout;
  /** Canvas pixels per design unit this build drew at (its art is rasterised for it). */
  private zoom = 1;
  private view!: PhaserStoryView;
  private controller!: StoryController;
  /** The settings this build was drawn with: the screen is rebuilt after the menu only if they changed. */
  private drawnWith = '';
  private resizedWhilePaused = false;

  constructor() {
    super(SceneKey.Story);
  }

  create(data: StoryData = {}): void {
    const svc = services(this);
    this.registry.set(BUILDS_KEY, ((this.registry.get(BUILDS_KEY) as number | undefined) ?? 0) + 1);
    this.drawnWith = this.settingsKey();
    this.resizedWhilePaused = false;
    const settings = svc.settings.get();
    const reduced = () => svc.settings.reducedMotion();
    this.layout = computeLayout(...designSize(this), settings.fontScale);
    this.zoom = viewOf(this).zoom;
    this.view = new PhaserStoryView(this, this.layout, textures(this), settings.highContrast ? HIGH_CONTRAST : NORMAL, reduced);
    let session = sessionSlot.get(this.registry);
    const fresh = data.fresh || !session;
    if (fresh || !session) {
      try {
        session = StorySession.start(this.cache.text.get(CacheKey.story) as string);
      } catch (e) {
        failTo(this, e);
        return;
      }
      sessionSlot.set(this.registry, session);
      svc.mirror.clearLog();
      svc.mirror.announce(S.story.begins);
    }
    // Counted by the soak test (tests/browser/soak.test.ts): how often the story screen is built.
    performance.mark('room7:story-built');
    const controller = new StoryController(session, scenePorts(this, this.view));
    this.controller = controller;
    const actions = new StoryActions(this, controller, this.view, this.layout);
    actions.showCaptions(reduced);
    actions.addMenuButton();
    this.listen(actions);
    if (data.notice) {
      svc.mirror.announce(data.notice);
      this.view.toast(data.notice);
    }
    const opening: Opening = fresh ? 'advance' : data.redraw ? 'redraw' : 'resume';
    void controller.open(opening);
  }

  /** Input, resize and the menu's return; what lives outside the scene is let go on shutdown. */
  private listen(actions: StoryActions): void {
    this.input.on('pointerup', (_: unknown, over: unknown[]) => {
      if (over.length === 0) this.controller.press();
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => actions.onKey(event));
    this.scale.on('resize', this.onResize, this);
    this.events.on('resume', this.onResume, this);
    this.events.once('shutdown', () => {
      this.controller.dispose();
      this.scale.off('resize', this.onResize, this);
      this.events.off('resume', this.onResume, this);
    });
  }

  private settingsKey(): string {
    const { settings } = services(this);
    return JSON.stringify([settings.get(), settings.reducedMotion()]);
  }

  private onResize(): void {
    const view = viewOf(this);
    if (view.width === this.layout.width && view.height === this.layout.height && view.zoom === this.zoom) return;
    // Under the menu the screen is rebuilt when the menu closes, not beneath it.
    if (this.scene.isPaused()) this.resizedWhilePaused = true;
    else this.scene.restart({ redraw: true });
  }

  /** Back from the menu: settings may have changed (text size, contrast, motion), or the window. */
  private onResume(): void {
    if (this.resizedWhilePaused || this.settingsKey() !== this.drawnWith) this.scene.restart({ redraw: true });
    else this.controller.reoffer();
  }
}
