// The DOM mirror: the story as real text and real buttons outside the canvas, for screen readers,
// keyboards and tests. Text goes in with textContent only: story text is never parsed as markup.
import { el, type MirrorChoice, OfferArea } from './offer-area.ts';

export { keyBelongsToFocus } from './focus-keys.ts';
export { MirrorLabel } from './labels.ts';
export type { MirrorChoice } from './offer-area.ts';

/** What the mirror says, for self-voicing: `interrupt` for a new screen or status, not for story lines. */
export type Speaker = (text: string, interrupt: boolean) => void;

/** The look settings the mirror follows, so the text version matches the canvas. */
export interface MirrorLook {
  fontScale: number;
  highContrast: boolean;
}

/** How long a status message counts as just said (a screen reader may not have read it yet). */
const RECENT_MS = 1500;

export class Mirror {
  private readonly log: HTMLElement;
  private readonly area: OfferArea;
  private readonly status: HTMLElement;
  private readonly nav: HTMLElement;
  private speak: Speaker = () => {};
  private announcedAt = 0;

  constructor(private readonly root: HTMLElement) {
    root.replaceChildren();
    this.status = el('p', { id: 'mirror-status', role: 'status' });
    // Focusable so keyboard users can scroll back through it.
    this.log = el('div', { id: 'story-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story', tabindex: '0' });
    this.nav = el('nav', { id: 'story-nav', 'aria-label': 'Game' });
    this.area = new OfferArea(() => [this.log, this.nav, this.status], {
      status: (text) => this.announceAlso(text),
      shown: () => this.markEcho(),
      opened: (label, body, items) => this.speak([label, ...body, ...items].join('. '), true),
      choices: (items) => this.speak(items.map((label, i) => `${i + 1}. ${label}`).join('. '), false),
    });
    root.append(this.status, this.log, this.area.root, this.nav);
    // Self-voicing reads the button a keyboard player moves to.
    root.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      if (target.tagName === 'BUTTON') this.speak(target.textContent ?? '', true);
    });
  }

  /** Self-voicing hears everything the mirror says from now on. */
  setSpeaker(speak: Speaker): void {
    this.speak = speak;
  }

  /** Text size and contrast follow the game's settings. */
  setLook(look: MirrorLook): void {
    this.root.style.setProperty('--mirror-scale', String(look.fontScale));
    this.root.classList.toggle('high-contrast', look.highContrast);
  }

  /** A line of the story; the speaker (if any) is read before the words. */
  line(text: string, speaker: string | null = null): void {
    const p = el('p', { class: 'mirror-line' });
    if (speaker) {
      const name = el('strong', { class: 'mirror-speaker' });
      name.textContent = `${speaker}: `;
      p.append(name);
    }
    p.append(document.createTextNode(text));
    this.append(p);
    this.speak(speaker ? `${speaker}: ${text}` : text, false);
  }

  /**
   * Says the current line again after the story screen is rebuilt in place (a load, a resize, a hot
   * reload), unless the log already ends with it: the log never holds the same line twice in a row.
   */
  repeat(text: string, speaker: string | null = null): void {
    const last = this.log.lastElementChild;
    if (last?.textContent === `${speaker ? `${speaker}: ` : ''}${text}`) return;
    this.line(text, speaker);
  }

  /** A chapter title: a heading, so a screen-reader user can jump between chapters. */
  heading(text: string): void {
    const h = el('h2', { class: 'mirror-chapter' });
    h.textContent = text;
    this.append(h);
    this.speak(text, false);
  }

  /** Replaces the buttons on offer (choices, or a menu: `dialog` makes it a real modal dialog). */
  offer(items: MirrorChoice[], label: string, dialog = false, body: readonly string[] = []): void {
    this.area.offer(items, label, dialog, body);
  }

  /** Buttons that stay while the story screen is up (Menu, Rewind); empty elsewhere. */
  setNav(items: MirrorChoice[]): void {
    this.nav.replaceChildren(
      ...items.map((item) => {
        const button = el('button', { type: 'button' });
        button.textContent = item.label;
        button.addEventListener('click', () => item.onChoose());
        return button;
      }),
    );
  }

  clearOffer(): void {
    this.area.clear();
  }

  clearLog(): void {
    this.log.replaceChildren();
  }

  /** A short status announcement (screen changes, errors). */
  announce(text: string): void {
    this.status.textContent = text;
    this.announcedAt = Date.now();
    this.markEcho();
    this.speak(text, true);
  }

  /**
   * A screen announces its title as it opens, and its dialog shows the same title as a heading: the
   * status stays in the page (a screen reader outside the dialog hears the screen change) but is not
   * shown twice in the visible text version.
   */
  private markEcho(): void {
    const title = this.area.root.querySelector('h2:not([hidden])')?.textContent?.toLowerCase() ?? '';
    const said = this.status.textContent?.trim().toLowerCase() ?? '';
    // "Menu" announced, "Story menu" as the dialog's heading: the same title said twice.
    this.status.classList.toggle('mirror-echo', said !== '' && title.includes(said));
  }

  /**
   * A short addition ("3 choices."): said after what the status line has just said rather than over
   * it, so a notice that arrived a moment before (a link on an edited story, a load) is not lost.
   */
  announceAlso(text: string): void {
    const recent = Date.now() - this.announcedAt < RECENT_MS && this.status.textContent;
    this.status.textContent = recent ? `${this.status.textContent} ${text}` : text;
    this.announcedAt = Date.now();
    this.markEcho();
    this.speak(text, false);
  }

  private append(node: HTMLElement): void {
    this.log.append(node);
    while (this.log.childElementCount > 200) this.log.firstElementChild?.remove();
  }
}
