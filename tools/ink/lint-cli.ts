// `npm run story:lint`: compile (its warnings listed too), then lint tags, speakers and asset ids.
// Exits 1 on any error.
import path from 'node:path';
import { formatIssue } from './compile.ts';
import { compileInkFileCached } from './compile-cache.ts';
import { lintStory } from './lint.ts';

const root = process.argv[2] ?? 'story/main.ink';
const dir = path.relative(process.cwd(), path.dirname(path.resolve(root))) || '.';
const compiled = compileInkFileCached(root);
const listDefs = compiled.json ? JSON.parse(compiled.json.replace(/^\uFEFF/, '')).listDefs : undefined;
const issues = [...compiled.errors, ...compiled.warnings, ...lintStory(root, { assetsDir: 'assets', listDefs })];
for (const issue of issues) console.error(formatIssue(issue, dir));
const errors = issues.filter((i) => i.severity === 'error').length;
if (errors > 0) {
  console.error(`story lint: ${errors} error(s).`);
  process.exit(1);
}
console.log(`story lint: ok (${issues.length} warning(s)).`);
