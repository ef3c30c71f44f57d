// In-memory ports for the story controller: a view that records what it is told (and pages by a
// character budget), a mirror, a sound, a hand-turned timer, settings and keeper records.
import type { Command, EndingInfo, PresentationState } from '../../src/engine/index.ts';
import type { StoryPorts } from '../../src/presentation/story/controller.ts';
import { paginate } from '../../src/presentation/story/pages.ts';
import type { Item, StoryView } from '../../src/presentation/story/ports.ts';

export class MemoryView implements StoryView {
  readonly calls: string[] = [];
  readonly texts: { text: string; speaker: string | null; page: number; pages: number; speed: number }[] = [];
  chapterShowing = false;
  revealing = false;
  lit: string | null = null;
  choices: readonly string[] | null = null;
  pick: ((index: number) => void) | null = null;
  ending: EndingInfo | undefined | null = null;
  endItems: readonly Item[] = [];
  private shown: string[] = [];
  private reveal: (() => void) | null = null;

  /** Characters a page holds. */
  constructor(readonly pageChars = 80) {}

  async restore(state: PresentationState): Promise<void> {
    this.calls.push('restore');
    this.shown = state.portraits.map((p) => p.who);
  }
  prefetch(commands: readonly Command[]): void {
    this.calls.push(`prefetch ${commands.length}`);
  }
  async apply(command: Command): Promise<void> {
    this.calls.push(command.kind);
    if (command.kind === 'show' && !this.shown.includes(command.who)) this.shown.push(command.who);
    if (command.kind === 'hide') this.shown = command.who === 'all' ? [] : this.shown.filter((w) => w !== command.who);
    if (command.kind === 'scene') this.shown = [];
  }
  skipChapter(): void {
    this.chapterShowing = false;
  }
  toast(text: string): void {
    this.calls.push(`toast ${text}`);
  }
  paginate(text: string): string[] {
    return paginate(text, (page) => page.trim().length <= this.pageChars);
  }
  showText(text: string, speaker: string | null, speed: number, page: number, pages: number): Promise<void> {
    this.texts.push({ text, speaker, page, pages, speed });
    if (speed <= 0) return Promise.resolve();
    this.revealing = true;
    return new Promise((resolve) => {
      this.reveal = resolve;
    });
  }
  completeReveal(): void {
    this.revealing = false;
    this.reveal?.();
    this.reveal = null;
  }
  setHint(): void {}
  spotlight(who: string | null): void {
    this.lit = who;
  }
  portraitsShown(): readonly string[] {
    return this.shown;
  }
  showChoices(labels: readonly string[], onChoose: (index: number) => void): void {
    this.choices = labels;
    this.pick = onChoose;
  }
  clearChoices(): void {
    this.choices = null;
    this.pick = null;
  }
  showEnd(ending: EndingInfo | undefined, items: readonly Item[]): void {
    this.ending = ending;
    this.endItems = items;
  }
}

export class MemoryMirror {
  readonly lines: string[] = [];
  offered: { label: string; items: Item[] } = { label: '', items: [] };
  line(text: string, speaker: string | null = null): void {
    this.lines.push(speaker ? `${speaker}: ${text}` : text);
  }
  repeat(text: string, speaker: string | null = null): void {
    const line = speaker ? `${speaker}: ${text}` : text;
    if (this.lines.at(-1) !== line) this.lines.push(line);
  }
  /** Headings are lines too, as a screen reader reads them in order. */
  heading(text: string): void {
    this.lines.push(text);
  }
  offer(items: Item[], label: string): void {
    this.offered = { label, items };
  }
}

export class ManualTimer {
  private now = 0;
  private due: { at: number; fn: () => void; live: boolean }[] = [];
  after(ms: number, fn: () => void): () => void {
    const entry = { at: this.now + ms, fn, live: true };
    this.due.push(entry);
    return () => {
      entry.live = false;
    };
  }
  /** Moves the clock on, running what falls due (in order). */
  tick(ms: number): void {
    this.now += ms;
    for (;;) {
      const next = this.due.filter((d) => d.live && d.at <= this.now).sort((a, b) => a.at - b.at)[0];
      if (!next) return;
      next.live = false;
      next.fn();
    }
  }
  get pending(): number {
    return this.due.filter((d) => d.live).length;
  }
}

export interface Knobs {
  textSpeed: number;
  autoAdvance: number | null;
  skipRead: boolean;
  reducedMotion: boolean;
}

export function memoryPorts(view: MemoryView, knobs: Partial<Knobs> = {}, read: Set<string> = new Set()) {
  const settings: Knobs = { textSpeed: 0, autoAdvance: null, skipRead: false, reducedMotion: false, ...knobs };
  const mirror = new MemoryMirror();
  const timer = new ManualTimer();
  const records = {
    autosaves: 0,
    chapters: [] as number[],
    progress: 0,
    failures: [] as unknown[],
    sounds: [] as string[],
    exits: [] as string[],
  };
  const ports: StoryPorts = {
    view,
    mirror,
    timer,
    sound: { apply: (c) => records.sounds.push(c.kind), restore: () => records.sounds.push('restore') },
    settings: {
      textSpeed: () => settings.textSpeed,
      reducedMotion: () => settings.reducedMotion,
      autoAdvance: () => settings.autoAdvance,
      skipRead: () => settings.skipRead,
    },
    keeper: {
      markRead: (node, text) => {
        const key = `${node}|${text}`;
        const had = read.has(key);
        read.add(key);
        return had;
      },
      autosave: () => records.autosaves++,
      chapterStart: (n: number) => records.chapters.push(n),
      recordProgress: () => records.progress++,
      playAgain: () => records.exits.push('again'),
      toTitle: () => records.exits.push('title'),
      fail: (e) => records.failures.push(e),
    },
  };
  return { ports, mirror, timer, records, settings };
}

/** Lets awaited promises run (the controller's async steps). */
export const settle = () => new Promise((r) => setTimeout(r, 0));
