// Builds the game (vite build, with the project's config) and the plain ink page, and measures the
// JavaScript the game ships: gzip (zlib, level 9, as a static host would serve it) of the initial
// JS (what the page loads before the title: the entry chunk, every chunk index.html preloads with
// modulepreload, the game, src/main.ts, which the entry imports, and everything those import
// statically) and of all JS. Decimal units: 1 kB = 1000 bytes, as Vite's build log uses.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const GAME_DIR = 'dist';
/** The game's module, which the page's small entry imports dynamically. */
const GAME_MODULE = 'src/main.ts';
export const PLAIN_DIR = path.resolve('bench/reports/.plain');

export async function buildAll(): Promise<void> {
  await build({ logLevel: 'warn' });
  await build({
    configFile: false,
    root: path.resolve('bench/plain'),
    base: './',
    logLevel: 'warn',
    build: { outDir: PLAIN_DIR, emptyOutDir: true, target: 'es2022' },
  });
  copyFileSync(path.join(GAME_DIR, 'story.json'), path.join(PLAIN_DIR, 'story.json'));
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
  initial: boolean;
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of a built chunk: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    if (m[1]) found.push(m[1].slice(2));
  }
  return found;
}

export function measureBundle(dir = GAME_DIR): { chunks: ChunkSize[]; initialGzip: number; totalGzip: number; entry: string } {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${dir}/index.html has no module script`);
  const assets = path.join(dir, 'assets');
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const next of staticImports(readFileSync(path.join(assets, file), 'utf8'))) visit(next);
  };
  visit(entry);
  for (const m of html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([^"]+\.js)"/g)) if (m[1]) visit(m[1]);
  // The game itself, which the entry imports dynamically (src/start.ts): found by Vite's manifest.
  const manifest = JSON.parse(readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const game = manifest[GAME_MODULE]?.file;
  if (!game) throw new Error(`${dir}/.vite/manifest.json does not list ${GAME_MODULE}`);
  visit(path.basename(game));
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const full = path.join(assets, file);
      return { file, bytes: readFileSync(full).length, gzip: gzip(full), initial: initial.has(file) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (list: ChunkSize[]) => list.reduce((n, c) => n + c.gzip, 0);
  return { chunks, initialGzip: sum(chunks.filter((c) => c.initial)), totalGzip: sum(chunks), entry };
}
