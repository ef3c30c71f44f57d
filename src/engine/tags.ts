// The tag protocol: every ink tag is `key: value`, parsed into one typed command.
// story/README.md documents the same table for authors; an unknown tag is an error, never ignored.

export type Transition = 'dissolve' | 'fade' | 'cut';
export type Expression = 'neutral' | 'happy' | 'sad' | 'tense';
export type Position = 'farleft' | 'left' | 'center' | 'right' | 'farright';
export type Particles = 'snow' | 'dust' | 'embers' | 'glow' | 'rain' | 'none';
export type ScreenEffect = 'shake' | 'flash' | 'blackout';

export type Command =
  | { kind: 'chapter'; number: number; title: string }
  | { kind: 'scene'; background: string; transition: Transition }
  | { kind: 'show'; who: string; expression: Expression; position: Position }
  | { kind: 'hide'; who: string }
  | { kind: 'music'; track: string | null }
  | { kind: 'ambience'; loop: string | null }
  | { kind: 'sfx'; effect: string }
  | { kind: 'particles'; particles: Particles }
  | { kind: 'fx'; effect: ScreenEffect }
  | { kind: 'card'; text: string }
  | { kind: 'exhibit'; id: string }
  | { kind: 'memory'; id: string }
  | { kind: 'ending'; id: string };

export type CommandKind = Command['kind'];

export const TRANSITIONS: readonly Transition[] = ['dissolve', 'fade', 'cut'];
export const EXPRESSIONS: readonly Expression[] = ['neutral', 'happy', 'sad', 'tense'];
export const POSITIONS: readonly Position[] = ['farleft', 'left', 'center', 'right', 'farright'];
export const PARTICLES: readonly Particles[] = ['snow', 'dust', 'embers', 'glow', 'rain', 'none'];
export const SCREEN_EFFECTS: readonly ScreenEffect[] = ['shake', 'flash', 'blackout'];

export class TagError extends Error {
  constructor(
    readonly tag: string,
    reason: string,
  ) {
    super(`Tag "# ${tag}": ${reason}`);
    this.name = 'TagError';
  }
}

const ID = /^[a-z][a-z0-9_]*$/;

function oneOf<T extends string>(tag: string, value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new TagError(tag, `"${value}" is not a ${what}; use one of: ${allowed.join(', ')}.`);
}

function id(tag: string, value: string | undefined, what: string): string {
  if (!value || !ID.test(value)) {
    throw new TagError(tag, `expected ${what} (lowercase letters, digits and _), got "${value ?? ''}".`);
  }
  return value;
}

function words(tag: string, value: string, min: number, max: number, usage: string): string[] {
  const parts = value.split(/\s+/).filter(Boolean);
  if (parts.length < min || parts.length > max) throw new TagError(tag, `write it as "${usage}".`);
  return parts;
}

type Parser = (value: string, tag: string) => Command;

const PARSERS: Record<CommandKind, Parser> = {
  chapter(value, tag) {
    const m = /^(\d+)\s+(.+)$/.exec(value);
    if (!m) throw new TagError(tag, 'write it as "chapter: N Title", e.g. "chapter: 1 The Yellow Backpack".');
    return { kind: 'chapter', number: Number(m[1]), title: (m[2] ?? '').trim() };
  },
  scene(value, tag) {
    const [bg, transition] = words(tag, value, 1, 2, 'scene: background [dissolve|fade|cut]');
    return {
      kind: 'scene',
      background: id(tag, bg, 'a background id'),
      transition: transition ? oneOf(tag, transition, TRANSITIONS, 'transition') : 'dissolve',
    };
  },
  show(value, tag) {
    const [who, ...rest] = words(tag, value, 1, 3, 'show: character [expression] [position]');
    let expression: Expression = 'neutral';
    let position: Position = 'center';
    for (const word of rest) {
      if ((EXPRESSIONS as readonly string[]).includes(word)) expression = word as Expression;
      else position = oneOf(tag, word, POSITIONS, 'expression or position');
    }
    return { kind: 'show', who: id(tag, who, 'a character id'), expression, position };
  },
  hide(value, tag) {
    const [who] = words(tag, value, 1, 1, 'hide: character|all');
    return { kind: 'hide', who: id(tag, who, 'a character id or "all"') };
  },
  music(value, tag) {
    const [track] = words(tag, value, 1, 1, 'music: track|stop');
    return { kind: 'music', track: track === 'stop' ? null : id(tag, track, 'a music id') };
  },
  ambience(value, tag) {
    const [loop] = words(tag, value, 1, 1, 'ambience: loop|stop');
    return { kind: 'ambience', loop: loop === 'stop' ? null : id(tag, loop, 'an ambience id') };
  },
  sfx(value, tag) {
    const [effect] = words(tag, value, 1, 1, 'sfx: effect');
    return { kind: 'sfx', effect: id(tag, effect, 'an effect id') };
  },
  particles(value, tag) {
    const [kind] = words(tag, value, 1, 1, 'particles: kind');
    return { kind: 'particles', particles: oneOf(tag, kind ?? '', PARTICLES, 'particle kind') };
  },
  fx(value, tag) {
    const [effect] = words(tag, value, 1, 1, 'fx: shake|flash|blackout');
    return { kind: 'fx', effect: oneOf(tag, effect ?? '', SCREEN_EFFECTS, 'screen effect') };
  },
  card(value, tag) {
    if (!value) throw new TagError(tag, 'write the caption, e.g. "card: Seoul, December 1997".');
    return { kind: 'card', text: value };
  },
  exhibit: (value, tag) => ({ kind: 'exhibit', id: id(tag, value, 'an Exhibits LIST item') }),
  memory: (value, tag) => ({ kind: 'memory', id: id(tag, value, 'a Memories LIST item') }),
  ending: (value, tag) => ({ kind: 'ending', id: id(tag, value, 'an ending id') }),
};

export const TAG_KEYS = Object.keys(PARSERS) as CommandKind[];

/** Parses one tag (as inkjs gives it, without the `#`) into a command; throws TagError. */
export function parseTag(raw: string): Command {
  const tag = raw.trim();
  const m = /^([a-z]+)\s*:\s*(.*)$/.exec(tag);
  if (!m) throw new TagError(tag, 'tags are written "key: value" (see story/README.md).');
  const key = m[1] ?? '';
  const parser = (PARSERS as Record<string, Parser | undefined>)[key];
  if (!parser) throw new TagError(tag, `unknown key "${key}"; known keys: ${TAG_KEYS.join(', ')}.`);
  return parser((m[2] ?? '').trim(), tag);
}
