// The plain mode (stdin is not a terminal): inklecate's play-mode transcript (inklecate/
// CommandLinePlayer.cs), so that a run can be compared line for line with inklecate's. On stdout:
//   each line of text as ink gives it, then `# tags: a, b` when it has tags, then any runtime error or
//   warning ink reported on it, as ink words it (`RUNTIME ERROR: 'main.ink' line 9: ran out of content...`);
//   at a choice point a blank line, `1: text` per option (no tags: inklecate prints none), then `?> `;
//   `Choice out of range` / `Unexpected input. Type a choice number.` for bad input, and `?> ` again;
//   `<User input stream closed.>` when the input ends while choices wait.
// One choice number per input line; blank lines are skipped. Our own explanations (the error with its
// path, an EXTERNAL without binding, NaN in the text) go to stderr. Exit code 1 when an error stopped
// the story.
import type { PlaySession, Turn } from './session.ts';

export interface TranscriptIo {
  /** The next input line, or null at the end of the input. */
  readLine(): Promise<string | null>;
  out(text: string): void;
  err(text: string): void;
}

function printTurn(turn: Turn, io: TranscriptIo): void {
  const printed = new Set<number>();
  const printIssues = (indices: readonly number[]) => {
    for (const i of indices) {
      const raw = turn.issues[i]?.raw;
      if (raw === undefined || printed.has(i)) continue;
      printed.add(i);
      io.out(`${raw}\n`);
    }
  };
  for (const line of turn.lines) {
    io.out(line.text);
    if (line.tags.length > 0) io.out(`# tags: ${line.tags.join(', ')}\n`);
    printIssues(line.issues ?? []);
  }
  printIssues(turn.issues.map((_, i) => i));
  for (const issue of turn.issues) if (issue.inOutput) io.err(`warning: ${issue.message}\n`);
  if (turn.choices.length === 0) return;
  io.out('\n');
  turn.choices.forEach((choice, i) => {
    io.out(`${i + 1}: ${choice.text}\n`);
  });
}

/** Plays to the end or to the end of the input; `replay` choices (0-based) are taken first. Returns the exit code. */
export async function playTranscript(session: PlaySession, io: TranscriptIo, replay: readonly number[] = []): Promise<number> {
  let turn = session.start();
  const queued = [...replay];
  for (;;) {
    printTurn(turn, io);
    if (turn.error) {
      io.err(`${turn.error}\n`); // with file and line relative to here, beside ink's line on stdout
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
