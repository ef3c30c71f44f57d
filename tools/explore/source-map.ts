// Turns an ink path (`ch1.street.0.c-1.12`, as inkjs reports it) into the .ink file and line it came
// from. Compiled JSON keeps no line numbers, but the compiler's runtime story does (debug metadata on
// each object), so for .ink input we walk that story's containers along the path.

export interface SourcePlace {
  /** The .ink file, relative to the working folder (e.g. story/ch1_backpack.ink). */
  file: string;
  line: number;
}

/** The few members of inkjs's runtime objects this walk reads. */
interface RuntimeNode {
  content?: RuntimeNode[];
  namedContent?: Map<string, unknown>;
  debugMetadata: { fileName: string | null; startLineNumber: number } | null;
}

export class SourceMap {
  private readonly cache = new Map<string, SourcePlace | null>();

  constructor(
    private readonly root: RuntimeNode | null,
    private readonly dir: string,
  ) {}

  static empty(): SourceMap {
    return new SourceMap(null, '.');
  }

  get available(): boolean {
    return this.root !== null;
  }

  /** The deepest object on the path that carries a line; null without sources or for an unknown path. */
  placeOf(inkPath: string | null): SourcePlace | null {
    if (!this.root || !inkPath) return null;
    const cached = this.cache.get(inkPath);
    if (cached !== undefined) return cached;
    let node: RuntimeNode | undefined = this.root;
    let place: SourcePlace | null = null;
    let own = false;
    for (const part of inkPath.split('.')) {
      node = /^\d+$/.test(part) ? node.content?.[Number(part)] : (node.namedContent?.get(part) as RuntimeNode | undefined);
      if (!node) break;
      // A container whose line is its parent's (a choice's body, a gather) has none of its own.
      const line = this.lineOf(node);
      own = line !== null && !(place && line.file === place.file && line.line === place.line);
      place = line ?? place;
    }
    // A container without a line of its own (a choice's body, a gather) would report its knot's
    // header: its first line inside says better where it is.
    if (node && !own) place = this.firstLineIn(node, 0) ?? place;
    this.cache.set(inkPath, place);
    return place;
  }

  /**
   * For where the story ran out: the last line inside the container at `inkPath` (the text it ran out
   * after), rather than its header. Any other path: as placeOf.
   */
  describeLast(inkPath: string | null): string {
    if (!this.root || !inkPath) return this.describe(inkPath);
    let node: RuntimeNode | undefined = this.root;
    for (const part of inkPath.split('.')) {
      node = /^\d+$/.test(part) ? node?.content?.[Number(part)] : (node?.namedContent?.get(part) as RuntimeNode | undefined);
    }
    const place = node ? this.lastLineIn(node, 0) : null;
    return place ? `${place.file}:${place.line}` : this.describe(inkPath);
  }

  private lastLineIn(node: RuntimeNode, depth: number): SourcePlace | null {
    if (depth > 8) return null;
    const content = node.content ?? [];
    for (let i = content.length - 1; i >= 0; i--) {
      const child = content[i];
      if (!child) continue;
      const place = this.lastLineIn(child, depth + 1) ?? this.lineOf(child);
      if (place) return place;
    }
    return null;
  }

  private lineOf(node: RuntimeNode): SourcePlace | null {
    const meta = node.debugMetadata;
    return meta?.fileName ? { file: joinDir(this.dir, meta.fileName), line: meta.startLineNumber } : null;
  }

  private firstLineIn(node: RuntimeNode, depth: number): SourcePlace | null {
    if (depth > 8) return null;
    for (const child of node.content ?? []) {
      if (child.content === undefined && String(child).trim() === '') continue; // a bare newline
      const place = this.lineOf(child) ?? this.firstLineIn(child, depth + 1);
      if (place) return place;
    }
    return null;
  }

  /** "story/ch1.ink:12" or the ink path itself when no line is known. */
  describe(inkPath: string | null): string {
    const place = this.placeOf(inkPath);
    return place ? `${place.file}:${place.line}` : (inkPath ?? '(start)');
  }
}

function joinDir(dir: string, file: string): string {
  return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}
