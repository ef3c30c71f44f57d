// ink's own error and warning messages, read in one place. The compiler words them
// "ERROR: 'main.ink' line 3: message" (or WARNING, TODO); the runtime "RUNTIME ERROR: 'main.ink'
// line 3: message", or "RUNTIME ERROR: (Ink Pointer -> knot.stitch -- index 4): message" when the
// compiled story carries no line numbers. The engine and the tools (compiler, explorer) all use this.

/** inkjs's ErrorType for a warning (0 author, 1 warning, 2 error). */
export const INK_WARNING = 1;

export interface InkMessage {
  /** The prefix: 'ERROR', 'WARNING', 'TODO', 'RUNTIME ERROR' or 'RUNTIME WARNING'. */
  kind: string;
  /** The .ink file named, when the message names one. */
  file: string | null;
  /** The line in that file, when the message gives one. */
  line: number | null;
  /** What went wrong, without the prefix, the file and line or the pointer. */
  text: string;
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING): (?:(?:'([^']+)' )?line (\d+): |\([^)]*\): )?(.*)$/s;
const POINTER = /Ink Pointer -> (\S+) -- index (\d+)/;

/** Splits one of ink's messages into its parts; null when it is not in ink's wording. */
export function parseInkMessage(raw: string): InkMessage | null {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return null;
  return { kind: m[1] ?? '', file: m[2] ?? null, line: m[3] === undefined ? null : Number(m[3]), text: m[4] ?? '' };
}

/** The ink path ("knot.stitch.4") a runtime message's pointer names, when it names one. */
export function inkPathOf(message: string): string | null {
  const m = POINTER.exec(message);
  return m ? `${m[1]}.${m[2]}` : null;
}
