// The branch map's model, routes and layout against real compiled ink (tests/fixtures/map/map.ink).
import { describe, expect, test } from 'vitest';
import {
  buildBranchGraph,
  decodeRun,
  EMPTY_PROGRESS,
  Playthrough,
  type Progress,
  progressOf,
  replayRun,
} from '../../src/engine/index.ts';
import { edgePath, layoutMap, NODE_W } from '../../src/presentation/map/map-layout.ts';
import { mapListView } from '../../src/presentation/map/map-list.ts';
import { buildMapModel, type MapModel, nodeLabel } from '../../src/presentation/map/map-model.ts';
import { NO_ROUTES, recordRoute, routeLength } from '../../src/presentation/map/map-routes.ts';
import { compileFixture } from './ink.ts';
import { chooseText, showBeats } from './play.ts';

const json = compileFixture('tests/fixtures/map/map.ink');
const graph = buildBranchGraph(json);
const nodeIds = graph.nodes.map((n) => n.id);

/** Plays the texts in order, then shows beats up to the next choices or the end. */
function playTo(texts: string[], seed = 7): Playthrough {
  const p = Playthrough.start(json, { seed });
  for (const text of texts) chooseText(p, text);
  showBeats(p, 50);
  return p;
}

const point = (model: MapModel, path: string) =>
  model.chapters.flatMap((c) => c.nodes.flatMap((n) => n.choicePoints)).find((cp) => cp.path === path);
const node = (model: MapModel, id: string) => model.chapters.flatMap((c) => c.nodes).find((n) => n.id === id);

describe('map model: the graph with nothing seen', () => {
  const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: null });

  test('chapters in order with their scenes in story order', () => {
    expect(model.chapters.map((c) => [c.number, c.title, c.nodes.map((n) => n.id)])).toEqual([
      [1, 'Gate', ['intro']],
      [2, 'Yard', ['yard', 'yard.look', 'yard.look_more', 'yard.wall', 'over', 'stay']],
    ]);
    expect(model.chapters.every((c) => !c.seen)).toBe(true);
    expect(model.here).toBeNull();
  });

  test('choice points on their nodes, fallbacks left out, fallback-only weaves not shown', () => {
    expect(node(model, 'intro')?.choicePoints.map((cp) => [cp.path, cp.index, cp.options.map((o) => o.text)])).toEqual([
      ['intro.0', 0, ['A friend.', 'Nobody.']],
      ['intro.0.g-0', 1, ['Wave.', 'Run.']],
    ]);
    expect(point(model, 'yard.look.0')?.options.map((o) => o.text)).toEqual(['Look again.', 'Pay … coins.', 'Leave.']);
    expect(point(model, 'yard.wall.0')?.options.map((o) => o.text)).toEqual(['Climb it.', 'Stay.']);
    expect(node(model, 'yard.look_more')?.choicePoints).toEqual([]);
    expect(point(model, 'yard.wall.0')).toMatchObject({ seen: false, taken: 0, untaken: 2, route: null, here: false });
  });

  test('edges between shown nodes; endings locked; totals', () => {
    expect(model.edges.map((e) => `${e.from}->${e.to}`)).toContain('yard.look->yard.look_more');
    expect(model.edges.some((e) => e.seen)).toBe(false);
    expect(model.endings).toEqual([
      { id: 'acquittal', title: null, found: false, node: 'over' },
      { id: 'verdict_stands', title: null, found: false, node: 'stay' },
    ]);
    expect(model.totals).toEqual({ choicePoints: 4, seenChoicePoints: 0, nodes: 7, seenNodes: 0, endings: 2, foundEndings: 0 });
  });

  test('short labels: stitch names, knots without their chapter prefix', () => {
    expect(nodeLabel('yard.look_more')).toBe('Look more');
    expect(nodeLabel('ch4_snow')).toBe('Snow');
    expect(nodeLabel('ch1')).toBe('Opening');
    expect(nodeLabel('prologue')).toBe('Prologue');
  });
});

