// The story menu (Esc): an overlay over the paused story.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { rewind, shareUrl } from '../player.ts';
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
    const items: ListItem[] = [
      { label: S.menu.resume, onPress: () => this.resumeStory() },
      { label: S.menu.save, onPress: () => this.scene.start(SceneKey.Slots, { mode: 'save', back: 'menu' }) },
      { label: S.menu.load, onPress: () => this.scene.start(SceneKey.Slots, { mode: 'load', back: 'menu' }) },
      { label: S.menu.history, onPress: () => this.history() },
      { label: S.menu.choicesMade, onPress: () => this.choicePoints() },
      { label: S.menu.map, onPress: () => this.scene.start(SceneKey.Map, { back: 'menu' }) },
      { label: S.menu.rewind, onPress: () => this.rewindOne() },
      { label: S.menu.share, onPress: () => void this.share() },
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
      if (keyBelongsToFocus(event)) return;
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

  /** Every choice point of this run, as buttons: going back to one rewinds to it. */
  private choicePoints(): void {
    const p = sessionSlot.get(this.registry)?.playthrough;
    const points = p?.choicePoints.filter((c) => c.chosen !== null) ?? [];
    const actions = points.map((c) => ({
      label: `${S.goBackTo} “${c.choices.find((o) => o.index === c.chosen)?.text ?? ''}”`,
      onPress: () => void rewind(this, c.turn),
    }));
    const lines = actions.length ? [S.choicePointsIntro(actions.length)] : [S.noChoicesYet];
    this.info({ heading: S.menu.choicesMade, lines, back: 'menu', actions });
  }

  private rewindOne(): void {
    const outcome = rewind(this);
    if (!outcome.ok) this.info({ heading: S.menu.rewind, lines: [outcome.message], back: 'menu' });
  }

  private async share(): Promise<void> {
    const url = shareUrl(this);
    if (!url) return;
    const copied = await services(this).platform.copy(url);
    this.info({ heading: S.share.heading, lines: [copied ? S.share.copied : S.share.notCopied, url], back: 'menu' });
  }

  private resumeStory(): void {
    this.scene.stop();
    this.scene.resume(SceneKey.Story);
  }

  private quit(): void {
    services(this).sound.restore({ music: null, ambience: null });
    this.scene.stop(SceneKey.Story);
    this.scene.start(SceneKey.Title);
  }
}
