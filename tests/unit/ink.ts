// Test helper: compile a fixture with the real inkjs compiler, failing loudly on errors. Compiles are
// kept in the on-disk cache (tools/ink/compile-cache.ts), keyed by the sources' hash, so the story and
// each fixture are compiled once per change, not once per test file.
import { formatIssue } from '../../tools/ink/compile.ts';
import { compileInkFileCached } from '../../tools/ink/compile-cache.ts';

export function compileFixture(file: string): string {
  const result = compileInkFileCached(file);
  if (!result.json) throw new Error(`fixture ${file} did not compile:\n${result.errors.map((e) => formatIssue(e)).join('\n')}`);
  return result.json;
}
