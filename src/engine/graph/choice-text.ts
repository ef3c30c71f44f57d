// Reading a choice's text from the compiled JSON, as far as it is fixed: ink compiles
// `* Start[only] rest` into a start part (its own sub-container "s") and a choice-only part
// (a string built just before the choice point). Printed expressions show as "…".

/** Collects the text of one string-building stretch: literal text, and "…" for printed values. */
export class TextCollector {
  private parts: string[] = [];
  add(item: unknown): void {
    if (typeof item === 'string' && item.startsWith('^')) this.parts.push(item.slice(1));
    else if (item === 'out') this.parts.push('…');
  }
  get text(): string {
    return this.parts.join('');
  }
}

/** ChoicePoint flags in ink's JSON ("flg"). */
export const CHOICE_FLAGS = { condition: 1, startContent: 2, choiceOnly: 4, invisibleDefault: 8, onceOnly: 16 } as const;

export function joinChoiceText(start: string, choiceOnly: string): string {
  return (start + choiceOnly).replace(/\s+/g, ' ').trim();
}

/** Resolves a relative ink path (".^.c-0") against the path of the item that holds it. */
export function resolvePath(target: string, itemPath: string): string {
  if (!target.startsWith('.')) return target;
  const parts = itemPath.split('.');
  for (const part of target.split('.').slice(1)) {
    if (part === '^') parts.pop();
    else parts.push(part);
  }
  return parts.join('.');
}
