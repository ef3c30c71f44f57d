// The balance report: per policy the ending distribution, the tracked variables at the mark and the
// words between choices; over all runs, the share of choice points that matter (probe.ts). Plain data
// (the --json output) and its text form.
import type { Shown } from './outcome.ts';
import type { ChoiceProbes, ProbedPoint } from './probe.ts';
import type { RunRecord } from './simulate.ts';

export interface VariableReport {
  /** Value as shown -> runs (for a LIST: item -> runs holding it, plus its size). */
  values: Record<string, number>;
  mean: number | null;
  /** Share of the runs that reached the mark with the value at least `atLeast` (config). */
  atLeast: { value: number; share: number } | null;
}

export interface PolicyReport {
  name: string;
  runs: number;
  endings: Record<string, number>;
  mark: { reached: number; variables: Record<string, VariableReport> };
  words: { segments: number; median: number; max: number; maxWhere: string };
  choicesPerRun: { min: number; median: number; max: number };
}

export interface ChoicePointReport {
  total: number;
  matter: number;
  changeState: number;
  changeLaterTextOnly: number;
  share: number;
  singleOption: number;
  flavour: { where: string; options: string[] }[];
}

export interface BalanceReport {
  schemaVersion: 1;
  file: string;
  seed: number;
  runs: number;
  mark: string;
  policies: PolicyReport[];
  choicePoints: ChoicePointReport;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function countInto(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function variableReport(values: Shown[], atLeast: number | undefined): VariableReport {
  const counts: Record<string, number> = {};
  let numeric = true;
  for (const value of values) {
    if (Array.isArray(value)) {
      numeric = false;
      countInto(counts, `size ${value.length}`);
      for (const item of value) countInto(counts, item);
    } else {
      if (typeof value !== 'number') numeric = false;
      countInto(counts, String(value));
    }
  }
  const numbers = numeric ? (values as number[]) : [];
  const mean = numeric && numbers.length > 0 ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
  const share = atLeast !== undefined && numbers.length > 0 ? numbers.filter((n) => n >= atLeast).length / numbers.length : null;
  return { values: counts, mean, atLeast: share === null || atLeast === undefined ? null : { value: atLeast, share } };
}

export function policyReport(
  name: string,
  records: RunRecord[],
  variables: readonly string[],
  atLeast: Record<string, number>,
): PolicyReport {
  const endings: Record<string, number> = {};
  for (const r of records) countInto(endings, r.ending);
  const reached = records.filter((r) => r.atMark !== null);
  const vars: Record<string, VariableReport> = {};
  for (const v of variables) {
    vars[v] = variableReport(
      reached.map((r) => r.atMark?.[v] ?? ''),
      atLeast[v],
    );
  }
  const segments = records.flatMap((r) => r.words);
  let longest = segments[0] ?? { count: 0, where: '' };
  for (const s of segments) if (s.count > longest.count) longest = s;
  const choices = records.map((r) => r.choices);
  return {
    name,
    runs: records.length,
    endings: Object.fromEntries(Object.entries(endings).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    mark: { reached: reached.length, variables: vars },
    words: {
      segments: segments.length,
      median: median(segments.map((s) => s.count)),
      max: longest.count,
      maxWhere: longest.where,
    },
    choicesPerRun: { min: Math.min(...choices), median: median(choices), max: Math.max(...choices) },
  };
}

export function choicePointReport(probes: ChoiceProbes): ChoicePointReport {
  const points: ProbedPoint[] = [...probes.points.values()];
  const matter = points.filter((p) => p.changesState || p.changesText);
  const flavour = points.filter((p) => !p.changesState && !p.changesText).map((p) => ({ where: p.where, options: p.options }));
  return {
    total: points.length,
    matter: matter.length,
    changeState: points.filter((p) => p.changesState).length,
    changeLaterTextOnly: points.filter((p) => p.changesText && !p.changesState).length,
    share: points.length > 0 ? matter.length / points.length : 0,
    singleOption: probes.single.size,
    flavour: flavour.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true })),
  };
}

const pct = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)}%` : '-');

function valueOrder(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a.localeCompare(b);
}

export function formatReport(report: BalanceReport, flavourShown = 10): string {
  const out: string[] = [`Balance of ${report.file}: ${report.runs} runs per policy, seed ${report.seed}`, ''];
  for (const p of report.policies) {
    out.push(`== ${p.name} ==`);
    out.push('  endings:');
    for (const [id, count] of Object.entries(p.endings)) out.push(`    ${pct(count, p.runs).padStart(4)}  ${id} (${count})`);
    out.push(`  variables at ${report.mark} (reached in ${p.mark.reached} of ${p.runs} runs):`);
    for (const [name, v] of Object.entries(p.mark.variables)) {
      const values = Object.entries(v.values)
        .sort((a, b) => valueOrder(a[0], b[0]))
        .map(([value, count]) => `${value}: ${pct(count, p.mark.reached)}`)
        .join(', ');
      const mean = v.mean === null ? '' : `; mean ${v.mean.toFixed(2)}`;
      const least = v.atLeast ? `; >= ${v.atLeast.value} in ${pct(v.atLeast.share, 1)}` : '';
      out.push(`    ${name}: ${values}${mean}${least}`);
    }
    out.push(
      `  words between choices: median ${p.words.median}, max ${p.words.max} (before ${p.words.maxWhere}); ` +
        `choices per run: min ${p.choicesPerRun.min}, median ${p.choicesPerRun.median}, max ${p.choicesPerRun.max}`,
      '',
    );
  }
  const c = report.choicePoints;
  out.push(
    `Choice points that matter: ${c.matter} of ${c.total} (${pct(c.matter, c.total)}): ${c.changeState} change the state, ` +
      `${c.changeLaterTextOnly} only the later text; ${c.singleOption} more offer a single option (not counted).`,
  );
  if (c.flavour.length > 0) {
    out.push(`  flavour only (the options rejoin with the same state):`);
    for (const f of c.flavour.slice(0, flavourShown))
      out.push(`    ${f.where}: ${f.options.map((o) => JSON.stringify(o)).join(' / ')}`);
    if (c.flavour.length > flavourShown) out.push(`    … and ${c.flavour.length - flavourShown} more (--all or --json)`);
  }
  return out.join('\n');
}
