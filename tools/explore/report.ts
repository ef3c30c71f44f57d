// The explorer's report: plain data (the --json output), built from the findings, the branch graph
// (knots, stitches, choice texts: the engine's buildBranchGraph) and the story facts. Every run is a
// run string (encodeRun: story hash, seed, choices) that the game's ?run= link and `npm run play --
// --run` replay; `where` is file:line for .ink input, else the ink path.
import { type BranchGraph, encodeRun } from '../../src/engine/index.ts';
import type { BeamStats } from './beam.ts';
import type { Findings, Found, IssueFound, Phase, RunRef } from './findings.ts';
import type { RandomStats } from './random-runs.ts';
import type { SearchStats } from './search.ts';
import type { SourceMap } from './source-map.ts';
import type { StoryFacts } from './story-facts.ts';

export interface RunReport {
  /** The run string: paste it into the game's address (?run=...) or `npm run play -- FILE --run ...`. */
  run: string;
  seed: number;
  choices: number[];
  /** True when proven shortest (found breadth-first with the search's seed). */
  shortest: boolean;
  /** The phase that found it first. */
  foundBy: Phase;
  count: number;
}

export interface EndingReport extends RunReport {
  id: string;
  where: string;
  lastLine: string;
}

export interface DeadEndReport extends RunReport {
  reason: string;
  where: string;
  path: string | null;
  lastLine: string;
}

export interface IssueReport extends RunReport {
  message: string;
  where: string;
  path: string | null;
}

export interface PlaceReport {
  id: string;
  where: string;
}

export interface ChoiceReport {
  path: string;
  text: string;
  node: string | null;
  where: string;
}

/** The explorer's plan: what it was asked to do (the same plan gives the same report). */
export interface ExplorePlan {
  strategy: 'full' | 'random';
  maxStates: number;
  randomRuns: number;
  seed: number;
  maxChoicesPerRun: number;
  beamWidth: number;
}

/** Version of the --json format: raised when a field changes meaning or goes away. */
export const REPORT_SCHEMA_VERSION = 1;

export interface ExploreReport {
  schemaVersion: number;
  /** The story, relative to the working folder. */
  file: string;
  storyHash: string;
  seed: number;
  plan: ExplorePlan;
  /** The time bound was hit before the plan was done: the answer depends on the machine. */
  timeCapped: boolean;
  /** Budget and how it was used. */
  exhaustive: SearchStats;
  targeted: BeamStats;
  random: RandomStats;
  /** Exhaustive-pass throughput: choices tried per second. */
  statesPerSecond: number;
  /** False when inkjs's internals were not as expected and states were cloned through JSON. */
  inMemoryForks: boolean;
  endings: EndingReport[];
  deadEnds: DeadEndReport[];
  errors: IssueReport[];
  warnings: IssueReport[];
  /** Knots, stitches and functions never entered; `# ending:` ids in the story never reached. */
  unreached: { knots: PlaceReport[]; stitches: PlaceReport[]; functions: PlaceReport[]; endings: PlaceReport[] };
  nodes: { total: number; reached: number; reachedBy: Record<Phase, number> };
  choices: { total: number; offered: number; neverOffered: ChoiceReport[] };
  coverage: {
    /** Containers holding text, entered at least once vs all. */
    visited: number;
    total: number;
    percent: number;
    reachedBy: Record<Phase, number>;
    /** The first text of each container never entered. */
    neverShown: { path: string; where: string; text: string }[];
  };
}

export interface ReportInput {
  file: string;
  storyHash: string;
  plan: ExplorePlan;
  timeCapped: boolean;
  findings: Findings;
  facts: StoryFacts;
  graph: BranchGraph;
  sources: SourceMap;
  exhaustive: SearchStats;
  targeted: BeamStats;
  random: RandomStats;
  inMemoryForks: boolean;
}

function runReport(found: Found, storyHash: string): RunReport {
  const { seed, choices }: RunRef = found.run;
  return {
    run: encodeRun({ storyHash, seed, choices }),
    seed,
    choices,
    shortest: found.shortest,
    foundBy: found.phase,
    count: found.count,
  };
}

const byRunLength = (a: RunReport, b: RunReport) => a.choices.length - b.choices.length;

