// The explorer's report as text for a terminal. Long lists show their first items; --json has all.
import type { ExploreReport, RunReport } from './report.ts';

const SHOWN = 15;

function list<T>(items: readonly T[], line: (item: T) => string): string[] {
  const out = items.slice(0, SHOWN).map((item) => `  ${line(item)}`);
  if (items.length > SHOWN) out.push(`  … and ${items.length - SHOWN} more (see --json)`);
  return out;
}

function quote(text: string, max = 70): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${clipped}"`;
}

function runLine(r: RunReport): string {
  const how = r.shortest ? 'shortest' : `found by ${r.foundBy}`;
  return `${r.choices.length} choice${r.choices.length === 1 ? '' : 's'} (${how}, seed ${r.seed}), run ${r.run}`;
}

const n = (value: number) => value.toLocaleString('en');

export function formatSummary(report: ExploreReport): string {
  const { exhaustive: ex, random } = report;
  const { plan } = report;
  const out: string[] = [
    `Explored ${report.file} (story ${report.storyHash}, seed ${report.seed}; plan: ` +
      (plan.strategy === 'random'
        ? `${n(plan.randomRuns)} random runs`
        : `${n(plan.maxStates)} states, ${n(plan.randomRuns)} runs`) +
      `, at most ${n(plan.maxChoicesPerRun)} choices a run)`,
  ];
  if (ex.stoppedBy !== 'skipped') {
    const stopped = ex.complete
      ? 'complete: every distinct state expanded'
      : `stopped by ${ex.stoppedBy}, ${n(ex.frontier)} states left`;
    out.push(
      `  exhaustive: ${n(ex.states)} distinct states, ${n(ex.transitions)} choices tried in ${(ex.ms / 1000).toFixed(1)} s ` +
        `(${n(report.statesPerSecond)}/s), depth ${ex.depth}; ${stopped}`,
    );
  }
  const { targeted } = report;
  if (targeted.transitions > 0) {
    const cut = targeted.cut ? `; cut at ${n(plan.maxChoicesPerRun)} choices (a loop?)` : '';
    out.push(
      `  targeted: 2 beams over the variables, ${n(targeted.transitions)} choices, ${n(targeted.runs)} endings reached${cut}`,
    );
  }
  if (random.runs > 0) {
    const cut = random.cut > 0 ? `; ${random.cut} cut at the choice limit (a loop?)` : '';
    out.push(`  random: ${n(random.runs)} runs (${n(random.guided)} coverage-guided), ${n(random.transitions)} choices${cut}`);
  }
  if (report.timeCapped)
    out.push('  warning: the time cap (--budget-ms) was hit before the plan was done: this answer depends on the machine.');
  if (!report.inMemoryForks)
    out.push('  note: inkjs internals differ from what the explorer expects; states were cloned as JSON (slower).');

  out.push('', `Endings (${report.endings.length}):`);
  const times = (e: RunReport) => (random.runs > 0 && ex.stoppedBy === 'skipped' ? `, reached ${n(e.count)}x` : '');
  out.push(...list(report.endings, (e) => `${e.id}: ${runLine(e)}${times(e)} [${e.where}]`));
  out.push(...list(report.unreached.endings, (e) => `never reached: ${e.id} [${e.where}]`));
  out.push('', `Dead ends (${report.deadEnds.length}):`);
  out.push(
    ...list(
      report.deadEnds,
      (d) => `${d.where}: ${d.reason}${d.lastLine ? ` after ${quote(d.lastLine, 50)}` : ''}; ${runLine(d)}`,
    ),
  );
  out.push('', `Runtime errors (${report.errors.length}):`);
  out.push(...list(report.errors, (e) => `${e.where}: ${e.message}; ${runLine(e)}`));
  if (report.warnings.length > 0) {
    out.push('', `Runtime warnings (${report.warnings.length}):`);
    out.push(...list(report.warnings, (w) => `${w.where}: ${w.message}; ${runLine(w)}`));
  }
  const { knots, stitches, functions } = report.unreached;
  out.push(
    '',
    `Knots and stitches reached: ${report.nodes.reached} of ${report.nodes.total} ${reachedBy(report.nodes.reachedBy)}`,
  );
  out.push(...list([...knots, ...stitches], (p) => `never reached: ${p.id} [${p.where}]`));
  if (functions.length > 0) out.push(`  functions never called: ${functions.map((f) => f.id).join(', ')}`);
  const { choices } = report;
  out.push('', `Choices offered: ${choices.offered} of ${choices.total}`);
  out.push(...list(choices.neverOffered, (c) => `never offered: ${quote(c.text || '(no text)')} [${c.where}]`));
  const cov = report.coverage;
  out.push(
    '',
    `Line coverage: ${cov.percent}% (${cov.visited} of ${cov.total} containers with text) ${reachedBy(cov.reachedBy)}`,
  );
  out.push(...list(cov.neverShown, (c) => `never shown: ${quote(c.text)} [${c.where}]`));
  return out.join('\n');
}

function reachedBy(by: Record<string, number>): string {
  const parts = Object.entries(by)
    .filter(([, count]) => count > 0)
    .map(([phase, count]) => `${count} by ${phase}`);
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}
