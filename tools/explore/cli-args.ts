// Command-line options shared by the explorer, the checker and the player: numbers are checked here
// so that a typo ("--seed x") stops with a message rather than running with NaN.
import { parseArgs } from 'node:util';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export class UsageError extends Error {}

export function parseCli(argv: string[], options: OptionSpec, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
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
