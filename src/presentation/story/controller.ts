// The story screen's brain, with no Phaser in it: it runs the session beat by beat and tells the
// view, the sound and the mirror what to do. The scene (scenes/story.ts) is a thin view over it; a
// resize or a settings change builds a new scene and a new controller from the same session.
// States: busy (a transition or chapter card runs) -> revealing page N of M -> line shown (page N
// of M) -> ... -> choices or the end. The mirror gets each line whole, once; the box pages it.
import { type Beat, type Command, ENDINGS } from '../../engine/index.ts';
import type { StorySession } from '../session.ts';
import { S } from '../strings.ts';
import type { Item, StoryKeeper, StoryMirror, StorySettings, StorySound, StoryView, Timer } from './ports.ts';
import { speakerPortrait } from './speaker-portrait.ts';

export type ScreenState =
  | { kind: 'busy' }
  | { kind: 'revealing'; page: number; pages: number }
  | { kind: 'line'; page: number; pages: number }
  | { kind: 'choices'; count: number }
  | { kind: 'end' };

/** How the screen opens: a new beat, or the current one redrawn (announced again, or not). */
export type Opening = 'advance' | 'resume' | 'redraw';

/** The pause between lines when "skip read text" reads on. */
const SKIP_MS = 90;

export interface StoryPorts {
  view: StoryView;
  mirror: StoryMirror;
  sound: StorySound;
  timer: Timer;
  settings: StorySettings;
  keeper: StoryKeeper;
}

export class StoryController {
  private state: ScreenState = { kind: 'busy' };
  private pages: string[] = [];
  private speaker: string | null = null;
  private cancelTimer: (() => void) | null = null;
  private disposed = false;
  /** What the mirror offers now, to offer again when the screen comes back from the menu. */
  private offered: { items: Item[]; label: string } | null = null;

  constructor(
    private readonly session: StorySession,
    private readonly ports: StoryPorts,
  ) {}

  get screen(): ScreenState {
    return this.state;
  }

  /** Busy or ended: saving, rewinding and loading wait (the menu does not). */
  get settled(): boolean {
    return this.state.kind !== 'busy' && this.state.kind !== 'end';
  }

  /** Starts the screen. `redraw` (a resize, the menu closing) draws the place again without telling the mirror. */
  async open(opening: Opening): Promise<void> {
    const beat = this.session.current;
    if (opening === 'advance' || !beat) return this.advance();
    if (opening === 'resume') {
      // A screen-reader user hears where a load or a rewind has landed.
      const last = this.session.log.at(-1);
      // Not twice in a row: after a hot reload or a load of the same place the log already ends with it.
      if (beat.kind === 'line') {
        this.session.told = beat;
        this.ports.mirror.repeat(beat.text, beat.speaker);
      } else if (beat.kind === 'choices' && last && !last.choice) this.ports.mirror.repeat(last.text, last.speaker);
    }
    // The line first; the background and portraits arrive behind it (their layers lie below the box).
    const drawn = this.ports.view.restore(this.session.presentation);
    this.ports.sound.restore(this.session.presentation);
    await this.show(beat, false);
    await drawn;
  }

  /** Click, tap, Space or Enter: skip the card, finish the reveal, turn the page, or read on. */
  press(): void {
    const { view } = this.ports;
    if (view.chapterShowing) view.skipChapter();
    else if (view.revealing) view.completeReveal();
    else if (this.state.kind === 'line') {
      if (this.state.page < this.state.pages) void this.showPage(this.state.page + 1, true);
      else void this.advance();
    }
  }

  /**
   * The mirror's Continue: the screen-reader user has the whole line already, so one press reads
   * on to the next line (through any pages and any reveal still running), or skips a chapter card.
   */
  readOn(): void {
    if (this.ports.view.chapterShowing) this.ports.view.skipChapter();
    else if (this.state.kind === 'line' || this.state.kind === 'revealing') void this.advance();
  }

  choose(index: number): void {
    if (this.state.kind !== 'choices' || this.disposed) return;
    this.ports.view.clearChoices();
    try {
      this.session.choose(index);
    } catch (e) {
      this.ports.keeper.fail(e);
      return;
    }
    void this.advance();
  }

  /** Back from an overlay (the menu) that offered its own buttons: the mirror offers this screen's again. */
  reoffer(): void {
    if (this.offered) this.ports.mirror.offer(this.offered.items, this.offered.label);
  }

  /** The scene is going: nothing scheduled or awaited may act on it any more. */
  dispose(): void {
    this.disposed = true;
    this.cancel();
  }

  private async advance(): Promise<void> {
    this.cancel();
    this.state = { kind: 'busy' };
    this.offerContinue();
    let beat: Beat;
    try {
      beat = this.session.advance();
    } catch (e) {
      this.ports.keeper.fail(e);
      return;
    }
    this.ports.view.prefetch(beat.commands);
    // A chapter starts: its checkpoint (before its card, which may be skipped).
    for (const c of beat.commands) if (c.kind === 'chapter') this.ports.keeper.chapterStart(c.number);
    for (const command of beat.commands) {
      this.ports.sound.apply(command);
      await this.ports.view.apply(command);
      if (this.disposed) return;
      this.announce(command);
    }
    await this.show(beat, true);
  }

