// The plain mode (stdin is not a terminal): inklecate's play-mode transcript, so that a run can be
// compared line for line in tests and CI. On stdout and nothing else:
//   each line of text as ink gives it, then `# tags: a, b` when it has tags;
//   at a choice point a blank line, `1: text` per option (and its `# tags:` line), then `?> `;
//   `Choice out of range` / `Unexpected input. Type a choice number.` for bad input, and `?> ` again;
//   `<User input stream closed.>` when the input ends while choices wait.
// One choice number per input line; blank lines are skipped. Warnings and errors go to stderr.
import type { PlaySession, Turn } from './session.ts';

export interface TranscriptIo {
  /** The next input line, or null at the end of the input. */
  readLine(): Promise<string | null>;
  out(text: string): void;
  err(text: string): void;
}

function printTurn(turn: Turn, io: TranscriptIo): void {
  for (const line of turn.lines) {
    io.out(line.text);
    if (line.tags.length > 0) io.out(`# tags: ${line.tags.join(', ')}\n`);
  }
  for (const warning of turn.warnings) io.err(`${warning}\n`);
  if (turn.choices.length === 0) return;
  io.out('\n');
  turn.choices.forEach((choice, i) => {
    io.out(`${i + 1}: ${choice.text}\n`);
    if (choice.tags.length > 0) io.out(`# tags: ${choice.tags.join(', ')}\n`);
  });
}

/** Plays to the end or to the end of the input; `replay` choices (0-based) are taken first. Returns the exit code. */
export async function playTranscript(session: PlaySession, io: TranscriptIo, replay: readonly number[] = []): Promise<number> {
  let turn = session.start();
  const queued = [...replay];
  for (;;) {
    printTurn(turn, io);
    if (turn.error) {
      io.err(`${turn.error}\n`);
      return 1;
    }
    if (turn.choices.length === 0) return 0;
    let next: Turn | null = null;
    const replayed = queued.shift();
    if (replayed !== undefined) {
      next = session.choose(replayed);
      if (next)
        io.out('?> '); // as if typed: the transcript reads the same as a played one
      else {
        const k = replay.length - queued.length;
        io.err(`choice ${k} of the run (option ${replayed + 1}) is not on offer here: the replay stops; carry on from here.\n`);
        queued.length = 0;
      }
    }
    while (!next) {
      io.out('?> ');
      const answer = await nextAnswer(io);
      if (answer === null) {
        io.out('<User input stream closed.>\n');
        return 0;
      }
      if (!/^\d+$/.test(answer)) io.out('Unexpected input. Type a choice number.\n');
      else {
        next = session.choose(Number(answer) - 1);
        if (!next) io.out('Choice out of range\n');
      }
    }
    turn = next;
  }
}

async function nextAnswer(io: TranscriptIo): Promise<string | null> {
  for (;;) {
    const line = await io.readLine();
    if (line === null) return null;
    if (line.trim() !== '') return line.trim();
  }
}