describe('map model: progress and the current playthrough', () => {
  test('the playthrough counts at once, and "you are here" is the choice point on offer', () => {
    const p = playTo(['A friend.', 'Wave.']);
    expect(p.current?.kind).toBe('choices');
    const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: p });
    expect(model.here).toEqual({ node: 'yard.look', choicePoint: 'yard.look.0', ending: null });
    expect(node(model, 'yard.look')).toMatchObject({ seen: true, here: true });
    expect(node(model, 'yard.wall')?.seen).toBe(false);
    // The printed value ("Pay 2 coins.") matches the graph's "Pay … coins.".
    expect(point(model, 'yard.look.0')).toMatchObject({ seen: true, here: true, taken: 0, untaken: 3 });
    expect(point(model, 'intro.0')).toMatchObject({ seen: true, taken: 1, untaken: 1 });
    expect(point(model, 'intro.0')?.options.map((o) => o.taken)).toEqual([true, false]);
    expect(model.chapters.map((c) => c.seen)).toEqual([true, true]);
    expect(model.edges.find((e) => e.from === 'intro' && e.to === 'yard')?.seen).toBe(true);
    expect(model.edges.find((e) => e.from === 'intro' && e.to === 'yard.wall')?.seen).toBe(false);
  });

  test('stored progress from other runs shades what this run has not seen; found endings get their titles', () => {
    const earlier = playTo(['Nobody.', 'Run.', 'Stay.']);
    expect(earlier.ended).toBe(true);
    const progress: Progress = progressOf(earlier, nodeIds, new Date('2024-01-01T00:00:00.000Z'));
    const model = buildMapModel({ graph, progress, playthrough: playTo(['A friend.']) });
    expect(node(model, 'stay')?.seen).toBe(true);
    expect(point(model, 'yard.wall.0')).toMatchObject({ seen: true, taken: 1 });
    expect(model.endings.find((e) => e.id === 'verdict_stands')).toEqual({
      id: 'verdict_stands',
      title: 'The Old Verdict',
      found: true,
      node: 'stay',
    });
    expect(model.totals.foundEndings).toBe(1);
  });

  test('at the end, here is the ending and no node is marked', () => {
    const p = playTo(['Nobody.', 'Run.', 'Climb it.']);
    const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: p });
    expect(model.here?.ending).toBe('acquittal');
    expect(model.chapters.flatMap((c) => c.nodes).some((n) => n.here)).toBe(false);
    expect(model.endings.find((e) => e.id === 'acquittal')?.found).toBe(true);
  });
});

describe('routes: replay from here', () => {
  test('each choice taken records the run before it; replaying it lands on that choice point', () => {
    const p = playTo(['A friend.', 'Wave.', 'Leave.']);
    const routes = recordRoute(NO_ROUTES, p);
    const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: null, routes });
    const wave = point(model, 'intro.0.g-0');
    expect(decodeRun(wave?.route ?? '').choices).toEqual([0]);
    const replay = replayRun(json, decodeRun(wave?.route ?? ''), { beats: Number.POSITIVE_INFINITY });
    expect(replay.playthrough.current).toMatchObject({ kind: 'choices', choices: [{ text: 'Wave.' }, { text: 'Run.' }] });
    expect(decodeRun(point(model, 'intro.0')?.route ?? '').choices).toEqual([]);
    expect(point(model, 'yard.wall.0')?.route).toBeNull();
  });

  test('the choice point on offer is reached by the whole run so far', () => {
    const p = playTo(['A friend.', 'Wave.']);
    const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: p });
    const run = decodeRun(point(model, 'yard.look.0')?.route ?? '');
    expect(run).toEqual(p.run);
  });

  test('the shortest route wins; recording again changes nothing (same object)', () => {
    // Looking again loops back to the same choice point: the first visit is the shortest route there.
    const long = playTo(['A friend.', 'Wave.', 'Look again.', 'Look again.', 'Leave.'], 1);
    const short = playTo(['A friend.', 'Wave.', 'Leave.'], 2);
    const a = recordRoute(NO_ROUTES, long);
    const leave = graph.choicePoints.find((cp) => cp.path === 'yard.look.0')?.options[2]?.path ?? '';
    expect(routeLength(a[leave] ?? '', graph.storyHash)).toBe(4);
    const b = recordRoute(a, short);
    expect(routeLength(b[leave] ?? '', graph.storyHash)).toBe(2);
    expect(decodeRun(b[leave] ?? '').seed).toBe(2);
    expect(recordRoute(b, short)).toBe(b);
    expect(recordRoute(b, long)).toBe(b);
  });

  test('a damaged route or one from another story version is replaced, and never offered', () => {
    const p = playTo(['A friend.', 'Wave.']);
    const friend = graph.choicePoints[0]?.options[0]?.path ?? '';
    const stale = recordRoute({ [friend]: 'not a run' }, p);
    expect(routeLength(stale[friend] ?? '', graph.storyHash)).toBe(0);
    const other = { [friend]: recordRoute(NO_ROUTES, playTo(['A friend.'], 3))[friend] ?? '' };
    const model = buildMapModel({
      graph: { ...graph, storyHash: '00000000000000' },
      progress: EMPTY_PROGRESS,
      playthrough: null,
      routes: other,
    });
    expect(point(model, 'intro.0')?.route).toBeNull();
  });
});

