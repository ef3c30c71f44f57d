// The story screen: runs the session beat by beat through the stage, the text box and the choices.
// A resize rebuilds the scene from the session (stage state + current beat) without losing the place.

import { keyBelongsToFocus, MirrorLabel } from '../../a11y/mirror.ts';
import type { Beat } from '../../engine/index.ts';
import { ENDINGS, StoryError } from '../../engine/index.ts';
import { CacheKey, SceneKey } from '../keys.ts';
import { computeLayout, type Layout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import Phaser from '../phaser.ts';
import { loadSlot, recordProgress, rewind, saveToSlot } from '../player.ts';
import { ReadLines } from '../read-lines.ts';
import { services, textures } from '../services.ts';
import { StorySession, sessionSlot } from '../session.ts';
import { Stage } from '../stage/stage.ts';
import { S } from '../strings.ts';
import { Colour, css, FONT, HIGH_CONTRAST, NORMAL } from '../theme.ts';
import { ButtonList } from '../widgets/button-list.ts';
import { SoundCaptions } from '../widgets/sound-captions.ts';
import { TextBox } from '../widgets/text-box.ts';

type Waiting = 'busy' | 'line' | 'choice' | 'end';

export interface StoryData {
  /** Start a new playthrough (otherwise resume the current one). */
  fresh?: boolean;
  /** Something to tell the player on arrival (a save rebuilt on a changed story, say). */
  notice?: string;
}

export class StoryScene extends Phaser.Scene {
  private session!: StorySession;
  private layout!: Layout;
  private stage!: Stage;
  private box!: TextBox;
  private choices: ButtonList | null = null;
  private choiceVeil: Phaser.GameObjects.Rectangle | null = null;
  private waiting: Waiting = 'busy';

  constructor() {
    super(SceneKey.Story);
  }

  create(data: StoryData = {}): void {
    const svc = services(this);
    const settings = svc.settings.get();
    this.layout = computeLayout(this.scale.width, this.scale.height, settings.fontScale);
    const reduced = () => svc.settings.reducedMotion();
    this.stage = new Stage(this, textures(this), this.layout, reduced);
    // Sound captions on screen while this screen is up (main.ts sends them only when the setting is on).
    const captions = new SoundCaptions(this, this.layout, reduced);
    const showCaption = (text: string) => captions.show(text);
    svc.soundCaptions.add(showCaption);
    this.events.once('shutdown', () => svc.soundCaptions.delete(showCaption));
    this.box = new TextBox(this, this.layout, settings.highContrast ? HIGH_CONTRAST : NORMAL);
    this.box.setVisible(false);
    this.choices = null;
    this.waiting = 'busy';

    let session = sessionSlot.get(this.registry);
    if (data.fresh || !session) {
      try {
        session = StorySession.start(this.cache.text.get(CacheKey.story) as string);
      } catch (e) {
        this.fail(e);
        return;
      }
      sessionSlot.set(this.registry, session);
      svc.mirror.clearLog();
      svc.mirror.announce('The story begins.');
    }
    this.session = session;

    this.input.on('pointerup', (_: unknown, over: unknown[]) => {
      if (over.length === 0) this.onAdvanceInput();
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => this.onKey(event));
    this.scale.on('resize', this.onResize, this);
    // Settings may have changed while the menu was open: rebuild from the session.
    this.events.on('resume', () => this.scene.restart({}));
    this.events.once('shutdown', () => this.scale.off('resize', this.onResize, this));

    this.addMenuButton();
    if (data.notice) {
      svc.mirror.announce(data.notice);
      this.stage.cards.toast(data.notice);
    }
    const resume = session.current;
    if (resume) void this.resume(resume);
    else void this.advance();
  }

  private onResize(size: Phaser.Structs.Size): void {
    if (size.width !== this.layout.width || size.height !== this.layout.height) this.scene.restart({});
  }

  private onKey(event: KeyboardEvent): void {
    if (keyBelongsToFocus(event)) return;
    if (event.key === ' ' || event.key === 'Enter') this.onAdvanceInput();
    else if (event.key === 'Escape' || event.key === 'm' || event.key === 'M') this.openMenu();
    else if (event.key === 'Backspace' || event.key === 'r' || event.key === 'R') this.rewindOne();
    else if (event.key === 'F5' || event.key === 'q' || event.key === 'Q') void this.quickSave();
    else if (event.key === 'F9' || event.key === 'l' || event.key === 'L') this.quickLoad();
  }

  private rewindOne(): void {
    if (this.waiting === 'busy') return;
    const outcome = rewind(this);
    if (!outcome.ok) this.stage.cards.toast(outcome.message);
  }

  private async quickSave(): Promise<void> {
    if (this.waiting === 'busy') return;
    const outcome = await saveToSlot(this, 'quick');
    const message = outcome.ok ? S.quickSaved : outcome.message;
    this.stage.cards.toast(message);
    services(this).mirror.announce(message);
  }

  private quickLoad(): void {
    const outcome = loadSlot(this, 'quick');
    if (!outcome.ok) this.stage.cards.toast(outcome.message);
  }

  private addMenuButton(): void {
    const { width, margin, portrait } = this.layout;
    const w = portrait ? 220 : 180;
    new ButtonList(this, width - margin - w, portrait ? 40 : 30, [{ label: S.menu.heading, onPress: () => this.openMenu() }], {
      width: w,
      fontSize: this.layout.uiSize * 0.85,
      align: 'center',
      keys: false,
    }).setDepth(40);
    services(this).mirror.setNav([
      { label: S.menu.heading, onChoose: () => this.openMenu() },
      { label: S.menu.rewind, onChoose: () => this.rewindOne() },
    ]);
    this.events.once('shutdown', () => services(this).mirror.setNav([]));
  }

  private openMenu(): void {
    if (this.waiting === 'busy' || this.waiting === 'end') return;
    this.scene.pause();
    this.scene.launch(SceneKey.Menu);
  }

  private onAdvanceInput(): void {
    if (this.stage.cards.showingChapter) {
      this.stage.cards.skipChapter();
      return;
    }
    if (this.box.revealing) this.box.complete();
    else if (this.waiting === 'line') void this.advance();
  }

  /**
   * The mirror's Continue: one press always reads on. A screen-reader user cannot see the typewriter
   * or a chapter card, so finishing them must not cost a silent press of its own.
   */
  private readOn(): void {
    if (this.stage.cards.showingChapter) this.stage.cards.skipChapter();
    if (this.box.revealing) this.box.complete();
    if (this.waiting === 'line') void this.advance();
  }

  /** Draws the session's state as it stands (after a resize, a load or a rewind). */
  private async resume(beat: Beat): Promise<void> {
    // The mirror repeats where we are, so a screen-reader user hears the same line after a load.
    const last = this.session.log.at(-1);
    if (beat.kind === 'line') services(this).mirror.line(beat.text, beat.speaker);
    else if (last && !last.choice) services(this).mirror.line(last.text, last.speaker);
    const stage = this.stage;
    await this.stage.restore(this.session.stage);
    if (!this.isCurrent(stage)) return; // rebuilt again meanwhile: the newer build resumes
    services(this).sound.restore(this.session.stage);
    await this.show(beat, false);
  }

  private async advance(): Promise<void> {
    this.waiting = 'busy';
    // While a transition or a chapter card runs, the mirror's one button skips it.
    offer(this, [{ label: MirrorLabel.continue, onChoose: () => this.readOn() }], MirrorLabel.continue);
    let beat: Beat;
    try {
      beat = this.session.advance();
    } catch (e) {
      this.fail(e);
      return;
    }
    // A resize mid-transition rebuilds this scene (same object, new stage) and resumes from the
    // session: the old build's remaining commands and its show() must then not run.
    const stage = this.stage;
    for (const command of beat.commands) {
      services(this).sound.apply(command);
      await this.stage.apply(command);
      if (!this.isCurrent(stage)) return;
      if (command.kind === 'exhibit') this.stage.cards.toast(`Exhibit kept: ${command.id.replaceAll('_', ' ')}`);
      if (command.kind === 'memory') this.stage.cards.toast(`Memory kept: ${command.id.replaceAll('_', ' ')}`);
      if (command.kind === 'chapter')
        services(this).mirror.heading(`${command.number === 0 ? 'Prologue' : `Chapter ${command.number}`}: ${command.title}`);
      if (command.kind === 'card') services(this).mirror.line(command.text);
    }
    if (!this.isCurrent(stage)) return;
    await this.show(beat, true);
  }

  /**
   * False once the build of this screen that made `stage` is gone: stopped, or rebuilt (a resize
   * restarts the scene with a new stage). A beat with no commands arrives while the scene is still
   * being created, which counts as current.
   */
  private isCurrent(stage: Stage): boolean {
    const status = this.sys.settings.status;
    return this.stage === stage && (status === Phaser.Scenes.RUNNING || status === Phaser.Scenes.CREATING);
  }

  private async show(beat: Beat, fresh: boolean): Promise<void> {
    const { mirror, settings } = services(this);
    if (beat.kind === 'line') {
      if (fresh) mirror.line(beat.text, beat.speaker);
      offer(this, [{ label: MirrorLabel.continue, onChoose: () => this.readOn() }], MirrorLabel.continue);
      this.waiting = 'line';
      const speed = settings.reducedMotion() || !fresh ? 0 : settings.get().textSpeed;
      const readKey = ReadLines.key(this.session.playthrough.history.at(-1)?.node ?? null, beat.text);
      const alreadyRead = services(this).readLines.has(readKey);
      services(this).readLines.add(readKey);
      if (fresh && alreadyRead && settings.get().skipRead) {
        await this.box.show(beat.text, beat.speaker, 0);
        this.time.delayedCall(90, () => {
          if (this.session.current === beat && this.waiting === 'line' && !this.scene.isPaused()) void this.advance();
        });
        return;
      }
      await this.box.show(beat.text, beat.speaker, speed);
      this.scheduleAutoAdvance(beat);
    } else if (beat.kind === 'choices') {
      this.waiting = 'choice';
      if (fresh) {
        // Each choice point: the autosave and the progress book (seen nodes, for the map and gallery).
        void saveToSlot(this, 'auto');
        recordProgress(this);
      }
      const last = this.session.log.at(-1);
      if (last && !last.choice) {
        void this.box.show(last.text, last.speaker, 0);
        this.box.setHint(false);
      }
      const items = beat.choices.map((c) => ({ label: c.text, onPress: () => this.choose(c.index) }));
      // A veil over the stage (not the text box) so the choices read clearly over any painting.
      this.choiceVeil = this.add.rectangle(0, 0, this.layout.width, this.layout.textBox.y, 0x05070d, 0.45).setOrigin(0);
      this.choices = new ButtonList(this, (this.layout.width - this.layout.choicesWidth) / 2, this.layout.choicesBottom, items, {
        width: this.layout.choicesWidth,
        fontSize: this.layout.uiSize,
        numbered: true,
        gap: 12,
        anchor: 'bottom',
      });
      offer(
        this,
        items.map((i) => ({ label: i.label, onChoose: i.onPress })),
        MirrorLabel.choices,
      );
    } else {
      this.showEnd();
    }
  }

  /** Auto-advance: after the line is fully shown and the chosen pause, read on (if still on it). */
  private scheduleAutoAdvance(beat: Beat): void {
    const { autoAdvance, autoDelay } = services(this).settings.get();
    if (!autoAdvance) return;
    this.time.delayedCall(autoDelay, () => {
      if (this.session.current === beat && this.waiting === 'line' && !this.scene.isPaused()) void this.advance();
    });
  }

  private choose(index: number): void {
    if (this.waiting !== 'choice') return;
    this.choices?.destroy();
    this.choices = null;
    this.choiceVeil?.destroy();
    this.choiceVeil = null;
    try {
      this.session.choose(index);
    } catch (e) {
      this.fail(e);
      return;
    }
    void this.advance();
  }

  private showEnd(): void {
    this.waiting = 'end';
    recordProgress(this);
    this.box.setVisible(false);
    const { width, height, margin } = this.layout;
    const ending = ENDINGS.find((e) => e.id === this.session.stage.ending);
    this.add.rectangle(0, 0, width, height, 0x05070d, 0.6).setOrigin(0).setDepth(50);
    this.add
      .text(width / 2, height * 0.28, S.end.heading, { fontFamily: FONT, fontSize: '96px', color: css(Colour.paper) })
      .setOrigin(0.5)
      .setDepth(51);
    if (ending) {
      this.add
        .text(width / 2, height * 0.38, `${ending.title}\n${ending.summary}`, {
          fontFamily: FONT,
          fontSize: `${this.layout.textSize}px`,
          color: css(Colour.yellow),
          align: 'center',
          wordWrap: { width: width - 2 * margin },
        })
        .setOrigin(0.5, 0)
        .setDepth(51);
    }
    const items = [
      { label: S.end.again, onPress: () => this.scene.start(SceneKey.ContentNote) },
      { label: S.end.toTitle, onPress: () => this.backToTitle() },
    ];
    new ButtonList(this, (width - 560) / 2, height * 0.58, items, { width: 560, fontSize: this.layout.uiSize }).setDepth(52);
    const { mirror } = services(this);
    mirror.line(ending ? `The End. ${ending.title}: ${ending.summary}` : 'The End.');
    offer(
      this,
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      MirrorLabel.end,
    );
  }

  private backToTitle(): void {
    sessionSlot.clear(this.registry);
    this.scene.start(SceneKey.Title);
  }

  private fail(e: unknown): void {
    const message = e instanceof StoryError ? e.message : `Unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    this.scene.start(SceneKey.Error, { message });
  }
}
