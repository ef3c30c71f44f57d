// The story screen: a thin view over the StoryController (story/controller.ts), which runs the
// session. Input goes to the controller; a resize or a settings change rebuilds the screen from the
// session without telling the mirror the line again. Every listener this scene puts outside itself
// (scale, scene events, sound captions, the mirror's nav) is removed on shutdown.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { CacheKey, SceneKey } from '../keys.ts';
import { computeLayout, type Layout } from '../layout.ts';
import Phaser from '../phaser.ts';
import { loadSlot, rewind, saveToSlot } from '../player.ts';
import { services, textures } from '../services.ts';
import { StorySession, sessionSlot } from '../session.ts';
import { type Opening, StoryController } from '../story/controller.ts';
import { failTo, scenePorts } from '../story/scene-ports.ts';
import { PhaserStoryView } from '../story/story-view.ts';
import { S } from '../strings.ts';
import { HIGH_CONTRAST, NORMAL } from '../theme.ts';
import { ButtonList } from '../widgets/button-list.ts';
import { SoundCaptions } from '../widgets/sound-captions.ts';

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
    this.layout = computeLayout(this.scale.width, this.scale.height, settings.fontScale);
    this.view = new PhaserStoryView(this, this.layout, textures(this), settings.highContrast ? HIGH_CONTRAST : NORMAL, reduced);
    this.showCaptions(reduced);
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
    this.listen();
    this.addMenuButton();
    if (data.notice) {
      svc.mirror.announce(data.notice);
      this.view.toast(data.notice);
    }
    const opening: Opening = fresh ? 'advance' : data.redraw ? 'redraw' : 'resume';
    void controller.open(opening);
  }

  /** Input, resize and the menu's return; what lives outside the scene is let go on shutdown. */
  private listen(): void {
    this.input.on('pointerup', (_: unknown, over: unknown[]) => {
      if (over.length === 0) this.controller.press();
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => this.onKey(event));
    this.scale.on('resize', this.onResize, this);
    this.events.on('resume', this.onResume, this);
    this.events.once('shutdown', () => {
      this.controller.dispose();
      this.scale.off('resize', this.onResize, this);
      this.events.off('resume', this.onResume, this);
      services(this).mirror.setNav([]);
    });
  }

  private showCaptions(reduced: () => boolean): void {
    const captions = services(this).soundCaptions;
    const sound = new SoundCaptions(this, this.layout, reduced);
    const show = (text: string) => sound.show(text);
    captions.add(show);
    this.events.once('shutdown', () => captions.delete(show));
  }

  private settingsKey(): string {
    const { settings } = services(this);
    return JSON.stringify([settings.get(), settings.reducedMotion()]);
  }

  private onResize(size: Phaser.Structs.Size): void {
    if (size.width === this.layout.width && size.height === this.layout.height) return;
    // Under the menu the screen is rebuilt when the menu closes, not beneath it.
    if (this.scene.isPaused()) this.resizedWhilePaused = true;
    else this.scene.restart({ redraw: true });
  }

  /** Back from the menu: settings may have changed (text size, contrast, motion), or the window. */
  private onResume(): void {
    if (this.resizedWhilePaused || this.settingsKey() !== this.drawnWith) this.scene.restart({ redraw: true });
    else this.controller.reoffer();
  }

  private onKey(event: KeyboardEvent): void {
    if (keyBelongsToFocus(event)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === ' ' || key === 'Enter') this.controller.press();
    else if (key === 'Escape' || key === 'm') this.openMenu();
    else if (key === 'Backspace' || key === 'r') this.rewindOne();
    else if (key === 'F5' || key === 'q') void this.quickSave();
    else if (key === 'F9' || key === 'l') this.report(loadSlot(this, 'quick'));
  }

  private rewindOne(): void {
    if (this.controller.settled) this.report(rewind(this));
  }

  private async quickSave(): Promise<void> {
    if (!this.controller.settled) return;
    const outcome = await saveToSlot(this, 'quick');
    const message = outcome.ok ? S.quickSaved : outcome.message;
    this.view.toast(message);
    services(this).mirror.announce(message);
  }

  private report(outcome: { ok: boolean; message: string }): void {
    if (!outcome.ok) this.view.toast(outcome.message);
  }

  private addMenuButton(): void {
    const { width, margin, portrait, uiSize, touchTarget } = this.layout;
    const w = portrait ? 240 : 180;
    const items = [{ label: S.menu.heading, onPress: () => this.openMenu() }];
    new ButtonList(this, width - margin - w, portrait ? 40 : 30, items, {
      width: w,
      fontSize: uiSize * 0.85,
      align: 'center',
      keys: false,
      minHeight: touchTarget,
    }).setDepth(40);
    services(this).mirror.setNav([
      { label: S.menu.heading, onChoose: () => this.openMenu() },
      { label: S.menu.rewind, onChoose: () => this.rewindOne() },
    ]);
  }

  /** The menu opens at any time but the end, even while the screen waits for art. */
  private openMenu(): void {
    if (this.controller.screen.kind === 'end' || !this.scene.isActive()) return;
    this.scene.pause();
    this.scene.launch(SceneKey.Menu);
  }
}