describe('map layout', () => {
  const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: null });

  test('landscape: chapters as columns left to right, scenes top to bottom, endings last', () => {
    const layout = layoutMap(model, false);
    const intro = layout.nodes.get('intro');
    const yard = layout.nodes.get('yard');
    const look = layout.nodes.get('yard.look');
    expect(intro && yard && look).toBeTruthy();
    expect(yard!.x).toBeGreaterThan(intro!.x + NODE_W);
    expect(look!.y).toBeGreaterThan(yard!.y);
    expect(look!.x).toBe(yard!.x);
    expect(layout.endings.get('acquittal')!.x).toBeGreaterThan(yard!.x);
    expect(layout.headings.map((h) => h.key)).toEqual(['chapter-1', 'chapter-2', 'endings']);
    // Every choice point's mark lies inside its node's plate.
    for (const cp of model.chapters.flatMap((c) => c.nodes.flatMap((n) => n.choicePoints))) {
      const dot = layout.points.get(cp.path)!;
      const box = layout.nodes.get(cp.node)!;
      expect(dot.x - dot.r).toBeGreaterThanOrEqual(box.x);
      expect(dot.y + dot.r).toBeLessThanOrEqual(box.y + box.h);
    }
  });

  test('portrait: chapters as rows top to bottom, scenes in lines of three', () => {
    const layout = layoutMap(model, true);
    const intro = layout.nodes.get('intro')!;
    const yard = layout.nodes.get('yard')!;
    const look = layout.nodes.get('yard.look')!;
    const wall = layout.nodes.get('yard.wall')!;
    expect(yard.y).toBeGreaterThan(intro.y + intro.h);
    expect(look.y).toBe(yard.y);
    expect(look.x).toBeGreaterThan(yard.x);
    expect(wall.y).toBeGreaterThan(yard.y);
    expect(layout.width).toBeLessThanOrEqual(3 * NODE_W + 2 * 60);
  });

  test('no two plates overlap', () => {
    for (const portrait of [false, true]) {
      const boxes = [...layoutMap(model, portrait).nodes.values(), ...layoutMap(model, portrait).endings.values()];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect(apart).toBe(true);
        }
      }
    }
  });

  test('edges run between facing sides; skipping a plate in a column bows out to the side', () => {
    const a = { x: 0, y: 0, w: 300, h: 60 };
    expect(edgePath(a, { x: 0, y: 90, w: 300, h: 60 })).toEqual([
      { x: 150, y: 60 },
      { x: 150, y: 90 },
    ]);
    const bowed = edgePath(a, { x: 0, y: 300, w: 300, h: 60 });
    expect(Math.max(...bowed.map((p) => p.x))).toBeGreaterThan(300);
    const across = edgePath(a, { x: 500, y: 0, w: 300, h: 60 });
    expect(across[0]).toEqual({ x: 300, y: 30 });
    expect(across.at(-1)).toEqual({ x: 500, y: 30 });
  });
});

