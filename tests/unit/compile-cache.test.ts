// The compile cache (tools/ink/compile-cache.ts): keyed by the root file and every file it INCLUDEs,
// so an edit anywhere in the story compiles again and nothing stale is ever read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileInkFile } from '../../tools/ink/compile.ts';
import { CACHE_DIR, compileInkFileCached, sourcesKey } from '../../tools/ink/compile-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'room7-cache-'));
const root = path.join(dir, 'main.ink');
const part = path.join(dir, 'part.ink');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Sources unique to this run: an entry left by an earlier run (with its marked warning) is never read.
const token = `${process.pid}-${Date.now()}-${Math.random()}`;

function write(partText: string): void {
  writeFileSync(root, `// ${token}\nINCLUDE part.ink\nThe first line.\n-> part\n`);
  writeFileSync(part, `=== part ===\n${partText}\n-> END\n`);
}

describe('the ink compile cache', () => {
  test('gives what the compiler gives, and reads it back from disk the second time', () => {
    write('A line from the included file.');
    const key = sourcesKey(root);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    const first = compileInkFileCached(root);
    expect(first).toEqual(compileInkFile(root));
    expect(first.json).toContain('A line from the included file.');
    // Swap the stored entry: a second call returns the entry, so it did not compile again.
    const marked = { ...first, warnings: [{ severity: 'warning', file: 'main.ink', line: 1, message: 'from the cache' }] };
    writeFileSync(path.join(CACHE_DIR, `${key}.json`), JSON.stringify(marked));
    expect(compileInkFileCached(root).warnings[0]?.message).toBe('from the cache');
  });

  test('an edit to an INCLUDEd file changes the key and compiles again', () => {
    write('A line from the included file.');
    const before = sourcesKey(root);
    write('An edited line.');
    expect(sourcesKey(root)).not.toBe(before);
    expect(compileInkFileCached(root).json).toContain('An edited line.');
  });

  test('a missing INCLUDE is not cached: the compiler reports it', () => {
    writeFileSync(root, 'INCLUDE nowhere.ink\nA line.\n-> END\n');
    expect(sourcesKey(root)).toBeNull();
    expect(compileInkFileCached(root).errors.length).toBeGreaterThan(0);
  });

  test('compile errors are kept with their file and line', () => {
    write('{ broken');
    const result = compileInkFileCached(root);
    expect(result.json).toBeNull();
    expect(result).toEqual(compileInkFile(root));
    expect(result.errors[0]).toMatchObject({ severity: 'error', file: 'part.ink' });
    rmSync(path.join(CACHE_DIR, `${sourcesKey(root)}.json`), { force: true });
  });
});
