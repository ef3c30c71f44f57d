// A compile cache for the tools and tests: the same sources compile to the same JSON, so a compile is
// kept on disk (node_modules/.cache/room7-ink/), keyed by a hash of everything the output depends on:
// the root file and every file it INCLUDEs (names and contents), the inkjs version and this compiler
// setup (compile.ts). One `npm test` used to compile story/main.ink about ten times (lint, check,
// build, and six test files); now the first compile is kept and the others read it (a few ms).
// Set ROOM7_INK_CACHE=off to compile every time. The bench's compile figure never uses the cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompileResult, compileInkFile } from './compile.ts';

export const CACHE_DIR = path.resolve('node_modules/.cache/room7-ink');
/** Entries kept; older ones are removed when a new one is written. */
const KEEP = 64;
const INCLUDE = /^\s*INCLUDE\s+(.+?)\s*$/gm;

function inkjsVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.resolve('node_modules/inkjs/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The hash of the root file, its INCLUDEs (inkjs resolves every INCLUDE against the root's folder),
 * the inkjs version and compile.ts; null when a file cannot be read (the compile reports that).
 */
export function sourcesKey(root: string): string | null {
  const dir = path.dirname(path.resolve(root));
  const hash = createHash('sha256');
  hash.update(`inkjs ${inkjsVersion()}\n`);
  hash.update(readFileSync(fileURLToPath(new URL('./compile.ts', import.meta.url))));
  const seen = new Set<string>();
  const queue = [path.resolve(root)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    hash.update(`\0${path.relative(dir, file)}\0${text}`);
    for (const m of text.matchAll(INCLUDE)) if (m[1]) queue.push(path.resolve(dir, m[1]));
  }
  return hash.digest('hex').slice(0, 32);
}

function cacheOff(): boolean {
  return process.env.ROOM7_INK_CACHE === 'off';
}

/** compileInkFile, read from the cache when these exact sources were compiled before. */
export function compileInkFileCached(file: string): CompileResult {
  const key = cacheOff() ? null : sourcesKey(file);
  if (key === null) return compileInkFile(file);
  const entry = path.join(CACHE_DIR, `${key}.json`);
  if (existsSync(entry)) {
    try {
      return JSON.parse(readFileSync(entry, 'utf8')) as CompileResult;
    } catch {
      // A damaged entry: compile again and overwrite it.
    }
  }
  const result = compileInkFile(file);
  store(entry, result);
  return result;
}

function store(entry: string, result: CompileResult): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written beside and renamed: a test file compiling the same story in parallel never reads half a file.
    const temp = `${entry}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(result));
    renameSync(temp, entry);
    prune();
  } catch {
    // A read-only or full disk only costs the next compile.
  }
}

function prune(): void {
  const files = readdirSync(CACHE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, t: statSync(path.join(CACHE_DIR, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(KEEP)) rmSync(path.join(CACHE_DIR, f), { force: true });
}