describe('map list view (the DOM mirror)', () => {
  test('reads the totals, where you are, each chapter, the seen choice points and the endings', () => {
    const p = playTo(['A friend.', 'Wave.']);
    const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: p });
    const list = mapListView(model, false);
    expect(list.replays).toEqual([]);
    expect(list.body).toEqual([
      'You have reached 3 of 4 choice points and found 0 of 2 endings.',
      'You are here: Chapter 2, Yard, Look, choice.',
      'Chapter 1, Gate: seen: Intro.',
      'Intro, choice 1 of 2: “A friend.” (taken), “Nobody.” (not taken yet).',
      'Intro, choice 2 of 2: “Wave.” (taken), “Run.” (not taken yet).',
      'Chapter 2, Yard: seen: Yard, Look (you are here); 4 scenes and 1 choice point not seen yet.',
      'Look, choice (you are here): “Look again.” (not taken yet), “Pay … coins.” (not taken yet), “Leave.” (not taken yet).',
      'Endings: none found yet; 2 locked.',
    ]);
  });

  test('with a replay callback, each seen choice point with a route is a "Replay from here" button', () => {
    const p = playTo(['A friend.', 'Wave.']);
    const model = buildMapModel({ graph, progress: EMPTY_PROGRESS, playthrough: p });
    const list = mapListView(model, true);
    expect(list.replays.map((r) => r.path)).toEqual(['intro.0', 'intro.0.g-0', 'yard.look.0']);
    expect(list.replays[1]?.label).toBe(
      'Replay from here: Chapter 1, Gate, Intro, choice 2 of 2: “Wave.” (taken), “Run.” (not taken yet).',
    );
    expect(decodeRun(list.replays[2]?.route ?? '')).toEqual(p.run);
    expect(list.body.some((line) => line.startsWith('Intro, choice'))).toBe(false);
  });
});

describe('the real story on the map', () => {
  test('every scene in a chapter, every choice point on a plate, nothing overlapping, in both orientations', () => {
    const json = compileFixture('story/main.ink');
    const real = buildMapModel({ graph: buildBranchGraph(json), progress: EMPTY_PROGRESS, playthrough: null });
    expect(real.chapters.map((c) => c.number)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(real.endings).toHaveLength(4);
    for (const [portrait, view] of [
      [false, { width: 1300, height: 810 }],
      [true, { width: 960, height: 980 }],
    ] as const) {
      const layout = layoutMap(real, portrait, view);
      const boxes = [...layout.nodes.values(), ...layout.endings.values()];
      expect(boxes).toHaveLength(real.totals.nodes + 4);
      expect(layout.points.size).toBe(real.totals.choicePoints);
      const overlapping = boxes.filter((a, i) =>
        boxes.slice(i + 1).some((b) => !(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y)),
      );
      expect(overlapping).toEqual([]);
    }
  });

  test('landscape picks the column height that lets the whole map fit largest', () => {
    const json = compileFixture('story/main.ink');
    const real = buildMapModel({ graph: buildBranchGraph(json), progress: EMPTY_PROGRESS, playthrough: null });
    const columnsOf = (layout: ReturnType<typeof layoutMap>, chapter: number) =>
      new Set(real.chapters.find((c) => c.number === chapter)?.nodes.map((n) => layout.nodes.get(n.id)?.x)).size;
    // A short wide view wraps the longest chapter into columns; a tall one keeps it in one.
    expect(columnsOf(layoutMap(real, false, { width: 3000, height: 500 }), 6)).toBeGreaterThan(1);
    expect(columnsOf(layoutMap(real, false, { width: 900, height: 2000 }), 6)).toBe(1);
  });
});