export function buildReport(input: ReportInput): ExploreReport {
  const { findings, facts, graph, sources, storyHash } = input;
  const visitedPaths = new Map<string, Phase>();
  for (const [container, phase] of findings.visited) visitedPaths.set(container.path.toString(), phase);
  const tally = (): Record<Phase, number> => ({ exhaustive: 0, targeted: 0, random: 0, guided: 0 });

  const unreached: ExploreReport['unreached'] = { knots: [], stitches: [], functions: [], endings: [] };
  for (const ending of graph.endings) {
    if (!findings.endings.has(ending.id) && !unreached.endings.some((e) => e.id === ending.id)) {
      unreached.endings.push({ id: ending.id, where: sources.describe(ending.node) });
    }
  }
  const nodesReachedBy = tally();
  const places = graph.nodes.filter((n) => n.kind !== 'function');
  for (const node of graph.nodes) {
    const phase = visitedPaths.get(node.id);
    if (phase && node.kind !== 'function') nodesReachedBy[phase]++;
    if (phase) continue;
    const place = { id: node.id, where: sources.describe(node.id) };
    (node.kind === 'knot' ? unreached.knots : node.kind === 'stitch' ? unreached.stitches : unreached.functions).push(place);
  }

  const options = graph.choicePoints.flatMap((p) => p.options.filter((o) => !o.fallback).map((o) => ({ ...o, node: p.node })));
  const neverOffered = options
    .filter((o) => !findings.offered.has(o.path))
    .map((o) => ({ path: o.path, text: o.text, node: o.node, where: sources.describe(o.path) }));

  const coverageBy = tally();
  const neverShown: ExploreReport['coverage']['neverShown'] = [];
  for (const [path, content] of facts.contentContainers) {
    const phase = visitedPaths.get(path);
    if (phase) coverageBy[phase]++;
    else neverShown.push({ path, where: sources.describe(content.firstText), text: content.text });
  }
  const total = facts.contentContainers.size;
  const visited = total - neverShown.length;

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    file: input.file,
    storyHash,
    seed: input.plan.seed,
    plan: input.plan,
    timeCapped: input.timeCapped,
    exhaustive: input.exhaustive,
    targeted: input.targeted,
    random: input.random,
    statesPerSecond: input.exhaustive.ms > 0 ? Math.round((input.exhaustive.transitions * 1000) / input.exhaustive.ms) : 0,
    inMemoryForks: input.inMemoryForks,
    endings: [...findings.endings.values()]
      .map((e) => ({ id: e.id, where: sources.describe(e.path), lastLine: e.lastLine, ...runReport(e, storyHash) }))
      .sort(byRunLength),
    deadEnds: [...findings.deadEnds.values()]
      .map((d) => ({
        reason: d.reason,
        where: d.outOfContent ? sources.describeLast(d.path) : sources.describe(d.path),
        path: d.path,
        lastLine: d.lastLine,
        ...runReport(d, storyHash),
      }))
      .sort(byRunLength),
    errors: [...findings.errors.values()].map((f) => issueReport(f, sources, storyHash)),
    warnings: [...findings.warnings.values()].map((f) => issueReport(f, sources, storyHash)),
    unreached,
    nodes: {
      total: places.length,
      reached: places.length - unreached.knots.length - unreached.stitches.length,
      reachedBy: nodesReachedBy,
    },
    choices: { total: options.length, offered: options.length - neverOffered.length, neverOffered },
    coverage: {
      visited,
      total,
      percent: total ? Math.round((visited * 1000) / total) / 10 : 100,
      reachedBy: coverageBy,
      neverShown,
    },
  };
}

function issueReport(found: IssueFound, sources: SourceMap, hash: string): IssueReport {
  const { issue } = found;
  return { message: issue.message, where: sources.describe(issue.path), path: issue.path, ...runReport(found, hash) };
}

/** Timings vary from run to run; the JSON leaves them out, so the same plan gives the same bytes. */
const TIMINGS = new Set(['ms', 'statesPerSecond']);

/** The report as --json writes it: stable key order, no timings, a trailing newline. */
export function reportJson(report: ExploreReport): string {
  return `${JSON.stringify(report, (key, value) => (TIMINGS.has(key) ? undefined : value), 2)}\n`;
}
