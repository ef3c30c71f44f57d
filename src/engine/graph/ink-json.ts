// Reading the compiled ink JSON (ink's runtime format, version 21) as a tree of containers.
// A container is an array: its items, then a last element that is null or an object holding
// named sub-containers and the flags "#f" (visit counting) and "#n" (the container's own name).
// Paths are built the way inkjs builds them (`knot.stitch.0.c-1`), so they match what the
// runtime reports (Choice.sourcePath, state.currentPathString, VisitCountAtPathString).

export type InkArray = unknown[];

export interface InkContainer {
  path: string;
  /** Content items in order (nested unnamed containers included, as arrays). */
  items: readonly unknown[];
  /** Sub-containers that are addressed by name. */
  named: ReadonlyMap<string, InkArray>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function childPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

/** Splits a container array into its items and its named sub-containers. */
export function readContainer(array: InkArray, path: string): InkContainer {
  const last = array[array.length - 1];
  const terminator = isRecord(last) ? last : null;
  const items = last === null || terminator ? array.slice(0, -1) : array;
  const named = new Map<string, InkArray>();
  if (terminator) {
    for (const [key, value] of Object.entries(terminator)) {
      if (key !== '#f' && key !== '#n' && Array.isArray(value)) named.set(key, value);
    }
  }
  return { path, items, named };
}

/** The name a nested container gives itself with "#n", if any. */
export function ownName(array: InkArray): string | null {
  const last = array[array.length - 1];
  return isRecord(last) && typeof last['#n'] === 'string' ? last['#n'] : null;
}

export type ItemVisitor = (value: unknown, path: string, container: string) => void;

/**
 * Visits every non-container item under a container, depth first, in story order, with its path.
 * `skip` names sub-containers not to enter (a knot's stitches are walked as nodes of their own).
 */
export function walkItems(array: InkArray, path: string, visit: ItemVisitor, skip: ReadonlySet<string> = new Set()): void {
  const container = readContainer(array, path);
  container.items.forEach((item, index) => {
    if (Array.isArray(item)) walkItems(item, childPath(path, ownName(item) ?? index), visit);
    else visit(item, childPath(path, index), path);
  });
  for (const [name, sub] of container.named) {
    if (!skip.has(name)) walkItems(sub, childPath(path, name), visit);
  }
}

/** Parses compiled JSON (a BOM is tolerated) into its root container and LIST definitions. */
export function parseInkJson(json: string): { root: InkArray; listDefs: Record<string, Record<string, number>> } {
  const parsed: unknown = JSON.parse(json.replace(/^\uFEFF/, ''));
  if (!isRecord(parsed) || !Array.isArray(parsed.root)) throw new Error('not a compiled ink story (no root container)');
  const listDefs = isRecord(parsed.listDefs) ? (parsed.listDefs as Record<string, Record<string, number>>) : {};
  return { root: parsed.root, listDefs };
}

/** A divert's target when it is a fixed path (not a variable divert), else null. */
export function divertTarget(item: unknown): string | null {
  if (!isRecord(item) || item.var === true) return null;
  const target = item['->'] ?? item['->t->'];
  return typeof target === 'string' ? target : null;
}

export function isRecordItem(item: unknown): item is Record<string, unknown> {
  return isRecord(item);
}
