// `npm run story:check [-- story/main.ink] [--budget-ms N] [--json out.json]`: compile, lint, EXTERNAL
// bindings and the explorer, in one pass (see check.ts). Prints each problem as file:line: severity:
// message, then how the story was covered. Exit code 1 on any error, 2 for bad arguments.
import { writeFileSync } from 'node:fs';
import { intOption, parseCli, UsageError } from '../explore/cli-args.ts';
import { type CheckResult, checkStory, DEFAULT_PLAN } from './check.ts';
import { formatProblem } from './problem.ts';

const USAGE = 'usage: npm run story:check [-- <file.ink>] [--budget-ms N] [--json out.json]';

function coverageLines(result: CheckResult, seconds: number): string[] {
  const { report, story } = result;
  if (!report || !story) return [];
  const ex = report.exhaustive;
  const n = (v: number) => v.toLocaleString('en');
  return [
    `explored ${story.file} in ${seconds.toFixed(1)} s:`,
    `  breadth-first: ${n(ex.states)} distinct states, ${n(ex.transitions)} choices (${n(report.statesPerSecond)}/s), depth ${ex.depth}${ex.complete ? ', complete' : ''}`,
    `  targeted beams: ${n(report.targeted.transitions)} choices; random: ${n(report.random.runs)} runs (${n(report.random.guided)} coverage-guided), ${n(report.random.transitions)} choices`,
    `  endings: ${report.endings.map((e) => `${e.id} (${e.choices.length} choices, by ${e.foundBy}) ${e.run}`).join('; ') || 'none'}`,
    `  knots and stitches: ${report.nodes.reached} of ${report.nodes.total}; choices offered: ${report.choices.offered} of ${report.choices.total}; line coverage ${report.coverage.percent}% (${report.coverage.visited} of ${report.coverage.total} text containers)`,
  ];
}

function main(argv: string[]): number {
  const { values, positionals } = parseCli(argv, { 'budget-ms': { type: 'string' }, json: { type: 'string' } }, USAGE);
  if (positionals.length > 1) throw new UsageError(USAGE);
  const start = performance.now();
  const result = checkStory({
    root: positionals[0] ?? 'story/main.ink',
    explore: { ...DEFAULT_PLAN, budgetMs: intOption(values['budget-ms'], 'budget-ms', DEFAULT_PLAN.budgetMs ?? 120_000, 1) },
  });
  for (const problem of result.problems) (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
  for (const line of coverageLines(result, (performance.now() - start) / 1000)) console.log(line);
  if (typeof values.json === 'string') writeFileSync(values.json, `${JSON.stringify(result.report, null, 2)}\n`);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  console.log(
    errors > 0 ? `story:check: ${errors} error(s), ${warnings} warning(s).` : `story:check: ok (${warnings} warning(s)).`,
  );
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(e.message);
  process.exitCode = 2;
}
