// The DOM mirror: the story as real text and real buttons outside the canvas, for screen readers,
// keyboards and tests. Text goes in with textContent only: story text is never parsed as markup.

export interface MirrorChoice {
  label: string;
  onChoose: () => void;
}

export class Mirror {
  private readonly log: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly status: HTMLElement;
  private readonly nav: HTMLElement;

  constructor(root: HTMLElement) {
    root.replaceChildren();
    this.status = el('p', { id: 'mirror-status', role: 'status' });
    // Focusable so keyboard users can scroll back through it.
    this.log = el('div', { id: 'story-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story', tabindex: '0' });
    this.choices = el('div', { id: 'story-choices', role: 'group', 'aria-label': 'Choices' });
    this.nav = el('nav', { id: 'story-nav', 'aria-label': 'Game' });
    root.append(this.status, this.log, this.choices, this.nav);
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
    this.log.append(p);
    while (this.log.childElementCount > 200) this.log.firstElementChild?.remove();
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

  /** Replaces the buttons on offer (choices, or a menu: `dialog` makes it a real dialog). */
  offer(items: MirrorChoice[], label = 'Choices', dialog = false, body: readonly string[] = []): void {
    this.choices.setAttribute('aria-label', label);
    if (dialog) {
      this.choices.setAttribute('role', 'dialog');
      this.choices.setAttribute('aria-modal', 'true');
    } else {
      this.choices.setAttribute('role', 'group');
      this.choices.removeAttribute('aria-modal');
    }
    // Keep keyboard users where they were: if focus was on an old button, it moves to the first new one.
    const hadFocus = this.choices.contains(document.activeElement);
    const paragraphs = body.map((text) => {
      const p = el('p', {});
      p.textContent = text;
      return p;
    });
    this.choices.replaceChildren(
      ...paragraphs,
      ...items.map((item, i) => {
        const button = el('button', { type: 'button', 'data-index': String(i) });
        button.textContent = items.length > 1 ? `${i + 1}. ${item.label}` : item.label;
        button.addEventListener('click', () => item.onChoose());
        return button;
      }),
    );
    if (hadFocus) (this.choices.querySelector('button') as HTMLElement | null)?.focus();
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
    this.choices.replaceChildren();
  }

  clearLog(): void {
    this.log.replaceChildren();
  }

  /** A short status announcement (screen changes, errors). */
  announce(text: string): void {
    this.status.textContent = text;
  }
}

function el(tag: string, attrs: Record<string, string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** True for a key event typed into the mirror: the canvas must not act on it a second time. */
export function fromMirror(event: KeyboardEvent): boolean {
  const target = event.target as { closest?: (selector: string) => unknown } | null;
  return Boolean(target?.closest?.('#mirror'));
}
