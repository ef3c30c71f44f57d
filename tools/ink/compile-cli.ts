// `npm run story:compile [file.ink]`: compile and print errors and warnings as file:line: message.
import path from 'node:path';
import { compileInkFile, formatIssue } from './compile.ts';

const file = process.argv[2] ?? 'story/main.ink';
const result = compileInkFile(file);
const dir = path.relative(process.cwd(), path.dirname(path.resolve(file))) || '.';
for (const issue of [...result.errors, ...result.warnings]) console.error(formatIssue(issue, dir));
if (result.errors.length > 0) {
  console.error(`${result.errors.length} error(s): the story did not compile.`);
  process.exit(1);
}
console.log(`compiled ${file}: ${result.warnings.length} warning(s), ${result.json?.length ?? 0} bytes of JSON`);
