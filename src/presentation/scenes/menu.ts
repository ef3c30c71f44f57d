// The story menu (Esc): an overlay over the paused story.
import { fromMirror } from '../../a11y/mirror.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { sessionSlot } from '../session.ts';
import { S } from '../strings.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';
import { drawPanel } from '../widgets/panel.ts';
import type { InfoData } from './info.ts';

export class MenuScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Menu);
  }

  create(): void {
    const { mirror, settings } = services(this);
    const layout = computeLayout(this.scale.width, this.scale.height, settings.get().fontScale);
    const colours = palette(this);
    const panel = drawPanel(this, layout, colours, S.menu.heading);
    const notYet = (what: string) => () => this.info({ heading: what, lines: [S.notYet(what)], back: 'menu' });
    const items: ListItem[] = [
      { label: S.menu.resume, onPress: () => this.resumeStory() },
      { label: S.menu.save, onPress: notYet(S.menu.save) },
      { label: S.menu.load, onPress: notYet(S.menu.load) },
      { label: S.menu.history, onPress: () => this.history() },
      { label: S.menu.map, onPress: notYet(S.menu.map) },
      { label: S.menu.rewind, onPress: notYet(S.menu.rewind) },
      { label: S.menu.settings, onPress: () => this.scene.start(SceneKey.Settings, { back: 'menu' }) },
      { label: S.menu.title, onPress: () => this.quit() },
    ];
    new ButtonList(this, panel.x + 60, panel.contentY - 20, items, {
      width: Math.min(640, panel.width - 120),
      palette: colours,
      fontSize: layout.uiSize,
      gap: 8,
    }).setDepth(62);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (fromMirror(event)) return;
      if (event.key === 'Escape') this.resumeStory();
    });
    mirror.announce(S.menu.heading);
    offer(
      this,
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      S.menu.label,
      true,
    );
  }

  private info(data: InfoData): void {
    this.scene.start(SceneKey.Info, data);
  }

  private history(): void {
    const log = sessionSlot.get(this.registry)?.log ?? [];
    const lines = log.map((l) => (l.choice ? `› ${l.text}` : l.speaker ? `${l.speaker}: ${l.text}` : l.text));
    this.info({ heading: S.history.heading, lines: lines.length ? lines : [S.history.empty], back: 'menu', atEnd: true });
  }

  private resumeStory(): void {
    this.scene.stop();
    this.scene.resume(SceneKey.Story);
  }

  private quit(): void {
    this.scene.stop(SceneKey.Story);
    this.scene.start(SceneKey.Title);
  }
}
