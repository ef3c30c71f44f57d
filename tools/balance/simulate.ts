// Plays a story many times with one policy, seeded, and records per run: the ending, the tracked
// variables at the marked point, the words between choices; and, shared over all policies, whether
// each choice point matters (probe.ts). One Runner (tools/explore) plays every run; a policy's
// look-ahead and the probes fork the state at the choice point and put it back before the pick.
import { MAX_SEED } from '../../src/engine/index.ts';
import type { LoadedStory } from '../explore/load.ts';
import { prng } from '../explore/random-runs.ts';
import { Runner } from '../explore/runner.ts';
import { readStoryFacts, type StoryFacts } from '../explore/story-facts.ts';
import { endingOf, globalNames, readVariable, type Shown, wordsIn } from './outcome.ts';
import type { OptionView, Policy } from './policy.ts';
import { type ChoiceProbes, type OptionOutcome, optionOutcome } from './probe.ts';

export interface RunRecord {
  ending: string;
  /** The tracked variables at the mark (null when the run never got there). */
  atMark: Record<string, Shown> | null;
  /** Words shown between one choice point and the next (the first: from the start; the last: to the end). */
  words: { count: number; where: string }[];
  choices: number;
}

export interface SimulationOptions {
  runs: number;
  seed: number;
  /** The variables to read at the mark (default: every global). */
  variables?: readonly string[];
  /** Knot (or knot.stitch) whose first entry is the mark; absent: the end of the run. */
  markKnot?: string;
  /** A run is cut after this many choices (a story may loop for ever). */
  maxChoices?: number;
}

const MAX_CHOICES = 5000;

export class Simulator {
  readonly runner: Runner;
  readonly facts: StoryFacts;
  private probing = false;
  private markHit: Record<string, Shown> | null = null;
  private tracked: readonly string[] = [];
  private markKnot: string | null = null;
  private readonly context: Parameters<typeof optionOutcome>[2];

  constructor(
    readonly story: LoadedStory,
    readonly probes: ChoiceProbes,
  ) {
    this.facts = readStoryFacts(story.json);
    this.runner = new Runner(story.json, {
      onVisit: (container) => {
        if (this.probing || this.markHit || this.markKnot === null) return;
        if (container.path.toString() === this.markKnot) this.markHit = this.snapshot();
      },
    });
    this.context = { facts: this.facts, sources: story.sources, globals: globalNames(this.runner) };
  }

  /** Every global variable of the story, in declaration order. */
  get globals(): readonly string[] {
    return this.context.globals;
  }

  simulate(policy: Policy, policyIndex: number, options: SimulationOptions): RunRecord[] {
    this.tracked = options.variables ?? this.globals;
    this.markKnot = options.markKnot ?? null;
    // One random stream per policy, from the seed: the same --seed and --runs give the same report.
    const random = prng((options.seed + Math.imul(policyIndex + 1, 0x9e3779b9)) >>> 0);
    const records: RunRecord[] = [];
    for (let r = 0; r < options.runs; r++) {
      const inkSeed = this.facts.usesRandom ? Math.floor(random() * (MAX_SEED + 1)) : options.seed;
      records.push(this.playOnce(policy, inkSeed, random, options.maxChoices ?? MAX_CHOICES));
    }
    return records;
  }

  private snapshot(): Record<string, Shown> {
    const out: Record<string, Shown> = {};
    for (const name of this.tracked) out[name] = readVariable(this.runner, name);
    return out;
  }

  private playOnce(policy: Policy, inkSeed: number, random: () => number, maxChoices: number): RunRecord {
    const { runner } = this;
    this.markHit = null;
    runner.restart(inkSeed);
    const words: RunRecord['words'] = [];
    let choices = 0;
    for (;;) {
      const segment = runner.settle();
      const ending = endingOf(segment, this.facts, this.story.sources);
      const current = runner.story.currentChoices;
      const where = ending ?? current[0]?.sourcePath ?? '';
      words.push({ count: wordsIn(segment), where: ending ? `the end (${ending})` : this.story.sources.describe(where) });
      if (ending !== null || choices >= maxChoices) {
        const atMark = this.markKnot === null ? this.snapshot() : this.markHit;
        return { ending: ending ?? `(cut after ${maxChoices} choices: a loop?)`, atMark, words, choices };
      }
      const views: OptionView[] = current.map((c, index) => ({ index, text: c.text }));
      const saved = runner.detach();
      const outcomes = new Map<number, OptionOutcome>();
      const keyed = this.probes.wants(current);
      const outcome = (index: number) => {
        let known = outcomes.get(index);
        if (!known) {
          this.probing = true;
          runner.load(saved, true);
          runner.choose(index);
          known = optionOutcome(runner, runner.settle(), this.context, keyed);
          this.probing = false;
          outcomes.set(index, known);
        }
        return known;
      };
      const pick = policy.pick(views, where, (i) => outcome(i).variables, random);
      this.probes.consider(current, this.story.sources, outcome);
      if (outcomes.size > 0) runner.load(saved, false);
      runner.choose(pick);
      choices++;
    }
  }
}
