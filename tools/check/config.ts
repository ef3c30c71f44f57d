// story:check's requirements for one story, from a small JSON file (`check.json` beside the story's
// main file, or --config), so that the checker runs on any ink story. Without one: no ending is
// required, a knot never reached is a warning, and the game's lint applies.
//   {
//     "endings": ["acquittal", "verdict_stands"],   // `# ending:` ids that must be reached
//     "failOnUnreached": true,                     // a knot or stitch never reached is an error
//     "lint": true,                                // the game's tag grammar, speakers and asset ids
//     "plan": { "states": 10000, "runs": 300, "seed": 1, "maxChoicesPerRun": 500 }
//   }
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const CheckConfigSchema = v.strictObject({
  endings: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  failOnUnreached: v.optional(v.boolean()),
  lint: v.optional(v.boolean()),
  plan: v.optional(
    v.strictObject({
      states: v.optional(Count),
      runs: v.optional(Count),
      seed: v.optional(Count),
      maxChoicesPerRun: v.optional(v.pipe(Count, v.minValue(1))),
    }),
  ),
});

export type CheckConfig = v.InferOutput<typeof CheckConfigSchema>;

export class CheckConfigError extends Error {}

export function parseCheckConfig(data: unknown, source: string): CheckConfig {
  const result = v.safeParse(CheckConfigSchema, data);
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => `  ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
  throw new CheckConfigError(`${source} is not a valid story:check config:\n${lines.join('\n')}`);
}

/** The config at `file`; with `optional`, an absent file is an empty config. */
export function readCheckConfig(file: string, optional = false): CheckConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (optional && (e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new CheckConfigError(`cannot read the config ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return parseCheckConfig(JSON.parse(text), file);
  } catch (e) {
    if (e instanceof CheckConfigError) throw e;
    throw new CheckConfigError(`${file} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `check.json` in the folder of the story's main file. */
export function configBeside(root: string): string {
  return path.join(path.dirname(root), 'check.json');
}
