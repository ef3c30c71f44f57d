// What the command-line tools share (explore, check, play, compile, balance): options parsed strictly,
// with --help / -h; numbers checked so that a typo ("--seed x") stops with a message rather than
// running with NaN; and one way to end: the exit code main() returns (0 clean, 1 a problem found), 2
// for a usage or config error (its message) or a crash (with its stack, as the tool's fault).
import { parseArgs } from 'node:util';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export class UsageError extends Error {}

/** --help was given and the usage printed: the tool ends with 0. */
class HelpShown extends Error {}

export function parseCli(argv: string[], options: OptionSpec, usage: string) {
  const withHelp: OptionSpec = { ...options, help: { type: 'boolean', short: 'h' } };
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: OptionSpec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: withHelp, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    throw new HelpShown();
  }
  return parsed;
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** Runs a tool's main and sets the exit code; `known` errors are the user's to fix, like UsageError. */
export function runCli(name: string, main: () => number | Promise<number>, known: readonly ErrorClass[] = []): void {
  // `... | head` closes stdout early: stop quietly rather than with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        if (e instanceof HelpShown) {
          process.exitCode = 0;
          return;
        }
        if (e instanceof UsageError || known.some((k) => e instanceof k)) console.error((e as Error).message);
        else console.error(`${name} could not run: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        process.exitCode = 2;
      },
    );
}

/** A whole number in [min, max], or `fallback` when the option is absent. */
export function intOption(
  value: string | boolean | undefined,
  name: string,
  fallback: number,
  min = 0,
  max = 2 ** 31 - 2,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${String(value)}").`);
  }
  return n;
}
