// The mirror's buttons: the story's Continue and choices, or a screen's menu as a real modal dialog.
// Focus is handled the WAI-ARIA way: it moves into a dialog that opens while the player is in the
// mirror, Tab stays inside, what lies behind is inert, and focus returns to the opener on close.
import { choicesArrived, MirrorLabel } from './labels.ts';

export interface MirrorChoice {
  label: string;
  onChoose: () => void;
}

export interface OfferEvents {
  /** Something the status line should say (choices arrived). */
  status(text: string): void;
  /** A dialog opened: its title and text, for self-voicing. */
  opened(label: string, body: readonly string[], items: readonly string[]): void;
  /** Choices arrived: their labels, for self-voicing. */
  choices(items: readonly string[]): void;
  /** The area now shows another screen (its title may now match the status line). */
  shown(): void;
}

export class OfferArea {
  readonly root: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly list: HTMLElement;
  private handlers: (() => void)[] = [];
  private label = '';
  private dialog = false;
  /** Where focus was when the first of a run of dialogs opened; it goes back there on close. */
  private opener: HTMLElement | null = null;

  constructor(
    private readonly behind: () => HTMLElement[],
    private readonly events: OfferEvents,
  ) {
    this.root = el('div', { id: 'story-choices', role: 'group', 'aria-label': MirrorLabel.choices, tabindex: '-1' });
    this.heading = el('h2', { id: 'story-choices-title', class: 'mirror-dialog-title', hidden: '' });
    this.body = el('div', { id: 'story-choices-text' });
    this.list = el('div', { class: 'mirror-buttons' });
    this.root.append(this.heading, this.body, this.list);
    this.root.addEventListener('keydown', (event) => this.onKey(event));
  }

  offer(items: MirrorChoice[], label: string, dialog: boolean, body: readonly string[]): void {
    const active = document.activeElement as HTMLElement | null;
    const focusInMirror = Boolean(active?.closest?.('#mirror'));
    const focusedIndex = this.buttons().indexOf(active as HTMLButtonElement);
    const sameScreen = label === this.label && dialog === this.dialog;
    // Continue after Continue: the same button, a new action. Nothing is re-announced and focus stays.
    if (sameScreen && !dialog && label === MirrorLabel.continue && items.length === 1 && this.handlers.length === 1) {
      this.handlers = [items[0]!.onChoose];
      return;
    }
    if (dialog && !this.dialog) this.opener = focusInMirror && !this.root.contains(active) ? active : null;
    const wasDialog = this.dialog;
    this.label = label;
    this.dialog = dialog;
    this.handlers = items.map((i) => i.onChoose);
    this.setRole(label, dialog, body);
    this.events.shown();
    this.list.replaceChildren(...items.map((item, i) => this.button(item.label, i, items.length)));
    for (const node of this.behind()) node.inert = dialog;
    const labels = items.map((i) => i.label);
    if (dialog) this.events.opened(label, body, labels);
    if (label === MirrorLabel.choices) {
      this.events.status(choicesArrived(items.length));
      this.events.choices(labels);
    }
    if (!focusInMirror) return;
    if (dialog) {
      // The same dialog rebuilt (a setting changed): focus stays on the same row, whose new value is read.
      const again = sameScreen && focusedIndex >= 0 ? this.buttons()[focusedIndex] : undefined;
      (again ?? this.buttons()[0] ?? this.root).focus();
    } else if (wasDialog && this.opener?.isConnected) {
      this.opener.focus();
      this.opener = null;
    } else if (label === MirrorLabel.choices) {
      // The group, not option 1: a second Enter must not pick a choice the player has not heard.
      this.root.focus();
    } else if (!this.root.contains(document.activeElement) || document.activeElement === this.root) {
      (this.buttons()[0] ?? this.root).focus();
    }
  }

  clear(): void {
    this.label = '';
    this.handlers = [];
    this.list.replaceChildren();
  }

  private setRole(label: string, dialog: boolean, body: readonly string[]): void {
    const root = this.root;
    root.setAttribute('role', dialog ? 'dialog' : 'group');
    root.setAttribute('aria-label', label);
    // A dialog's title is also a heading inside it, so heading navigation finds it.
    this.heading.textContent = label;
    this.heading.hidden = !dialog;
    if (dialog) root.setAttribute('aria-modal', 'true');
    else root.removeAttribute('aria-modal');
    this.body.replaceChildren(...body.map((text) => Object.assign(el('p', {}), { textContent: text })));
    // A short text is read as the dialog opens; a long one (the history) is read by moving through it.
    if (body.length > 0 && body.length <= 6) root.setAttribute('aria-describedby', this.body.id);
    else root.removeAttribute('aria-describedby');
  }

  private button(label: string, index: number, count: number): HTMLButtonElement {
    const button = el('button', { type: 'button', 'data-index': String(index) }) as HTMLButtonElement;
    // Numbered by position, as the digit keys pick them (choices and menus alike).
    button.textContent = count > 1 ? `${index + 1}. ${label}` : label;
    button.addEventListener('click', () => this.handlers[index]?.());
    return button;
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.list.querySelectorAll('button')];
  }

  /** Arrows move through the buttons; Tab wraps inside a dialog. */
  private onKey(event: KeyboardEvent): void {
    const buttons = this.buttons();
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      event.preventDefault();
      buttons[(to + buttons.length) % buttons.length]?.focus();
    };
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') move(at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') move(at < 0 ? buttons.length - 1 : at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(buttons.length - 1);
    else if (event.key === 'Tab' && this.dialog) {
      if (event.shiftKey && at <= 0) move(buttons.length - 1);
      else if (!event.shiftKey && (at === buttons.length - 1 || at < 0)) move(0);
    }
  }
}

export function el(tag: string, attrs: Record<string, string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
