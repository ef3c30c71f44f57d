// `npm run play -- <file.ink|file.json> [--seed N] [--run RUNSTRING]`: plays any ink story in the
// terminal. With a terminal it is interactive (tty.ts); with stdin piped it reads one choice number
// per line and prints an inklecate-style transcript (transcript.ts). --run replays a run string from
// the explorer or the game first (its seed wins over --seed). Compile errors print as file:line:
// message; ink errors stop the story with a message, never a stack trace. Exit code: 0 ok, 1 the story
// stopped on an error, 2 the story or the arguments are wrong.

import path from 'node:path';
import { createInterface } from 'node:readline';
import { intOption, parseCli, runCli, UsageError } from '../explore/cli-args.ts';
import { loadStoryFile } from '../explore/load.ts';
import { formatIssue } from '../ink/compile.ts';
import { PlaySession, readRunString, startPlaces, type Turn } from './session.ts';
import { playTranscript } from './transcript.ts';

const USAGE = `usage: npm run play -- <file.ink|file.json> [--seed N] [--run RUNSTRING | --from KNOT]

In a terminal: interactive. With stdin piped: reads one choice number per line and prints inklecate's
play-mode transcript (text, "# tags:" lines, RUNTIME ERROR lines, numbered choices, "?> ").
  --seed N      the ink seed (RANDOM, shuffles); default 1
  --run CODE    replay a run string first (from story:explore, story:check, the game's share link)
  --from KNOT   start at a knot or knot.stitch instead of the top
Exit code: 0 the story ended or the input did, 1 an error stopped the story (ink runtime error,
running out of content), 2 a bad story or argument.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    { seed: { type: 'string' }, run: { type: 'string' }, from: { type: 'string' } },
    USAGE,
  );
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  const loaded = loadStoryFile(file);
  const dir = path.relative(process.cwd(), path.dirname(path.resolve(file))) || '.';
  for (const issue of loaded.ok ? loaded.story.warnings : [...loaded.errors, ...loaded.warnings]) {
    console.error(formatIssue(issue, dir));
  }
  if (!loaded.ok) return 2;
  let seed = intOption(values.seed, 'seed', 1);
  let replay: readonly number[] = [];
  if (typeof values.run === 'string') {
    const read = readRunString(values.run, loaded.story);
    if ('error' in read) throw new UsageError(`--run: ${read.error}`);
    if (read.warning) console.error(read.warning);
    if (values.seed !== undefined && read.run.seed !== seed)
      console.error(`--run carries seed ${read.run.seed}; it is used, not --seed.`);
    seed = read.run.seed;
    replay = read.run.choices;
  }
  const from = typeof values.from === 'string' ? values.from : null;
  if (from !== null) {
    if (replay.length > 0) throw new UsageError('--from and --run cannot go together: a run string starts at the top.');
    const places = startPlaces(loaded.story);
    if (!places.includes(from)) {
      throw new UsageError(`--from: the story has no knot or stitch "${from}". It has: ${places.join(', ') || 'none'}.`);
    }
  }
  const session = new PlaySession(loaded.story, seed, from);
  if (!process.stdin.isTTY) return playPiped(session, replay);
  const { playInteractive } = await import('./tty.ts'); // React and ink load only for a terminal
  return playInteractive(session, replayTurns(session, replay));
}

async function playPiped(session: PlaySession, replay: readonly number[]): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  return playTranscript(
    session,
    {
      readLine: async () => {
        const next = await lines.next();
        return next.done ? null : next.value;
      },
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    },
    replay,
  );
}

/** The turns of a replayed run, for the interactive screen's history. */
function replayTurns(session: PlaySession, replay: readonly number[]): Turn[] {
  const turns = [session.start()];
  for (const [k, index] of replay.entries()) {
    const turn = session.choose(index);
    if (!turn) {
      console.error(`choice ${k + 1} of the run (option ${index + 1}) is not on offer here: the replay stops there.`);
      break;
    }
    turns.push(turn);
  }
  return turns;
}

runCli('play', () => main(process.argv.slice(2)));
