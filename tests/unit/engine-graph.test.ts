import { describe, expect, test } from 'vitest';
import { parseInkJson } from '../../src/engine/graph/ink-json.ts';
import { storyNodes } from '../../src/engine/graph/story-nodes.ts';
import {
  buildBranchGraph,
  EMPTY_PROGRESS,
  loadStory,
  mergeProgress,
  Playthrough,
  type Progress,
  progressOf,
} from '../../src/engine/index.ts';
import { nodeIdsOf } from '../../src/engine/playthrough/node-locator.ts';
import { MemoryStore } from '../../src/persistence/memory-store.ts';
import { ProgressBook } from '../../src/persistence/progress-book.ts';
import { compileFixture } from './ink.ts';
import { chooseText, showBeats } from './play.ts';

const json = compileFixture('tests/fixtures/engine/graph.ink');
const graph = buildBranchGraph(json);
const nodeIds = graph.nodes.map((n) => n.id);

describe('branch graph from the compiled story', () => {
  test('chapters from `# chapter:` tags, knots, stitches and functions with their chapter', () => {
    expect(graph.chapters).toEqual([
      { number: 0, title: 'The Court', node: 'prologue' },
      { number: 1, title: 'Market', node: 'ch1' },
      { number: 2, title: 'End', node: 'ch2' },
    ]);
    expect(graph.nodes.map((n) => [n.id, n.kind, n.chapter])).toEqual([
      ['double', 'function', null],
      ['prologue', 'knot', 0],
      ['ch1', 'knot', 1],
      ['ch1.street', 'stitch', 1],
      ['ch1.alley', 'stitch', 1],
      ['memory', 'knot', 1],
      ['shop', 'knot', 1],
      ['ch2', 'knot', 2],
    ]);
  });

  test('choice points with their options: fixed text, printed values as …, flags', () => {
    expect(graph.choicePoints).toEqual([
      {
        path: 'ch1.street.0',
        node: 'ch1.street',
        options: [
          { path: expect.any(String), text: 'Go in.', onceOnly: true, conditional: false, fallback: false },
          { path: expect.any(String), text: 'Wait … minutes.', onceOnly: true, conditional: false, fallback: false },
        ],
      },
      {
        path: 'shop.0',
        node: 'shop',
        options: [
          { path: expect.any(String), text: 'Hidden.', onceOnly: false, conditional: true, fallback: false },
          { path: expect.any(String), text: 'Leave.', onceOnly: false, conditional: false, fallback: false },
        ],
      },
    ]);
  });

  test("option paths are the runtime's Choice.sourcePath, so choices taken can be laid over the map", () => {
    const p = Playthrough.start(json, { seed: 1 });
    chooseText(p, 'Wait 4 minutes.');
    expect(p.trail[0]?.at).toBe(graph.choicePoints[0]?.options[1]?.path);
  });

  test('endings from `# ending:` tags, and the diverts and tunnels between nodes', () => {
    expect(graph.endings).toEqual([
      { id: 'verdict_stands', node: 'ch1.alley' },
      { id: 'acquittal', node: 'ch2' },
    ]);
    expect(graph.edges).toEqual([
      { from: null, to: 'prologue', kind: 'divert' },
      { from: 'prologue', to: 'ch1', kind: 'divert' },
      { from: 'ch1', to: 'ch1.street', kind: 'divert' },
      { from: 'ch1.street', to: 'shop', kind: 'divert' },
      { from: 'ch1.street', to: 'ch1.alley', kind: 'divert' },
      { from: 'ch1.alley', to: 'memory', kind: 'tunnel' },
      { from: 'shop', to: 'ch2', kind: 'divert' },
    ]);
    expect(graph.storyHash).toMatch(/^[0-9a-f]{14}$/);
  });

  test('is plain data (survives JSON)', () => {
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
  });
});

