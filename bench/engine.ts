// The engine in Node: what saves and replays cost, and the story compile.
//   - save size (bytes), save and load time (a load replays the run), replay of a whole run, rewind
//     by snapshot versus by replay, on the 200-choice fixture (tests/fixtures/engine/long.ink) and on
//     one full run of the real story
//   - the full story compile (tools/ink/compile.ts): the median of warm runs, and the first (cold) one
import { encodeRun, loadStory, Playthrough, replayRun } from '../src/engine/index.ts';
import { decodeSave, readEnvelope, savePlaythrough } from '../src/persistence/save-codec.ts';
import { compileInkFile } from '../tools/ink/compile.ts';

const RUNS = 15;
const NOW = new Date('2024-05-01T00:00:00.000Z');

/** Median of `runs` timings in ms, after one warm-up call (the first pays for JIT compilation). */
export function median(action: () => unknown, runs = RUNS, warmups = 1): number {
  for (let i = 0; i < warmups; i++) action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return round(middle(times), 3);
}

export function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Plays with a fixed pattern of picks until `maxChoices` or the end; records the ink state size at each choice point. */
function playRun(json: string, maxChoices: number): { p: Playthrough; snapshotChars: number } {
  const p = Playthrough.start(json, { seed: 20240501 });
  let snapshotChars = 0;
  for (let k = 0; k < maxChoices && !p.ended; ) {
    const beat = p.next();
    if (beat.kind === 'choices') {
      snapshotChars += p.inkState().length;
      p.choose((k * 7 + 3) % beat.choices.length);
      k++;
    }
  }
  if (!p.ended) p.next();
  return { p, snapshotChars };
}

export interface SaveFigures {
  story: string;
  storyJsonBytes: number;
  choices: number;
  beats: number;
  runCodeChars: number;
  saveBytes: number;
  inkStateBytes: number;
  snapshotBytesHeld: number;
  playMs: number;
  saveMs: number;
  /**
   * decodeSave as the game loads (deferCheck): validation and the saved state restored, ready to draw.
   * The story is parsed already (the game keeps the last story parsed: engine/parsed-story.ts).
   */
  loadMs: number;
  /** The same, then settle(): the replay that rebuilds history and rewind points and checks the state. */
  loadSettledMs: number;
  /** The first load in this process: the story is parsed too (new Story from its JSON). */
  loadColdMs: number;
  /** readEnvelope alone: parsing and validating the save, what a load screen does per slot. */
  readEnvelopeMs: number;
  /** Restoring the saved ink state on a story already loaded (LoadJson): what a load costs without the replay. */
  inkStateLoadMs: number;
  replayMs: number;
  snapshotMs: number;
  rewindBySnapshotMs: number;
  rewindByReplayMs: number;
}

export function measureSaves(name: string, json: string, maxChoices: number): SaveFigures {
  const { p, snapshotChars } = playRun(json, maxChoices);
  const choices = p.run.choices.length;
  const save = savePlaythrough(p, NOW);
  const half = Math.floor(choices / 2);
  const rewound = playRun(json, maxChoices).p;
  const inkState = p.inkState();
  const story = loadStory(json);
  return {
    story: name,
    storyJsonBytes: Buffer.byteLength(json),
    choices,
    beats: p.history.length,
    runCodeChars: encodeRun(p.run).length,
    saveBytes: Buffer.byteLength(save),
    inkStateBytes: Buffer.byteLength(p.inkState()),
    snapshotBytesHeld: snapshotChars,
    playMs: median(() => playRun(json, maxChoices), 5),
    saveMs: median(() => savePlaythrough(p, NOW)),
    loadColdMs: coldLoad(save, json),
    // A load in play runs on a warm page (the title, the story screen and replays have run this code):
    // measured warm (10 loads first) over 41, so that the JIT's first runs and the collections of a
    // busy machine do not make the median. The first load in a process is loadColdMs.
    loadMs: median(
      () => {
        const result = decodeSave(save, json, { deferCheck: true });
        if (result.kind !== 'loaded' || result.playthrough.settled) throw new Error(`bench: no quick load (${result.kind})`);
      },
      41,
      10,
    ),
    loadSettledMs: median(() => {
      const result = decodeSave(save, json, { deferCheck: true });
      if (result.kind !== 'loaded' || !result.playthrough.settle()?.exact) throw new Error('bench: the save did not settle');
    }),
    readEnvelopeMs: median(() => {
      if (readEnvelope(save) instanceof Error) throw new Error('bench: the save did not validate');
    }),
    inkStateLoadMs: median(() => story.state.LoadJson(inkState)),
    replayMs: median(() => replayRun(json, p.run, { beats: p.beatsThisTurn })),
    snapshotMs: median(() => p.inkState(), 50),
    rewindBySnapshotMs: median(() => rewound.rewindTo(half), 50),
    rewindByReplayMs: median(() => replayRun(json, { ...p.run, choices: p.run.choices.slice(0, half) }, { beats: 0 })),
  };
}

/** The smallest story: parsing it replaces the story the engine keeps parsed. */
const TINY_STORY = '{"inkVersion":21,"root":[["end",null],null],"listDefs":{}}';

/** A load on a story not parsed yet (another story was parsed since), as a Continue from the title. */
function coldLoad(save: string, json: string): number {
  loadStory(TINY_STORY);
  const start = performance.now();
  const result = decodeSave(save, json, { deferCheck: true });
  const ms = performance.now() - start;
  if (result.kind !== 'loaded') throw new Error(`bench: the save did not load (${result.kind})`);
  return round(ms, 1);
}

export function compileStory(file = 'story/main.ink'): string {
  const result = compileInkFile(file);
  if (!result.json) throw new Error(`bench: ${file} does not compile (${result.errors.length} errors)`);
  return result.json;
}

/** The first compile in this process (cold: nothing JIT-compiled yet), then the median of warm ones. */
export function measureCompile(file = 'story/main.ink', runs = 5): { coldMs: number; medianMs: number; json: string } {
  let start = performance.now();
  const json = compileStory(file);
  const coldMs = round(performance.now() - start);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    compileStory(file);
    times.push(performance.now() - start);
  }
  return { coldMs, medianMs: round(middle(times)), json };
}
