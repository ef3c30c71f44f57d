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
    for (const part of inkPath.split('.')) {
      node = /^\d+$/.test(part) ? node.content?.[Number(part)] : (node.namedContent?.get(part) as RuntimeNode | undefined);
      if (!node) break;
      const meta = node.debugMetadata;
      if (meta?.fileName) place = { file: joinDir(this.dir, meta.fileName), line: meta.startLineNumber };
    }
    this.cache.set(inkPath, place);
    return place;
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
