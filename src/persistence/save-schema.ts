// The schema of a save envelope (format 1), checked with valibot on every load: a save comes from
// storage that the player, a browser extension or an old version of the game may have changed.
import * as v from 'valibot';
import type { SaveEnvelope } from '../engine/index.ts';
import { EXPRESSIONS, PARTICLES, POSITIONS, SAVE_FORMAT } from '../engine/index.ts';

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'an id (lowercase letters, digits, _)'));

const PresentationSchema = v.object({
  background: v.nullable(id),
  portraits: v.array(v.object({ who: id, expression: v.picklist(EXPRESSIONS), position: v.picklist(POSITIONS) })),
  particles: v.picklist(PARTICLES),
  chapter: v.nullable(v.object({ number: v.pipe(v.number(), v.integer(), v.minValue(0)), title: v.string() })),
  music: v.nullable(id),
  ambience: v.nullable(id),
  ending: v.nullable(id),
});

export const SaveSchema = v.object({
  format: v.literal(SAVE_FORMAT),
  storyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{14}$/, 'a story hash (14 hex digits)')),
  inkState: v.pipe(v.string(), v.minLength(2, 'the ink state (a JSON string)')),
  run: v.pipe(v.string(), v.minLength(1, 'a run code')),
  choiceTexts: v.array(v.string()),
  beat: v.pipe(v.number(), v.integer(), v.minValue(0)),
  shown: v.optional(v.nullable(v.picklist(['line', 'choices', 'end']))),
  presentation: PresentationSchema,
  chapter: v.nullable(v.object({ number: v.pipe(v.number(), v.integer(), v.minValue(0)), title: v.string() })),
  savedAt: v.pipe(v.string(), v.isoTimestamp('an ISO time like 2024-05-01T12:00:00.000Z')),
  summary: v.string(),
});

// The schema and the engine's type must describe the same thing: this line fails to compile if not.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_ENVELOPE: Same<v.InferOutput<typeof SaveSchema>, SaveEnvelope> = true;

/** The first few problems, each as "field: what was expected", for the error message. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${v.getDotPath(issue) ?? '(the save)'}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}
