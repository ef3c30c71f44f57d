// The art generator's pictures are the committed ones: tools/art/generate.ts, run into a temporary
// folder, must write exactly the files in assets/art/ (same names, same sha256). This is what lets the
// art code be reorganised with confidence; when a picture is changed on purpose, run
// `npm run assets:art` and commit the new SVGs together with the code.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ART_DIR, main } from '../../tools/art/generate.ts';

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file under `dir`, as its path relative to `dir` mapped to the sha256 of its bytes. */
function hashes(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = path.join(sub, name);
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else found.set(rel, sha256(path.join(dir, rel)));
    }
  };
  walk('');
  return found;
}

/** The files that are missing from, extra in, or different in `fresh` compared with `committed`. */
function differences(committed: Map<string, string>, fresh: Map<string, string>): string[] {
  const names = [...new Set([...committed.keys(), ...fresh.keys()])].sort();
  return names.flatMap((name) => {
    const was = committed.get(name);
    const now = fresh.get(name);
    if (was === now) return [];
    if (was === undefined) return [`${name}: written by the generator, not in assets/art/`];
    if (now === undefined) return [`${name}: in assets/art/, no longer written by the generator`];
    return [`${name}: different bytes`];
  });
}

describe('the art generator', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'room7-art-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerates assets/art/ byte for byte', () => {
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
    main(out);
    quiet.mockRestore();
    const committed = hashes(ART_DIR);
    const fresh = hashes(out);
    expect(fresh.size).toBeGreaterThan(100);
    expect(differences(committed, fresh)).toEqual([]);
  });

  it('reports a changed, a missing and an extra file by name', () => {
    const committed = new Map([
      ['a.svg', '1'],
      ['b.svg', '2'],
      ['c.svg', '3'],
    ]);
    const fresh = new Map([
      ['a.svg', '1'],
      ['b.svg', '9'],
      ['d.svg', '4'],
    ]);
    expect(differences(committed, fresh)).toEqual([
      'b.svg: different bytes',
      'c.svg: in assets/art/, no longer written by the generator',
      'd.svg: written by the generator, not in assets/art/',
    ]);
  });
});
