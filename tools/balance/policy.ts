// A player policy: rules that narrow the options at a choice point, then a seeded random pick among
// what is left. Rules apply in order, each only where the choice point's ink path starts with one of
// its `at` prefixes; a rule that would leave no option is skipped (so a policy never gets stuck).
//   choose: keep the options whose text matches; avoid: drop them;
//   raise / lower: keep the options after which the named variables sum highest / lowest, as seen at
//   the next choice point (numbers as they are, true as 1, a LIST as its size).
import type { PolicyConfig, RuleConfig } from './config.ts';

export interface OptionView {
  index: number;
  text: string;
}

/** What the story's variables are after taking an option, up to the next choice point (computed lazily). */
export type Lookahead = (index: number) => Record<string, unknown>;

export interface Policy {
  name: string;
  /** The index to take. `where` is the choice point's ink path (its first option's source path). */
  pick(options: readonly OptionView[], where: string, lookahead: Lookahead, random: () => number): number;
}

export const RANDOM_POLICY: Policy = {
  name: 'random',
  pick: (options, _where, _lookahead, random) => options[Math.floor(random() * options.length)]?.index ?? 0,
};

/** A variable's weight in a raise/lower rule: numbers as they are, true 1, a LIST its size, else 0. */
export function numericValue(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (value === true) return 1;
  if (value instanceof Map) return value.size;
  return 0;
}

function applies(rule: RuleConfig, where: string): boolean {
  if (rule.at === undefined) return true;
  const prefixes = typeof rule.at === 'string' ? [rule.at] : rule.at;
  return prefixes.some((p) => where.startsWith(p));
}

function narrow(rule: RuleConfig, options: readonly OptionView[], lookahead: Lookahead): OptionView[] {
  if (rule.choose !== undefined) {
    const re = new RegExp(rule.choose, 'i');
    return options.filter((o) => re.test(o.text));
  }
  if (rule.avoid !== undefined) {
    const re = new RegExp(rule.avoid, 'i');
    return options.filter((o) => !re.test(o.text));
  }
  const names = rule.raise ?? rule.lower ?? [];
  const sign = rule.raise ? 1 : -1;
  const scored = options.map((o) => {
    const vars = lookahead(o.index);
    return { o, score: sign * names.reduce((sum, n) => sum + numericValue(vars[n]), 0) };
  });
  const best = Math.max(...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => s.o);
}

export function makePolicy(config: PolicyConfig): Policy {
  return {
    name: config.name,
    pick(options, where, lookahead, random) {
      let candidates: readonly OptionView[] = options;
      for (const rule of config.rules) {
        if (candidates.length <= 1) break;
        if (!applies(rule, where)) continue;
        const kept = narrow(rule, candidates, lookahead);
        if (kept.length > 0) candidates = kept;
      }
      return candidates[Math.floor(random() * candidates.length)]?.index ?? 0;
    },
  };
}
