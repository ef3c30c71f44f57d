// `npm run story:check [-- story/main.ink] [--config check.json] [--budget-ms N] [--json out.json]`:
// compile, lint, EXTERNAL bindings and the explorer, in one pass (see check.ts). Prints each problem as
// file:line: severity: message, then how the story was covered. Exit code 0 clean, 1 a problem found,
// 2 the tool could not run (bad arguments or config, a crash).
import { writeFileSync } from 'node:fs';
import { intOption, parseCli, runCli, UsageError } from '../explore/cli-args.ts';
import { reportJson } from '../explore/report.ts';
import { type CheckResult, checkStory, DEFAULT_PLAN } from './check.ts';
import { CheckConfigError, configBeside, readCheckConfig } from './config.ts';
import { formatProblem } from './problem.ts';

const USAGE = `usage: npm run story:check [-- <file.ink|file.json>] [--config check.json] [--budget-ms N] [--json out.json]

Compiles the story (default story/main.ink), lints its tags for the game, checks its EXTERNALs, and
explores it on a counted plan: no dead end, no ink runtime error (nor NaN or Infinity in the text),
the endings the config requires reached, knots and stitches reached. The requirements come from
check.json beside the story (or --config):
  { "endings": ["good", "bad"], "failOnUnreached": true, "lint": true,
    "plan": { "states": 10000, "runs": 300, "seed": 1, "maxChoicesPerRun": 500 } }
--budget-ms caps the time (default 300000); hitting it is a warning, since the answer then depends
on the machine. Exit code: 0 clean, 1 a problem found, 2 the tool could not run.`;

function coverageLines(result: CheckResult, seconds: number): string[] {
  const { report, story } = result;
  if (!report || !story) return [];
  const ex = report.exhaustive;
  const n = (v: number) => v.toLocaleString('en');
  return [
    `explored ${report.file} in ${seconds.toFixed(1)} s:`,
    `  breadth-first: ${n(ex.states)} distinct states, ${n(ex.transitions)} choices (${n(report.statesPerSecond)}/s), depth ${ex.depth}${ex.complete ? ', complete' : ''}`,
    `  targeted beams: ${n(report.targeted.transitions)} choices; random: ${n(report.random.runs)} runs (${n(report.random.guided)} coverage-guided), ${n(report.random.transitions)} choices`,
    `  endings: ${report.endings.map((e) => `${e.id} (${e.choices.length} choices, by ${e.foundBy}) ${e.run}`).join('; ') || 'none'}`,
    `  knots and stitches: ${report.nodes.reached} of ${report.nodes.total}; choices offered: ${report.choices.offered} of ${report.choices.total}; line coverage ${report.coverage.percent}% (${report.coverage.visited} of ${report.coverage.total} text containers)`,
  ];
}

function main(argv: string[]): number {
  const { values, positionals } = parseCli(
    argv,
    {
      'budget-ms': { type: 'string' },
      json: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(USAGE);
  const root = positionals[0] ?? 'story/main.ink';
  const config = typeof values.config === 'string' ? readCheckConfig(values.config) : readCheckConfig(configBeside(root), true);
  const start = performance.now();
  const budgetMs = intOption(values['budget-ms'], 'budget-ms', DEFAULT_PLAN.budgetMs ?? 300_000, 1);
  const result = checkStory({ root, config, explore: { budgetMs } });
  for (const problem of result.problems) (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
  for (const line of coverageLines(result, (performance.now() - start) / 1000)) console.log(line);
  if (typeof values.json === 'string' && result.report) writeFileSync(values.json, reportJson(result.report));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  console.log(
    errors > 0 ? `story:check: ${errors} error(s), ${warnings} warning(s).` : `story:check: ok (${warnings} warning(s)).`,
  );
  return errors > 0 ? 1 : 0;
}

runCli('story:check', () => main(process.argv.slice(2)), [CheckConfigError]);
