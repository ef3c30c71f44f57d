// `npm run story:balance -- [file.ink|file.json] [--config balance.json] [--runs N] [--seed N] [--json out.json]`
// Seeded play of any ink story with named player policies; see HELP below and story/README.md.
// Exit code 0 when it ran, 2 when the story, the config or the arguments are wrong.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { intOption, parseCli, runCli, UsageError } from '../explore/cli-args.ts';
import { loadStoryFile } from '../explore/load.ts';
import { formatIssue } from '../ink/compile.ts';
import { balanceStory } from './balance.ts';
import { type BalanceConfig, ConfigError, readConfig } from './config.ts';
import { formatReport } from './report.ts';

const HELP = `usage: npm run story:balance -- [file.ink|file.json] [--config balance.json] [--runs N] [--seed N]
                                  [--probes N] [--json out.json] [--all]

Plays the story many times, seeded, with the policy "random" and each policy of the config, and prints
for each: the endings reached (share of runs), each tracked variable's values at the marked point (share
of the runs that got there; mean; share at or above "atLeast"), words between choices (median, max) and
choices per run. Then the share of choice points that matter.

A choice point MATTERS when its options, each followed to the next choice point (or the end), do not
all arrive at the same story state: they leave different global variables or read visit counts
("change the state"), or the same variables but another place or other options on offer ("change the
later text"). Options that rejoin with the same variables are flavour. Each choice point (2+ options)
is probed at its first --probes occurrences (default 3) over all runs.

Defaults: story/main.ink, its folder's balance.json when there is one, --runs 200, --seed 1 (or the
config's "runs" and "seed"). The same story, config, --runs and --seed give the same report.

Config (JSON, every field optional):
  {
    "variables": ["bond_a", "trust"],          // globals to report (default: all)
    "atLeast": { "bond_a": 3 },                // also print the share of runs with bond_a >= 3
    "mark": { "knot": "trial", "label": "the trial" },  // read them on first entering this knot
                                               // (or "knot.stitch"); default: at the end of each run
    "runs": 300, "seed": 1,
    "policies": [                              // "random" is always measured first
      { "name": "caring", "rules": [ { "raise": ["bond_a", "trust"] } ] },
      { "name": "cold",   "rules": [ { "lower": ["bond_a", "trust"] } ] },
      { "name": "careful at the trial", "rules": [
          { "at": "trial", "avoid": "lie|bribe" },
          { "at": ["trial", "verdict"], "raise": ["case"] } ] }
    ]
  }
A rule applies where the choice point's ink path starts with "at" (a knot name prefix, or
"knot.stitch"; default everywhere) and keeps: "choose": the options whose text matches the regular
expression (case-insensitive); "avoid": the others; "raise"/"lower": those after which the named
variables sum highest/lowest at the next choice point (true is 1, a LIST its size). Rules apply in
order; one that would keep nothing is skipped; the pick among what is left is random (seeded).

Exit code: 0 done, 2 a bad story, config or argument.`;

function main(argv: string[]): number {
  const { values, positionals } = parseCli(
    argv,
    {
      config: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      probes: { type: 'string' },
      json: { type: 'string' },
      all: { type: 'boolean' },
    },
    HELP,
  );
  if (positionals.length > 1) throw new UsageError(HELP);
  const file = positionals[0] ?? 'story/main.ink';
  const config: BalanceConfig = configFor(file, values.config);
  const loaded = loadStoryFile(file);
  const dir = path.relative(process.cwd(), path.dirname(path.resolve(file))) || '.';
  if (!loaded.ok) {
    for (const issue of [...loaded.errors, ...loaded.warnings]) console.error(formatIssue(issue, dir));
    console.error(`${file}: ${loaded.errors.length} compile error(s); nothing played.`);
    return 2;
  }
  const report = balanceStory(loaded.story, config, {
    runs: intOption(values.runs, 'runs', config.runs ?? 200, 1),
    seed: intOption(values.seed, 'seed', config.seed ?? 1),
    probesPerPoint: intOption(values.probes, 'probes', 3, 1),
  });
  console.log(formatReport(report, values.all ? Number.POSITIVE_INFINITY : 10));
  if (typeof values.json === 'string') {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${values.json}`);
  }
  return 0;
}

/** --config, else balance.json beside the story when there is one, else an empty config. */
function configFor(file: string, option: string | boolean | undefined): BalanceConfig {
  if (typeof option === 'string') return readConfig(option);
  const beside = path.join(path.dirname(file), 'balance.json');
  try {
    return readConfig(beside);
  } catch (e) {
    if (e instanceof ConfigError && e.message.startsWith('cannot read')) return {};
    throw e;
  }
}

runCli('story:balance', () => main(process.argv.slice(2)), [ConfigError]);
