// What the player does on the story screen besides reading: the keys, the Menu button and the
// mirror's nav, rewind, quick save and quick load, and the sound captions shown while it is up.
import type Phaser from 'phaser';
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { launch } from '../go-to.ts';
import { SceneKey } from '../keys.ts';
import type { Layout } from '../layout.ts';
import { rewind } from '../play/rewind.ts';
import { loadSlot, saveToSlot } from '../play/saves.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { ButtonList } from '../widgets/button-list.ts';
import { SoundCaptions } from '../widgets/sound-captions.ts';
import type { StoryController } from './controller.ts';
import type { StoryView } from './ports.ts';

export class StoryActions {
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly controller: StoryController,
    private readonly view: StoryView,
    private readonly layout: Layout,
  ) {}

  onKey(event: KeyboardEvent): void {
    if (keyBelongsToFocus(event)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === ' ' || key === 'Enter') this.controller.press();
    else if (key === 'Escape' || key === 'm') this.openMenu();
    else if (key === 'Backspace' || key === 'r') this.rewindOne();
    else if (key === 'F5' || key === 'q') void this.quickSave();
    else if (key === 'F9' || key === 'l') this.report(loadSlot(this.scene, 'quick'));
  }

  /** The menu opens at any time but the end, even while the screen waits for art. */
  openMenu(): void {
    if (this.controller.screen.kind === 'end' || !this.scene.scene.isActive()) return;
    this.scene.scene.pause();
    launch(this.scene, SceneKey.Menu);
  }

  /** The Menu button on the canvas, and Menu and Rewind in the mirror's nav (emptied when the scene shuts down). */
  addMenuButton(): void {
    const { width, margin, portrait, uiSize, touchTarget } = this.layout;
    const w = portrait ? 240 : 180;
    const items = [{ label: S.menu.heading, onPress: () => this.openMenu() }];
    new ButtonList(this.scene, width - margin - w, portrait ? 40 : 30, items, {
      width: w,
      fontSize: uiSize * 0.85,
      align: 'center',
      keys: false,
      minHeight: touchTarget,
    }).setDepth(40);
    const { mirror } = services(this.scene);
    mirror.setNav([
      { label: S.menu.heading, onChoose: () => this.openMenu() },
      { label: S.menu.rewind, onChoose: () => this.rewindOne() },
    ]);
    this.scene.events.once('shutdown', () => mirror.setNav([]));
  }

  /** Sound captions on screen while this screen is up (main.ts sends them only when the setting is on). */
  showCaptions(reduced: () => boolean): void {
    const captions = services(this.scene).soundCaptions;
    const sound = new SoundCaptions(this.scene, this.layout, reduced);
    const show = (text: string) => sound.show(text);
    captions.add(show);
    this.scene.events.once('shutdown', () => captions.delete(show));
  }

  private rewindOne(): void {
    if (this.controller.settled) this.report(rewind(this.scene));
  }

  private async quickSave(): Promise<void> {
    if (!this.controller.settled) return;
    const outcome = await saveToSlot(this.scene, 'quick');
    const message = outcome.ok ? S.quickSaved : outcome.message;
    this.view.toast(message);
    services(this.scene).mirror.announce(message);
  }

  private report(outcome: { ok: boolean; message: string }): void {
    if (!outcome.ok) this.view.toast(outcome.message);
  }
}
