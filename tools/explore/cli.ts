// `npm run story:explore -- <file.ink|file.json> [--json out.json] [--budget-ms N] [--random N] [--seed N]`
// Explores any ink story: prints a summary, writes the full report as JSON with --json. Exit code 1
// when it finds a dead end or a runtime error, 2 for a story that does not compile or bad arguments.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../ink/compile.ts';
import { intOption, parseCli, UsageError } from './cli-args.ts';
import { exploreStory } from './explore.ts';
import { loadStoryFile } from './load.ts';
import { formatSummary } from './summary.ts';

const USAGE = 'usage: npm run story:explore -- <file.ink|file.json> [--json out.json] [--budget-ms N] [--random N] [--seed N]';

function main(argv: string[]): number {
  const { values, positionals } = parseCli(
    argv,
    { json: { type: 'string' }, 'budget-ms': { type: 'string' }, random: { type: 'string' }, seed: { type: 'string' } },
    USAGE,
  );
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  const loaded = loadStoryFile(file);
  const dir = path.relative(process.cwd(), path.dirname(path.resolve(file))) || '.';
  for (const issue of loaded.ok ? loaded.story.warnings : [...loaded.errors, ...loaded.warnings]) {
    console.error(formatIssue(issue, dir));
  }
  if (!loaded.ok) {
    console.error(`${file}: ${loaded.errors.length} compile error(s); nothing explored.`);
    return 2;
  }
  const random = values.random === undefined ? undefined : intOption(values.random, 'random', 0);
  const report = exploreStory(loaded.story, {
    budgetMs: intOption(values['budget-ms'], 'budget-ms', 10_000, 1),
    seed: intOption(values.seed, 'seed', 1),
    ...(random !== undefined ? { randomRuns: random, forceRandom: true } : {}),
  });
  console.log(formatSummary(report));
  if (typeof values.json === 'string') {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${values.json}`);
  }
  return report.deadEnds.length > 0 || report.errors.length > 0 ? 1 : 0;
}

// `story:explore ... | head` closes stdout early: stop quietly rather than with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(e.message);
  process.exitCode = 2;
}
