// story:check: everything that must hold before the story ships, each problem with its file and line.
//   1. it compiles (errors fail, warnings are listed);
//   2. the lint passes (tags against the grammar, speakers, asset ids in the manifests), unless the
//      config turns it off;
//   3. every EXTERNAL runs in the game (externals.ts);
//   4. the explorer, on a fixed plan: the config's endings reached, no dead end, no ink runtime error
//      (nor NaN/Infinity in the text), every knot and stitch reached (an error with failOnUnreached, else
//      a warning); choices never offered and ink warnings are listed.
// What is required comes from the story's check.json (config.ts), so it runs on any story. The plan is
// counted, not timed (states, beams, runs), so a slow machine gets the same answer, only later; the
// time budget is only a cap, and a warning when hit.
import path from 'node:path';
import type { ExternalTable } from '../../src/engine/index.ts';
import { DEFAULT_EXPLORE_PLAN, type ExploreOptions, exploreStory } from '../explore/explore.ts';
import { type LoadedStory, loadStoryFile } from '../explore/load.ts';
import type { ExploreReport } from '../explore/report.ts';
import { lintStory } from '../ink/lint.ts';
import { type CheckConfig, configBeside, readCheckConfig } from './config.ts';
import { checkExternals } from './externals.ts';
import { type CheckProblem, placeOf } from './problem.ts';

export interface CheckOptions {
  /** The story's main file (default story/main.ink). */
  root?: string;
  /** Folder of the asset manifests (default assets). */
  assetsDir?: string;
  /** The requirements (default: check.json beside the root, else none). */
  config?: CheckConfig;
  /** Ending ids that must be reached (overrides the config's). */
  endings?: readonly string[];
  externals?: ExternalTable;
  /** Overrides of the exploration plan (see DEFAULT_PLAN). */
  explore?: ExploreOptions;
}

/** The plan when the config names none: the explorer's (10 000 states, 300 runs, seed 1) under a 5-minute cap. */
export const DEFAULT_PLAN: ExploreOptions = { ...DEFAULT_EXPLORE_PLAN, budgetMs: 300_000 };

export function planFrom(config: CheckConfig): ExploreOptions {
  const p = config.plan ?? {};
  return {
    ...DEFAULT_PLAN,
    ...(p.states !== undefined ? { maxStates: p.states } : {}),
    ...(p.runs !== undefined ? { randomRuns: p.runs } : {}),
    ...(p.seed !== undefined ? { seed: p.seed } : {}),
    ...(p.maxChoicesPerRun !== undefined ? { maxChoicesPerRun: p.maxChoicesPerRun } : {}),
  };
}

export interface CheckResult {
  problems: CheckProblem[];
  story: LoadedStory | null;
  report: ExploreReport | null;
}

export function checkStory(options: CheckOptions = {}): CheckResult {
  const root = options.root ?? 'story/main.ink';
  const config = options.config ?? readCheckConfig(configBeside(root), true);
  const dir = path.relative(process.cwd(), path.dirname(path.resolve(root))) || '.';
  const problems: CheckProblem[] = [];
  const loaded = loadStoryFile(root);
  for (const issue of loaded.ok ? loaded.story.warnings : [...loaded.errors, ...loaded.warnings]) {
    problems.push({ ...issue, kind: 'compile', file: path.join(dir, issue.file) });
  }
  if (root.endsWith('.ink') && config.lint !== false) {
    const listDefs = loaded.ok
      ? (JSON.parse(loaded.story.json) as { listDefs?: Record<string, Record<string, number>> }).listDefs
      : undefined;
    for (const issue of lintStory(root, { assetsDir: options.assetsDir ?? 'assets', listDefs })) {
      problems.push({ ...issue, kind: 'lint', file: path.join(dir, issue.file) });
    }
  }
  if (!loaded.ok) return { problems, story: null, report: null };
  const story = loaded.story;
  // The lint already flags an EXTERNAL missing from STORY_EXTERNALS; say it once.
  const external = checkExternals(story, options.externals);
  const linted = (name: string) => problems.some((p) => p.kind === 'lint' && p.message.includes(`EXTERNAL ${name} `));
  problems.push(...external.filter((e) => !linted(e.name)).map((e) => e.problem));
  if (external.some((p) => p.unplayable)) {
    problems.push({
      severity: 'error',
      kind: 'external',
      file: root,
      line: 0,
      message: 'not explored: an EXTERNAL has neither binding nor fallback.',
    });
    return { problems, story, report: null };
  }
  const plan: ExploreOptions = {
    ...planFrom(config),
    ...(options.externals ? { externals: options.externals } : {}),
    ...options.explore,
  };
  const report = exploreStory(story, plan);
  const required = { endings: options.endings ?? config.endings ?? [], failOnUnreached: config.failOnUnreached === true };
  problems.push(...exploreProblems(report, root, required));
  return { problems, story, report };
}

function exploreProblems(
  report: ExploreReport,
  root: string,
  required: { endings: readonly string[]; failOnUnreached: boolean },
): CheckProblem[] {
  const out: CheckProblem[] = [];
  const at = (severity: CheckProblem['severity'], kind: CheckProblem['kind'], where: string, message: string) => {
    const place = placeOf(where, root);
    const inkPath = place.path && place.path !== root ? ` (at ${place.path})` : '';
    out.push({ severity, kind, file: place.file, line: place.line, message: `${message}${inkPath}` });
  };
  const replay = (run: string) => `replay: npm run play -- ${root} --run ${run}`;
  const found = new Set(report.endings.map((e) => e.id));
  for (const id of required.endings) {
    if (found.has(id)) continue;
    const tag = report.unreached.endings.find((e) => e.id === id);
    if (tag) at('error', 'ending', tag.where, `ending "${id}" is never reached by the explorer (${howExplored(report)}).`);
    else at('error', 'ending', root, `no "# ending: ${id}" in the story, but the check config requires it.`);
  }
  for (const d of report.deadEnds) at('error', 'dead-end', d.where, `dead end: ${d.reason}. ${replay(d.run)}`);
  for (const e of report.errors) at('error', 'runtime-error', e.where, `ink runtime error: ${e.message}. ${replay(e.run)}`);
  for (const w of report.warnings)
    at('warning', 'runtime-warning', w.where, `ink runtime warning: ${w.message}. ${replay(w.run)}`);
  for (const p of [...report.unreached.knots, ...report.unreached.stitches]) {
    at(
      required.failOnUnreached ? 'error' : 'warning',
      'unreached',
      p.where,
      `"${p.id}" is never reached (${howExplored(report)}).`,
    );
  }
  for (const c of report.choices.neverOffered) at('warning', 'choice', c.where, `choice "${c.text}" is never offered.`);
  if (report.timeCapped || report.exhaustive.stoppedBy === 'memory') {
    at('warning', 'budget', root, `the exploration stopped before its plan was done (${howExplored(report)}): results may vary.`);
  }
  return out;
}

export function howExplored(report: ExploreReport): string {
  const ex = report.exhaustive;
  const parts = [`${ex.states} states breadth-first${ex.complete ? ', all of them' : ''}`];
  if (report.targeted.transitions > 0) parts.push('2 targeted beams');
  if (report.random.runs > 0) parts.push(`${report.random.runs} random runs`);
  return parts.join(', ');
}
