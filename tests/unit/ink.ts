// Test helper: compile a fixture with the real inkjs compiler, failing loudly on errors.
import { compileInkFile, formatIssue } from '../../tools/ink/compile.ts';

export function compileFixture(file: string): string {
  const result = compileInkFile(file);
  if (!result.json) throw new Error(`fixture ${file} did not compile:\n${result.errors.map((e) => formatIssue(e)).join('\n')}`);
  return result.json;
}
