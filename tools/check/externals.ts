// story:check's EXTERNAL rule: every EXTERNAL function the story calls must run in the game, either
// bound in the game's table (src/engine/externals.ts) or through an ink fallback function of the same
// name, and a fallback counts only if the game's engine lets inkjs use it
// (allowExternalFunctionFallbacks): the check asks the engine itself, so it follows any change there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ExternalTable, externalsInStory, STORY_EXTERNALS, StoryEngine } from '../../src/engine/index.ts';
import type { LoadedStory } from '../explore/load.ts';
import { readStoryFacts } from '../explore/story-facts.ts';
import { inkFiles } from '../ink/lint.ts';
import type { CheckProblem } from './problem.ts';

/** The `EXTERNAL name(...)` declaration's file and line, searched in the story's .ink files. */
function declarationOf(name: string, root: string): { file: string; line: number } | null {
  if (!root.endsWith('.ink')) return null;
  const pattern = new RegExp(`^\\s*EXTERNAL\\s+${name}\\s*\\(`);
  for (const file of inkFiles(root)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((l) => pattern.test(l));
    if (index >= 0) return { file: path.relative(process.cwd(), file), line: index + 1 };
  }
  return null;
}

export interface ExternalProblem {
  name: string;
  /** Neither binding nor fallback: inkjs refuses to start the story at all. */
  unplayable: boolean;
  problem: CheckProblem;
}

export function checkExternals(story: LoadedStory, table: ExternalTable = STORY_EXTERNALS): ExternalProblem[] {
  const calls = externalsInStory(story.json);
  if (calls.length === 0) return [];
  const functions = readStoryFacts(story.json).topLevelNames;
  const gameUsesFallbacks = new StoryEngine(story.json, { externals: table }).story.allowExternalFunctionFallbacks;
  const problems: ExternalProblem[] = [];
  for (const call of calls) {
    if (Object.hasOwn(table, call.name)) continue;
    const where = declarationOf(call.name, story.file) ?? { file: story.file, line: 0 };
    const signature = `EXTERNAL ${call.name}(${call.args} argument${call.args === 1 ? '' : 's'})`;
    let message: string;
    if (!functions.has(call.name)) {
      message =
        `${signature} has no binding in the game and no ink fallback: bind it in STORY_EXTERNALS ` +
        `(src/engine/externals.ts) or add "=== function ${call.name}(...) ===" to the story.`;
    } else if (!gameUsesFallbacks) {
      message =
        `${signature} has only an ink fallback, and the game's engine does not use fallbacks ` +
        '(allowExternalFunctionFallbacks is off): bind it in STORY_EXTERNALS (src/engine/externals.ts).';
    } else continue;
    const problem: CheckProblem = { severity: 'error', kind: 'external', ...where, message };
    problems.push({ name: call.name, unplayable: !functions.has(call.name), problem });
  }
  return problems;
}
