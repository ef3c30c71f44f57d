// The balance config: which variables to track, where to read them (the marked point) and the player
// policies to compare. A small JSON file, checked here so that a typo stops with a message that says
// what to fix rather than a run with nothing measured. The format is documented in --help (cli.ts) and
// in story/README.md, "story:balance".
import { readFileSync } from 'node:fs';
import * as v from 'valibot';

const Names = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1));
const Prefixes = v.union([v.string(), v.array(v.string())]);

const RuleSchema = v.pipe(
  v.strictObject({
    /** Ink-path prefixes of the choice points the rule applies at (`ch6`, `ch5_gather`, `ch1.market`); default all. */
    at: v.optional(Prefixes),
    /** Keep the options whose text matches this regular expression (case-insensitive). */
    choose: v.optional(v.string()),
    /** Drop the options whose text matches this regular expression (case-insensitive). */
    avoid: v.optional(v.string()),
    /** Keep the options after which these variables sum highest (looked at at the next choice point). */
    raise: v.optional(Names),
    /** Keep the options after which these variables sum lowest. */
    lower: v.optional(Names),
  }),
  v.check(
    (r) => [r.choose, r.avoid, r.raise, r.lower].filter((x) => x !== undefined).length === 1,
    'each rule needs exactly one of "choose", "avoid", "raise", "lower"',
  ),
);

const PolicySchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  rules: v.array(RuleSchema),
});

export const ConfigSchema = v.strictObject({
  /** Global variables to report at the marked point (default: every global variable). */
  variables: v.optional(Names),
  /** For a numeric variable, also print the share of runs where it is at least this much. */
  atLeast: v.optional(v.record(v.string(), v.number())),
  /** Where to read the variables: the first time the story enters this knot (or knot.stitch). Default: the end. */
  mark: v.optional(v.strictObject({ knot: v.pipe(v.string(), v.minLength(1)), label: v.optional(v.string()) })),
  /** Defaults for --runs and --seed. */
  runs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Player policies besides `random` (always measured first). */
  policies: v.optional(v.array(PolicySchema)),
});

export type BalanceConfig = v.InferOutput<typeof ConfigSchema>;
export type PolicyConfig = v.InferOutput<typeof PolicySchema>;
export type RuleConfig = v.InferOutput<typeof RuleSchema>;

export class ConfigError extends Error {}

/** Checks a parsed config; throws ConfigError naming each wrong field. */
export function parseConfig(data: unknown, source = 'the config'): BalanceConfig {
  const result = v.safeParse(ConfigSchema, data);
  if (!result.success) {
    const lines = result.issues.map((issue) => {
      const where = v.getDotPath(issue) ?? '(top level)';
      return `  ${where}: ${issue.message}`;
    });
    throw new ConfigError(`${source} is not a valid balance config:\n${lines.join('\n')}`);
  }
  for (const policy of result.output.policies ?? []) {
    if (policy.name === 'random') throw new ConfigError(`${source}: "random" is built in; give your policy another name.`);
    for (const rule of policy.rules) {
      for (const pattern of [rule.choose, rule.avoid]) {
        if (pattern === undefined) continue;
        try {
          new RegExp(pattern, 'i');
        } catch (e) {
          throw new ConfigError(
            `${source}: policy "${policy.name}": bad regular expression ${JSON.stringify(pattern)}: ${String(e)}`,
          );
        }
      }
    }
  }
  return result.output;
}

export function readConfig(file: string): BalanceConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read the config ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseConfig(data, file);
}
