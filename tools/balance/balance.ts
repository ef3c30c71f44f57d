// story:balance: plays a story with `random` and each configured policy, the same seeded number of
// runs each, and builds the report (report.ts). Checks the config against the story first: every
// variable it names must be a global of the story, the mark a knot or stitch of it.
import { buildBranchGraph } from '../../src/engine/index.ts';
import { relative } from '../explore/explore.ts';
import type { LoadedStory } from '../explore/load.ts';
import { type BalanceConfig, ConfigError } from './config.ts';
import { makePolicy, RANDOM_POLICY } from './policy.ts';
import { ChoiceProbes } from './probe.ts';
import { type BalanceReport, choicePointReport, policyReport } from './report.ts';
import { Simulator } from './simulate.ts';

export interface BalanceOptions {
  runs: number;
  seed: number;
  /** Occurrences of each choice point probed (default 3). */
  probesPerPoint?: number;
}

export function checkConfigAgainst(story: LoadedStory, config: BalanceConfig, globals: readonly string[]): void {
  const known = new Set(globals);
  const problems: string[] = [];
  const checkNames = (names: readonly string[] | undefined, where: string) => {
    for (const name of names ?? [])
      if (!known.has(name)) problems.push(`${where}: "${name}" is not a global variable of the story`);
  };
  checkNames(config.variables, 'variables');
  checkNames(Object.keys(config.atLeast ?? {}), 'atLeast');
  for (const policy of config.policies ?? []) {
    for (const rule of policy.rules) checkNames(rule.raise ?? rule.lower, `policy "${policy.name}"`);
  }
  if (config.mark) {
    const nodes = new Set(buildBranchGraph(story.json).nodes.map((n) => n.id));
    if (!nodes.has(config.mark.knot)) problems.push(`mark: the story has no knot or stitch "${config.mark.knot}"`);
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `  ${p}`).join('\n');
    throw new ConfigError(
      `the config does not fit ${story.file}:\n${list}\n(the story's global variables: ${globals.join(', ') || 'none'})`,
    );
  }
}

export function balanceStory(story: LoadedStory, config: BalanceConfig, options: BalanceOptions): BalanceReport {
  const probes = new ChoiceProbes(options.probesPerPoint ?? 3);
  const simulator = new Simulator(story, probes);
  const globals = simulator.globals;
  checkConfigAgainst(story, config, globals);
  const variables = config.variables ?? globals;
  const policies = [RANDOM_POLICY, ...(config.policies ?? []).map(makePolicy)];
  const reports = policies.map((policy, i) => {
    const records = simulator.simulate(policy, i, {
      runs: options.runs,
      seed: options.seed,
      variables,
      ...(config.mark ? { markKnot: config.mark.knot } : {}),
    });
    return policyReport(policy.name, records, variables, config.atLeast ?? {});
  });
  const mark = config.mark ? (config.mark.label ?? `the first entry into ${config.mark.knot}`) : 'the end of each run';
  return {
    schemaVersion: 1,
    file: relative(story.file),
    seed: options.seed,
    runs: options.runs,
    mark,
    policies: reports,
    choicePoints: choicePointReport(probes),
  };
}
