// What makes story:explore exit with 1 (cli.ts): the problems it found, and what the options require.
import type { ExploreReport } from './report.ts';

/** The problems that make the exit code 1, one line each. */
export function failures(report: ExploreReport, required: readonly string[], failOnUnreached: boolean): string[] {
  const out: string[] = [];
  if (report.deadEnds.length > 0) out.push(`${report.deadEnds.length} dead end(s)`);
  if (report.errors.length > 0) out.push(`${report.errors.length} runtime error(s)`);
  const found = new Set(report.endings.map((e) => e.id));
  for (const id of required) if (!found.has(id)) out.push(`required ending "${id}" not reached`);
  const { knots, stitches } = report.unreached;
  if (failOnUnreached && knots.length + stitches.length > 0)
    out.push(`${knots.length + stitches.length} knot(s) or stitch(es) never reached`);
  return out;
}
