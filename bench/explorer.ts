// The explorer's throughput, from the author tools' own hook (tools/explore/bench.ts, which runs the
// explorer and a naive ToJson/LoadJson walk on the same story and compares them). When that hook is
// missing or fails, only the naive walk below is measured and the report line says so (a TODO for
// the author tools, not a figure made up here).
import { Story } from 'inkjs';

export interface ExplorerFigures {
  /** Explorer states (choices tried) per CPU second; null when the hook is missing. */
  explorerStatesPerSecond: number | null;
  naiveStatesPerSecond: number;
  /** explorer / naive; null when the hook is missing. */
  speedup: number | null;
  source: 'tools/explore/bench.ts' | 'bench/explorer.ts (naive walk only)';
  note: string;
  raw: unknown;
}

interface Hook {
  measureExplorerThroughput(
    json: string,
    seconds?: number,
  ): {
    explorer: { statesPerSecond: number };
    naive: { statesPerSecond: number };
    speedup: number;
  };
}

export async function measureExplorer(json: string, seconds = 3): Promise<ExplorerFigures> {
  let hook: Hook | null = null;
  let why = '';
  try {
    hook = (await import('../tools/explore/bench.ts')) as Hook;
    if (typeof hook.measureExplorerThroughput !== 'function') throw new Error('it exports no measureExplorerThroughput');
  } catch (e) {
    hook = null;
    why = e instanceof Error ? e.message : String(e);
  }
  if (hook) {
    try {
      const raw = hook.measureExplorerThroughput(json, seconds);
      return {
        explorerStatesPerSecond: raw.explorer.statesPerSecond,
        naiveStatesPerSecond: raw.naive.statesPerSecond,
        speedup: raw.speedup,
        source: 'tools/explore/bench.ts',
        note: 'states = choices tried, per CPU second; the naive walk clones states with ToJson/LoadJson',
        raw,
      };
    } catch (e) {
      why = `it failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  const naive = naiveWalk(json, seconds);
  return {
    explorerStatesPerSecond: null,
    naiveStatesPerSecond: naive.statesPerSecond,
    speedup: null,
    source: 'bench/explorer.ts (naive walk only)',
    note: `TODO(author tools): tools/explore/bench.ts could not be used (${why}); only the naive walk was measured`,
    raw: naive,
  };
}

/** Breadth-first over choices, cloning each state with ToJson/LoadJson, for `seconds` of CPU time. */
export function naiveWalk(json: string, seconds: number): { states: number; distinct: number; statesPerSecond: number } {
  const story = new Story(json);
  const settle = () => {
    while (story.canContinue) story.Continue();
  };
  settle();
  const seen = new Set<string>([story.state.ToJson()]);
  const queue = [...seen];
  const cpu = process.cpuUsage();
  const used = () => {
    const u = process.cpuUsage(cpu);
    return (u.user + u.system) / 1000;
  };
  let states = 0;
  while (queue.length > 0 && used() < seconds * 1000) {
    const from = queue.shift() as string;
    story.state.LoadJson(from);
    const options = story.currentChoices.length;
    for (let i = 0; i < options; i++) {
      story.state.LoadJson(from);
      story.ChooseChoiceIndex(i);
      settle();
      states++;
      const next = story.state.ToJson();
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return { states, distinct: seen.size, statesPerSecond: Math.round((states * 1000) / Math.max(1, used())) };
}
