// The engine's errors, one class per kind of fault, so that callers can tell the story's faults
// (show the error screen) from the program's own misuse of the API (a bug to fix).

/** An error in the story itself: a bad compiled file, an ink runtime error, a bad tag. */
export class StoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryError';
  }
}

/** An ink runtime error (e.g. RANDOM(5, 1)): carries ink's messages and the path where it happened. */
export class InkRuntimeError extends StoryError {
  constructor(
    readonly messages: readonly string[],
    readonly path: string | null,
  ) {
    super(`The story hit an ink error${path ? ` at ${path}` : ''}: ${messages.join('; ')}`);
    this.name = 'InkRuntimeError';
  }
}

export type UsageProblem =
  | 'no-such-choice'
  | 'waiting-for-choice'
  | 'not-at-choice'
  | 'story-ended'
  | 'no-such-choice-point'
  | 'nothing-to-undo'
  | 'bad-run';

/** The caller used the engine wrongly (e.g. chose while no choices were on offer): a bug in the caller. */
export class EngineUsageError extends Error {
  constructor(
    readonly code: UsageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'EngineUsageError';
  }
}
