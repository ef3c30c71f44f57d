// Just enough of source maps (v3) for the trace: a built chunk's line and column back to the source
// file and name they came from, so a CPU profile of the minified build names Phaser's and our files.
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
function vlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export interface Origin {
  source: string;
  name: string | null;
}

/** Segments of each generated line: [column, source, name] (source and name as indexes, -1 for none). */
type Line = [number, number, number][];

export class SourceMap {
  private readonly lines: Line[] = [];
  private readonly sources: string[];
  private readonly names: string[];

  constructor(text: string) {
    const map = JSON.parse(text) as { sources: string[]; names: string[]; mappings: string };
    this.sources = map.sources;
    this.names = map.names;
    // Fields 1 and 4 (source, name) run on from line to line; 2 and 3 (the source's line and
    // column) are not needed here.
    let source = 0;
    let name = 0;
    for (const lineText of map.mappings.split(';')) {
      const line: Line = [];
      let column = 0;
      for (const segment of lineText.split(',')) {
        if (!segment) continue;
        const f = vlq(segment);
        column += f[0] ?? 0;
        if (f.length < 4) {
          line.push([column, -1, -1]);
          continue;
        }
        source += f[1] ?? 0;
        if (f.length >= 5) name += f[4] ?? 0;
        line.push([column, source, f.length >= 5 ? name : -1]);
      }
      this.lines.push(line);
    }
  }

  /** Reads `file`.map next to a built file; null when there is none. */
  static beside(file: string): SourceMap | null {
    return existsSync(`${file}.map`) ? new SourceMap(readFileSync(`${file}.map`, 'utf8')) : null;
  }

  /** The source of the segment at or before (line, column), both 0-based; null when unmapped. */
  lookup(line: number, column: number): Origin | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segments[mid]?.[0] ?? 0) <= column) lo = mid;
      else hi = mid - 1;
    }
    const hit = segments[lo];
    if (!hit || hit[1] < 0 || hit[0] > column) return null;
    return { source: this.sources[hit[1]] ?? '?', name: hit[2] >= 0 ? (this.names[hit[2]] ?? null) : null };
  }
}
