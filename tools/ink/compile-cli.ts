// `npm run story:compile -- [file.ink] [-o story.json] [--stats]`: compile (the same step as the game's
// build), print each error and warning once as file:line: severity: message, write the JSON with -o,
// print inklecate-style stats with --stats. Exit code 0 compiled, 1 compile errors, 2 bad arguments.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCli, runCli, UsageError } from '../explore/cli-args.ts';
import { compileInk, formatIssue } from './compile.ts';

const USAGE = `usage: npm run story:compile -- [file.ink] [-o story.json] [--stats]

Compiles an ink story (default story/main.ink) with its INCLUDEs, as the game's build does (float
literals kept floats, visit counts on), and prints each error and warning once as
file:line: severity: message.
  -o, --output FILE   write the compiled JSON there
  -s, --stats         print Words, Knots, Stitches, Functions, Choices, Gathers, Diverts (as inklecate -s)
Exit code: 0 compiled, 1 compile errors, 2 a bad argument or unreadable file.`;

function main(argv: string[]): number {
  const { values, positionals } = parseCli(
    argv,
    { output: { type: 'string', short: 'o' }, stats: { type: 'boolean', short: 's' } },
    USAGE,
  );
  if (positionals.length > 1) throw new UsageError(USAGE);
  const file = positionals[0] ?? 'story/main.ink';
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  const result = compileInk(source, file);
  const dir = path.relative(process.cwd(), path.dirname(path.resolve(file))) || '.';
  for (const issue of [...result.errors, ...result.warnings]) console.error(formatIssue(issue, dir));
  if (values.stats && result.stats) {
    const s = result.stats;
    console.log(
      [`Words: ${s.words}`, `Knots: ${s.knots}`, `Stitches: ${s.stitches}`, `Functions: ${s.functions}`]
        .concat([`Choices: ${s.choices}`, `Gathers: ${s.gathers}`, `Diverts: ${s.diverts}`])
        .join('\n'),
    );
  }
  if (!result.json) {
    console.error(`${result.errors.length} error(s): ${file} did not compile.`);
    return 1;
  }
  if (typeof values.output === 'string') {
    writeFileSync(values.output, result.json);
    console.log(`wrote ${values.output} (${result.json.length} bytes)`);
  }
  console.log(`compiled ${file}: ${result.warnings.length} warning(s)`);
  return 0;
}

runCli('story:compile', () => main(process.argv.slice(2)));
