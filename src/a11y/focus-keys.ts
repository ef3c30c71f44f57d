// Which keys belong to the focused element, and which to the game. The game's keys (Esc, M, digits,
// Q/L, R/Backspace) work wherever focus is, the DOM mirror included; a key that the focused element
// acts on itself (Enter or Space on a button, arrows and Tab moving through the mirror, anything typed
// into a text field) is left to it, so nothing acts twice and no key is stolen from a text control.

const OWN_KEYS_IN_MIRROR = new Set(['Enter', ' ', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

interface KeyTarget {
  closest?: (selector: string) => unknown;
  isContentEditable?: boolean;
  tagName?: string;
}

/** True when the focused element handles this key itself, so the game must not act on it. */
export function keyBelongsToFocus(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  const target = event.target as KeyTarget | null;
  if (!target) return false;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable) return true;
  return Boolean(target.closest?.('#mirror')) && OWN_KEYS_IN_MIRROR.has(event.key);
}