  private announce(command: Command): void {
    const { view, mirror } = this.ports;
    if (command.kind === 'exhibit') view.toast(S.story.exhibit(command.id));
    else if (command.kind === 'memory') view.toast(S.story.memory(command.id));
    else if (command.kind === 'chapter') mirror.heading(S.story.chapterLine(command.number, command.title));
    else if (command.kind === 'card') mirror.line(command.text);
  }

  private async show(beat: Beat, fresh: boolean): Promise<void> {
    if (this.disposed) return;
    if (beat.kind === 'line') return this.showLine(beat, fresh);
    if (beat.kind === 'choices') return this.showChoices(beat, fresh);
    this.showEnd();
  }

  /** Tells the mirror a line, once per beat. */
  private tell(beat: Extract<Beat, { kind: 'line' }>): void {
    this.session.told = beat;
    this.ports.mirror.line(beat.text, beat.speaker);
  }

  private async showLine(beat: Extract<Beat, { kind: 'line' }>, fresh: boolean): Promise<void> {
    // A redraw tells nothing, unless the build before it was stopped before it could (a resize mid-transition).
    if (fresh || this.session.told !== beat) this.tell(beat);
    this.pages = this.ports.view.paginate(beat.text);
    this.speaker = beat.speaker;
    this.light(beat.speaker);
    const node = this.session.playthrough.history.at(-1)?.node ?? null;
    const read = this.ports.keeper.markRead(node, beat.text);
    // A new line starts at its first page; a rebuilt screen shows the page it showed (the text size may have changed the count).
    const page = fresh ? 1 : Math.min(this.session.page, this.pages.length);
    await this.showPage(page, fresh, fresh && read && this.ports.settings.skipRead());
  }

  private async showPage(page: number, typewriter: boolean, skipping = false): Promise<void> {
    this.cancel();
    const pages = this.pages.length;
    this.session.page = page;
    this.state = { kind: 'revealing', page, pages };
    this.offerContinue();
    const { settings, view } = this.ports;
    const speed = typewriter && !skipping && !settings.reducedMotion() ? settings.textSpeed() : 0;
    await view.showText(this.pages[page - 1] ?? '', this.speaker, speed, page, pages);
    if (this.disposed) return;
    this.state = { kind: 'line', page, pages };
    const delay = skipping ? SKIP_MS : settings.autoAdvance();
    if (delay !== null) this.schedule(delay, page < pages ? () => this.showPage(page + 1, true, skipping) : () => this.advance());
  }

  private showChoices(beat: Extract<Beat, { kind: 'choices' }>, fresh: boolean): void {
    const { view, keeper } = this.ports;
    this.cancel();
    this.state = { kind: 'choices', count: beat.choices.length };
    if (fresh) {
      keeper.autosave();
      keeper.recordProgress();
    }
    // The line that led here stays in the box (its last page) while the player chooses.
    const last = this.session.log.at(-1);
    if (last && !last.choice) {
      const pages = view.paginate(last.text);
      void view.showText(pages.at(-1) ?? '', last.speaker, 0, pages.length, pages.length);
      view.setHint(false);
      this.light(last.speaker);
    }
    const labels = beat.choices.map((c) => c.text);
    view.showChoices(labels, (i) => this.choose(beat.choices[i]?.index ?? i));
    this.offer(
      beat.choices.map((c) => ({ label: c.text, onChoose: () => this.choose(c.index) })),
      S.story.choicesLabel,
    );
  }

  private showEnd(): void {
    const { view, mirror, keeper } = this.ports;
    this.state = { kind: 'end' };
    keeper.recordProgress();
    const ending = ENDINGS.find((e) => e.id === this.session.presentation.ending);
    const items: Item[] = [
      { label: S.end.again, onChoose: () => keeper.playAgain() },
      { label: S.end.toTitle, onChoose: () => keeper.toTitle() },
    ];
    view.showEnd(ending, items);
    mirror.line(ending ? `${S.end.heading}. ${ending.title}: ${ending.summary}` : `${S.end.heading}.`);
    this.offer(items, S.story.endLabel);
  }

  /** With more than one portrait on stage, the speaker is lit and the others step into shadow. */
  private light(speaker: string | null): void {
    const shown = this.ports.view.portraitsShown();
    this.ports.view.spotlight(shown.length > 1 ? speakerPortrait(speaker, shown) : null);
  }

  private offerContinue(): void {
    this.offer([{ label: S.story.continue, onChoose: () => this.readOn() }], S.story.continue);
  }

  private offer(items: Item[], label: string): void {
    this.offered = { items, label };
    this.ports.mirror.offer(items, label);
  }

  private schedule(ms: number, fn: () => void): void {
    this.cancel();
    this.cancelTimer = this.ports.timer.after(ms, () => {
      this.cancelTimer = null;
      if (!this.disposed) fn();
    });
  }

  private cancel(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }
}
