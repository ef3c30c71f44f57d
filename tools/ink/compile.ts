// Compiles an ink file (with its INCLUDEs) through inkjs's bundled compiler: the one compile step of
// the game's build (vite-plugin-ink.ts), the tools and the tests. Node only: the game bundles the
// runtime, never the compiler. Two fixes over inkjs's compiler as it is:
//   - float literals stay floats: inkjs writes the float 2.0 as the JSON number 2, which the runtime
//     reads back as an integer, so `5 / 2.0` gave 2 where inklecate gives 2.5. We write it as `2.0`,
//     as inklecate does (inkjs's reader keeps a `.0` number a float);
//   - each error is reported once (the parser reports some twice).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Story } from 'inkjs';
import { PosixFileHandler } from 'inkjs/compiler/FileHandler/PosixFileHandler';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { parseInkMessage } from '../../src/engine/ink-messages.ts';

export interface InkIssue {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

export interface CompileResult {
  json: string | null;
  errors: InkIssue[];
  warnings: InkIssue[];
}

export interface CompileWithRuntime extends CompileResult {
  /** The compiler's runtime story: its objects carry debug metadata (file and line). */
  runtime: Story | null;
  /** Counts as `inklecate -s` prints them (null when the story did not parse). */
  stats: InkStats | null;
}

export interface InkStats {
  words: number;
  knots: number;
  stitches: number;
  functions: number;
  choices: number;
  gathers: number;
  diverts: number;
}

/** Turns inkjs's "ERROR: 'file.ink' line 3: message" into a structured issue. */
export function parseIssue(raw: string, rootFile: string): InkIssue {
  const m = parseInkMessage(raw);
  const severity = raw.startsWith('WARNING') || raw.startsWith('TODO') ? 'warning' : 'error';
  if (m?.line == null) return { severity, file: rootFile, line: 0, message: raw.trim() };
  return { severity, file: m.file ?? path.basename(rootFile), line: m.line, message: m.text };
}

export function formatIssue(issue: InkIssue, dir = 'story'): string {
  return `${path.join(dir, issue.file)}:${issue.line}: ${issue.severity}: ${issue.message}`;
}

const FLOAT_MARK = '__room7_integral_float__';
const MARKED_FLOAT = new RegExp(`"${FLOAT_MARK}(-?\\d+)"`, 'g');

/** The story as ink JSON, with integral floats written `2.0` (see the header). */
export function storyToJson(story: Story): string {
  const writer = new SimpleJson.Writer();
  const internal = writer as unknown as { StartNewObject(container: boolean): void; _addToCurrentObject(v: unknown): void };
  const writeFloat = writer.WriteFloat.bind(writer);
  writer.WriteFloat = (value: number) => {
    if (!Number.isInteger(value) || Math.abs(value) >= 1e15) return writeFloat(value);
    internal.StartNewObject(false);
    internal._addToCurrentObject(`${FLOAT_MARK}${value}`);
  };
  story.ToJson(writer as unknown as Parameters<Story['ToJson']>[0]);
  return writer.toString().replace(MARKED_FLOAT, '$1.0');
}

/** Compiles source text; includes are resolved relative to `rootFile`'s folder. Keeps the runtime story. */
export function compileInk(source: string, rootFile: string): CompileWithRuntime {
  const errors: InkIssue[] = [];
  const warnings: InkIssue[] = [];
  const seen = new Set<string>();
  const handler = new PosixFileHandler(`${path.dirname(path.resolve(rootFile))}/`);
  const onIssue = (message: string) => {
    const issue = parseIssue(message, path.basename(rootFile));
    const key = `${issue.severity}\u0000${issue.file}\u0000${issue.line}\u0000${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    (issue.severity === 'error' ? errors : warnings).push(issue);
  };
  // countAllVisits: the explorer and the branch map read visit counts of every container.
  const options = new CompilerOptions(path.basename(rootFile), [], true, onIssue, handler);
  const compiler = new Compiler(source, options);
  const stats = (): InkStats | null => {
    try {
      return compiler.GenerateStats();
    } catch {
      return null;
    }
  };
  try {
    const runtime = compiler.Compile();
    if (runtime && errors.length === 0) return { json: storyToJson(runtime), errors, warnings, runtime, stats: stats() };
  } catch (e) {
    // inkjs throws "Compilation failed." after reporting the errors through onIssue.
    if (errors.length === 0) onIssue(`ERROR: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { json: null, errors, warnings, runtime: null, stats: stats() };
}

export function compileInkSource(source: string, rootFile: string): CompileResult {
  const { json, errors, warnings } = compileInk(source, rootFile);
  return { json, errors, warnings };
}

export function compileInkFile(file: string): CompileResult {
  return compileInkSource(readFileSync(file, 'utf8'), file);
}