describe('progress from runs', () => {
  const t1 = new Date('2024-01-01T00:00:00.000Z');
  const t2 = new Date('2024-02-01T00:00:00.000Z');

  function runTo(choice: string): Playthrough {
    const p = Playthrough.start(json, { seed: 1 });
    chooseText(p, choice);
    showBeats(p, 20);
    if (p.current?.kind === 'choices') chooseText(p, 'Leave.');
    showBeats(p, 20);
    return p;
  }

  test('nodes seen (visit counts), choices taken (paths) and the ending found', () => {
    const progress = progressOf(runTo('Go in.'), nodeIds, t1);
    // `double` ran to print the other option's text, so it counts as seen too.
    expect(progress.nodesSeen).toEqual({ double: 1, prologue: 1, ch1: 1, 'ch1.street': 1, shop: 1, ch2: 1 });
    expect(Object.keys(progress.choicesTaken)).toEqual([
      graph.choicePoints[0]?.options[0]?.path,
      graph.choicePoints[1]?.options[1]?.path,
    ]);
    expect(progress.endingsFound).toEqual({ acquittal: t1.toISOString() });
  });

  test('merging is idempotent and keeps the first time an ending was found', () => {
    const a = progressOf(runTo('Go in.'), nodeIds, t2);
    const b = progressOf(runTo('Wait 4 minutes.'), nodeIds, t1);
    const merged = mergeProgress(mergeProgress(EMPTY_PROGRESS, a), b);
    expect(mergeProgress(merged, a)).toEqual(merged);
    expect(mergeProgress(merged, b)).toEqual(merged);
    expect(merged.endingsFound).toEqual({ acquittal: t2.toISOString(), verdict_stands: t1.toISOString() });
    expect(Object.keys(merged.nodesSeen).sort()).toEqual([
      'ch1',
      'ch1.alley',
      'ch1.street',
      'ch2',
      'double',
      'memory',
      'prologue',
      'shop',
    ]);
  });

  test('persists across runs through the ProgressStore port', () => {
    const store = new MemoryStore();
    const book = new ProgressBook(store);
    expect(book.load()).toEqual({ ok: true, value: EMPTY_PROGRESS });
    book.record(progressOf(runTo('Go in.'), nodeIds, t1));
    const again = new ProgressBook(store).record(progressOf(runTo('Wait 4 minutes.'), nodeIds, t2));
    expect(again.ok && Object.keys(again.value.endingsFound).sort()).toEqual(['acquittal', 'verdict_stands']);
    const loaded = new ProgressBook(store).load();
    expect(loaded.ok && loaded.value).toEqual(again.ok && again.value);
  });

  test('an unreadable record is set aside, never overwritten', () => {
    const store = new MemoryStore();
    store.set('progress', '{"format": 1, "nodesSeen": "oops"}');
    const book = new ProgressBook(store);
    expect(book.load()).toEqual({ ok: true, value: EMPTY_PROGRESS });
    const keys = store.keys('progress.unreadable.');
    expect(keys.ok && keys.value).toHaveLength(1);
    const kept = keys.ok ? store.get(keys.value[0] ?? '') : null;
    expect(kept?.ok && kept.value).toBe('{"format": 1, "nodesSeen": "oops"}');
  });

  test('a full store is reported and the stored progress stays as it was', () => {
    const store = new MemoryStore(400);
    const book = new ProgressBook(store);
    const small: Progress = { ...EMPTY_PROGRESS, endingsFound: { acquittal: t1.toISOString() } };
    expect(book.record(small).ok).toBe(true);
    const big: Progress = {
      ...EMPTY_PROGRESS,
      nodesSeen: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`knot_${i}`, 1])),
    };
    const result = book.record(big);
    expect(result).toMatchObject({ ok: false, error: { fault: 'full' } });
    expect(book.load()).toEqual({ ok: true, value: { ...EMPTY_PROGRESS, endingsFound: small.endingsFound } });
  });
});

describe('the real story', () => {
  test('has its seven chapters, choice points and the four endings in its graph', () => {
    const json = compileFixture('story/main.ink');
    const real = buildBranchGraph(json);
    expect(real.chapters.map((c) => c.number)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(real.choicePoints.length).toBeGreaterThan(10);
    expect(real.choicePoints.every((c) => c.options.every((o) => o.fallback || o.text.length > 0))).toBe(true);
    expect(new Set(real.endings.map((e) => e.id))).toEqual(
      new Set(['reinvestigation', 'acquittal', 'verdict_stands', 'the_gift']),
    );
  });
});

describe('node ids read off the parsed story (the history locator) are the graph nodes read from the JSON', () => {
  const files = [
    'story/main.ink',
    'tests/fixtures/engine/graph.ink',
    'tests/fixtures/engine/edit.ink',
    'tests/fixtures/engine/long.ink',
    'tests/fixtures/map/map.ink',
  ];
  test.each(files)('%s', (file) => {
    const story = compileFixture(file);
    const fromJson = storyNodes(parseInkJson(story).root).map((n) => n.id);
    const fromTree = nodeIdsOf(loadStory(story));
    expect(fromJson.length).toBeGreaterThan(0);
    expect([...fromTree].sort()).toEqual([...fromJson].sort());
  });
});
