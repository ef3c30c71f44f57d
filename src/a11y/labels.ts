// The names of the mirror's button groups that code and tests both rely on: one place for each, so a
// test never matches a literal that the game spells differently.
export const MirrorLabel = {
  /** The one button that reads on. */
  continue: 'Continue',
  /** The story's choices. */
  choices: 'Choices',
  /** The end screen's buttons. */
  end: 'The end',
} as const;

/** What the status line says when choices arrive, so a screen-reader user knows to pick one. */
export function choicesArrived(count: number): string {
  return count === 1 ? 'One choice.' : `${count} choices.`;
}
