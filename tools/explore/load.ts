// Reads a story for the tools: an .ink file is compiled (with its INCLUDEs, countAllVisits on, as the
// game builds it); a .json file is read as compiled ink (inklecate and inkjs-compiler write a BOM,
// which `new Story()` rejects, so it is stripped). For .ink input the compiler's own runtime story is
// kept too: its objects carry debug metadata, which turns ink paths into file:line for reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { storyHash } from '../../src/engine/index.ts';
import { compileInk, type InkIssue } from '../ink/compile.ts';
import { SourceMap } from './source-map.ts';

/** The compiled-JSON formats inkjs 2.4 plays (Story.inkVersionMinimumCompatible, Story.inkVersionCurrent). */
const MIN_INK_VERSION = 18;
const MAX_INK_VERSION = 21;

export interface LoadedStory {
  /** The file given on the command line. */
  file: string;
  /** Compiled ink JSON, without a BOM. */
  json: string;
  /** storyHash(json): what run strings carry. */
  hash: string;
  /** Compile errors and warnings (empty for .json input). */
  errors: InkIssue[];
  warnings: InkIssue[];
  /** ink path -> file:line; empty for .json input (compiled JSON keeps no line numbers). */
  sources: SourceMap;
}

export type LoadResult = { ok: true; story: LoadedStory } | { ok: false; file: string; errors: InkIssue[]; warnings: InkIssue[] };

export function loadStoryFile(file: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const message = `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, file, errors: [{ severity: 'error', file: path.basename(file), line: 0, message }], warnings: [] };
  }
  if (file.endsWith('.json')) return fromJson(file, text);
  return compileSource(file, text);
}

function fromJson(file: string, text: string): LoadResult {
  const json = text.replace(/^\uFEFF/, '');
  let version: unknown;
  try {
    version = (JSON.parse(json) as { inkVersion?: unknown }).inkVersion;
  } catch (e) {
    version = e instanceof Error ? e.message : 'not JSON';
  }
  const fail = (message: string): LoadResult => ({
    ok: false,
    file,
    errors: [{ severity: 'error', file: path.basename(file), line: 0, message }],
    warnings: [],
  });
  if (typeof version !== 'number') {
    return fail(`${file} is not a compiled ink story (no inkVersion): ${String(version ?? 'missing')}`);
  }
  if (version < MIN_INK_VERSION || version > MAX_INK_VERSION) {
    const age = version < MIN_INK_VERSION ? 'an older' : 'a newer';
    return fail(
      `${file} was compiled by ${age} ink (format ${version}) than this runtime plays (inkjs: formats ${MIN_INK_VERSION} to ${MAX_INK_VERSION}). ` +
        'Compile the .ink again with a current inklecate or Inky, or give the .ink file itself.',
    );
  }
  try {
    new Story(json);
  } catch (e) {
    const raw = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    const clipped = raw.length > 120 ? `${raw.slice(0, 119)}…` : raw;
    return fail(
      `${file} is not a valid compiled ink story (inkjs says: ${clipped}). Compile the .ink again, or give the .ink file.`,
    );
  }
  return { ok: true, story: { file, json, hash: storyHash(json), errors: [], warnings: [], sources: SourceMap.empty() } };
}

/** Compiles through the shared compile step (tools/ink/compile.ts), keeping its line numbers. */
function compileSource(file: string, source: string): LoadResult {
  const { json, errors, warnings, runtime } = compileInk(source, file);
  if (!json || !runtime) return { ok: false, file, errors, warnings };
  const dir = path.relative(process.cwd(), path.dirname(path.resolve(file))) || '.';
  const sources = new SourceMap(runtime.mainContentContainer, dir);
  return { ok: true, story: { file, json, hash: storyHash(json), errors, warnings, sources } };
}
