// Compiles an ink file (with its INCLUDEs) through inkjs's bundled compiler.
// Node only: the game bundles the runtime, never the compiler.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PosixFileHandler } from 'inkjs/compiler/FileHandler/PosixFileHandler';
import { Compiler, CompilerOptions } from 'inkjs/full';

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

const ISSUE = /^(ERROR|WARNING|RUNTIME ERROR|RUNTIME WARNING|TODO): (?:'([^']+)' )?line (\d+): (.*)$/s;

/** Turns inkjs's "ERROR: 'file.ink' line 3: message" into a structured issue. */
export function parseIssue(raw: string, rootFile: string): InkIssue {
  const m = ISSUE.exec(raw.trim());
  const severity = raw.startsWith('WARNING') || raw.startsWith('TODO') ? 'warning' : 'error';
  if (!m) return { severity, file: rootFile, line: 0, message: raw.trim() };
  return { severity, file: m[2] ?? path.basename(rootFile), line: Number(m[3]), message: m[4] ?? '' };
}

export function formatIssue(issue: InkIssue, dir = 'story'): string {
  return `${path.join(dir, issue.file)}:${issue.line}: ${issue.severity}: ${issue.message}`;
}

/** Compiles source text; includes are resolved relative to `rootFile`'s folder. */
export function compileInkSource(source: string, rootFile: string): CompileResult {
  const errors: InkIssue[] = [];
  const warnings: InkIssue[] = [];
  const handler = new PosixFileHandler(`${path.dirname(path.resolve(rootFile))}/`);
  const onIssue = (message: string) => {
    const issue = parseIssue(message, path.basename(rootFile));
    (issue.severity === 'error' ? errors : warnings).push(issue);
  };
  // countAllVisits: the explorer and the branch map read visit counts of every container.
  const options = new CompilerOptions(path.basename(rootFile), [], true, onIssue, handler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (story && errors.length === 0) json = story.ToJson() ?? null;
  } catch (e) {
    if (errors.length === 0) {
      errors.push({
        severity: 'error',
        file: path.basename(rootFile),
        line: 0,
        message: String(e instanceof Error ? e.message : e),
      });
    }
  }
  return { json, errors, warnings };
}

export function compileInkFile(file: string): CompileResult {
  return compileInkSource(readFileSync(file, 'utf8'), file);
}
