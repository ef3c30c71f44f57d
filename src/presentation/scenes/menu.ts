// The story menu (Esc): an overlay over the paused story. Opening it keeps a picture of the story
// as it was (story-picture.ts) for the saves made from here.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { goTo } from '../go-to.ts';
import { SceneKey } from '../keys.ts';
import { asChoices, offer } from '../mirror-offer.ts';
import Phaser from '../phaser.ts';
import { shareUrl } from '../play/links.ts';
import { jumpBack, rewind } from '../play/rewind.ts';
import { openPanel } from '../screen-frame.ts';
import { services } from '../services.ts';
import { sessionSlot } from '../session.ts';
import { forgetStoryPicture, takeStoryPicture } from '../story-picture.ts';
import { S } from '../strings.ts';
import type { ListItem } from '../widgets/button-list.ts';
import { ScrollList, type ScrollRow } from '../widgets/scroll-list.ts';
import type { InfoData } from './info.ts';

export class MenuScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Menu);
  }

  create(): void {
    takeStoryPicture(this);
    // Always over the paused story.
    const { layout, colours, panel } = openPanel(this, S.menu.heading, { overlay: true });
    const items: ListItem[] = [
      { label: S.menu.resume, onPress: () => this.resumeStory() },
      { label: S.menu.save, onPress: () => goTo(this, SceneKey.Slots, { mode: 'save', back: 'menu' }) },
      { label: S.menu.load, onPress: () => goTo(this, SceneKey.Slots, { mode: 'load', back: 'menu' }) },
      { label: S.menu.history, onPress: () => this.history() },
      { label: S.menu.choicesMade, onPress: () => this.choicePoints() },
      { label: S.menu.map, onPress: () => goTo(this, SceneKey.Map, { back: 'menu' }) },
      { label: S.menu.rewind, onPress: () => this.rewindOne() },
      { label: S.menu.share, onPress: () => void this.share() },
      { label: S.menu.settings, onPress: () => goTo(this, SceneKey.Settings, { back: 'menu' }) },
      { label: S.menu.title, onPress: () => this.quit() },
    ];
    // As wide as its longest item needs at this text size, like the panel around it.
    const width = Math.min(Math.round(720 * Math.max(1, layout.fontScale)), panel.body.width);
    new ScrollList(
      this,
      { ...panel.body, width },
      items.map((i) => ({ text: i.label, onPress: i.onPress })),
      { palette: colours, fontSize: layout.uiSize, gap: 8, digits: true },
    );
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (keyBelongsToFocus(event)) return;
      if (event.key === 'Escape') this.resumeStory();
    });
    services(this).mirror.announce(S.menu.heading);
    offer(this, asChoices(items), S.menu.label, true);
  }

  private info(data: InfoData): void {
    goTo(this, SceneKey.Info, data);
  }

  /** Each line once, speakers apart; any line jumps back to the choice point before it. */
  private history(): void {
    const session = sessionSlot.get(this.registry);
    session?.playthrough.settle(); // after a quick load, the whole history (normally done already)
    const log = session?.log ?? [];
    const rows: ScrollRow[] = log.map((l) => {
      const jump = () => void jumpBack(this, l.turn);
      const text = l.choice ? `› ${l.text}` : l.text;
      return {
        text,
        speaker: l.speaker,
        tone: l.choice ? 'accent' : 'text',
        onPress: jump,
        quiet: true,
        label: S.history.jump(text),
      };
    });
    const lines = log.map((l) => (l.choice ? `› ${l.text}` : l.speaker ? `${l.speaker}: ${l.text}` : l.text));
    if (rows.length === 0) this.info({ heading: S.history.heading, lines: [S.history.empty], back: 'menu' });
    else
      this.info({
        heading: S.history.heading,
        lines: [S.history.hint, ...lines],
        rows: [{ text: S.history.hint, tone: 'muted' }, ...rows],
        back: 'menu',
        atEnd: true,
      });
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
    this.info({ heading: S.menu.choicesMade, lines, back: 'menu', actions, atEnd: actions.length > 0 });
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
    forgetStoryPicture(this.registry);
    this.scene.stop();
    this.scene.resume(SceneKey.Story);
  }

  private quit(): void {
    forgetStoryPicture(this.registry);
    services(this).sound.restore({ music: null, ambience: null });
    this.scene.stop(SceneKey.Story);
    goTo(this, SceneKey.Title);
  }
}
