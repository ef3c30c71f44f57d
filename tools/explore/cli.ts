// `npm run story:explore -- <file.ink|file.json> [options]`: explores any ink story (see USAGE).
// Exit code 0 clean, 1 problems found, 2 the tool could not run (a story that does not compile or
// load, bad arguments, a crash).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../ink/compile.ts';
import { intOption, parseCli, runCli, UsageError } from './cli-args.ts';
import { exploreStory } from './explore.ts';
import { failures } from './failures.ts';
import { loadStoryFile } from './load.ts';
import { reportJson } from './report.ts';
import { formatSummary } from './summary.ts';

const USAGE = `usage: npm run story:explore -- [file.ink|file.json] [--states N] [--runs N] [--seed N] [--random]
         [--max-choices N] [--budget-ms N] [--json out.json] [--require-endings a,b] [--fail-on-unreached]

Explores the story (default story/main.ink): every distinct state breadth-first (up to --states, default 10000), then, if that did not
finish, two targeted beams and --runs (default 300) seeded random and coverage-guided runs. The plan
is counted, so the same story, options and --seed give the same answer (and the same --json bytes) on
any machine; --budget-ms (default 600000) only caps the time, and says so when hit.
  --random             random runs only (--runs of them): a quick seeded walk, with how often each
                       ending was reached (npm run story:walk is this)
  --max-choices N      a random run or beam stops after N choices (default 500; loops)
  --json out.json      the whole report (schemaVersion, paths relative to the working folder)
  --require-endings    ending ids (an "# ending:" tag, or "END in knot" as printed) that must be
                       reached, comma-separated: exit 1 if one is not
  --fail-on-unreached  exit 1 if a knot or stitch is never reached
Exit code: 0 clean, 1 a problem found (dead end, runtime error, NaN/Infinity in the text, a required
ending or knot not reached), 2 the tool could not run.`;

const OPTIONS = {
  json: { type: 'string' },
  'budget-ms': { type: 'string' },
  states: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  'max-choices': { type: 'string' },
  random: { type: 'boolean' },
  'require-endings': { type: 'string' },
  'fail-on-unreached': { type: 'boolean' },
} as const;

function main(argv: string[]): number {
  const { values, positionals } = parseCli(argv, OPTIONS, USAGE);
  if (positionals.length > 1) throw new UsageError(USAGE);
  const file = positionals[0] ?? 'story/main.ink';
  const loaded = loadStoryFile(file);
  const dir = path.relative(process.cwd(), path.dirname(path.resolve(file))) || '.';
  for (const issue of loaded.ok ? loaded.story.warnings : [...loaded.errors, ...loaded.warnings]) {
    console.error(formatIssue(issue, dir));
  }
  if (!loaded.ok) {
    console.error(`${file}: ${loaded.errors.length} error(s); nothing explored.`);
    return 2;
  }
  const required = String(values['require-endings'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const report = exploreStory(loaded.story, {
    budgetMs: intOption(values['budget-ms'], 'budget-ms', 600_000, 1),
    maxStates: intOption(values.states, 'states', 10_000),
    randomRuns: intOption(values.runs, 'runs', 300),
    seed: intOption(values.seed, 'seed', 1),
    maxChoicesPerRun: intOption(values['max-choices'], 'max-choices', 500, 1),
    ...(values.random ? { strategy: 'random' as const } : {}),
    ...(values.runs !== undefined ? { forceRandom: true } : {}),
  });
  console.log(formatSummary(report));
  if (typeof values.json === 'string') {
    writeFileSync(values.json, reportJson(report));
    console.log(`\nwrote ${values.json}`);
  }
  const problems = failures(report, required, values['fail-on-unreached'] === true);
  if (problems.length > 0) console.log(`\nstory:explore: ${problems.join('; ')}.`);
  return problems.length > 0 ? 1 : 0;
}

runCli('story:explore', () => main(process.argv.slice(2)));
