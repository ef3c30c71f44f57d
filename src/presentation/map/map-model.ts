// The branch map's model: the story's graph (chapters, knots and stitches, choice points, endings)
// with this player's progress laid over it, ready to lay out and to read aloud. Pure: no Phaser, no
// DOM, so the unit tests build it from a compiled fixture and the DOM list view shares it with the
// canvas. Progress counts across runs; the current playthrough adds what it has seen so far (it may
// not be recorded yet) and "you are here".
import {
  type BranchGraph,
  ENDINGS,
  encodeRun,
  type GraphEdge,
  mergeProgress,
  type Playthrough,
  type Progress,
  progressOf,
} from '../../engine/index.ts';
import { S } from '../strings.ts';
import { NO_ROUTES, type Routes, recordRoute, shortestRoute } from './map-routes.ts';

export interface MapOption {
  /** Choice.sourcePath: the key of Progress.choicesTaken and of Routes. */
  path: string;
  text: string;
  /** Taken in some run (the only way progress knows an option was seen). */
  taken: boolean;
}

export interface MapChoicePoint {
  path: string;
  node: string;
  /** Its place among its node's choice points, 0-based (number keys pick 1..9). */
  index: number;
  options: MapOption[];
  taken: number;
  untaken: number;
  /** Reached in some run: one of its options was taken, or it is on offer now. */
  seen: boolean;
  here: boolean;
  /** A run code that reaches it (replay lands on it), or null when none is known. */
  route: string | null;
}

export interface MapNode {
  id: string;
  label: string;
  chapter: number | null;
  seen: boolean;
  here: boolean;
  choicePoints: MapChoicePoint[];
}

export interface MapChapter {
  /** null: nodes outside any chapter that still matter (choices or diverts). */
  number: number | null;
  title: string;
  seen: boolean;
  nodes: MapNode[];
}

export interface MapEnding {
  id: string;
  /** Its title once found; null while locked (shown as "?"). */
  title: string | null;
  found: boolean;
  /** The node whose `# ending:` tag declares it. */
  node: string | null;
}

export interface MapEdge extends GraphEdge {
  from: string;
  /** Both ends seen: drawn warm; else dim. */
  seen: boolean;
}

export interface MapHere {
  node: string | null;
  choicePoint: string | null;
  ending: string | null;
}

export interface MapTotals {
  choicePoints: number;
  seenChoicePoints: number;
  nodes: number;
  seenNodes: number;
  endings: number;
  foundEndings: number;
}

export interface MapModel {
  storyHash: string;
  chapters: MapChapter[];
  endings: MapEnding[];
  edges: MapEdge[];
  here: MapHere | null;
  totals: MapTotals;
}

export interface MapInput {
  graph: BranchGraph;
  /** Progress across runs (ProgressBook.load()). */
  progress: Progress;
  /** The story in progress, or null (the map opened from the title). */
  playthrough: Playthrough | null;
  /** Stored routes (recordRoute); the playthrough's own are added. */
  routes?: Routes;
}

/** A plate's short label: the stitch name, or the knot's without its chapter prefix ("ch4_snow" -> "Snow"). */
export function nodeLabel(id: string): string {
  const [knot = '', stitch] = id.split('.');
  const base = (stitch ?? knot.replace(/^ch\d+_?/, '')).replace(/_/g, ' ').trim();
  return base ? base.charAt(0).toUpperCase() + base.slice(1) : S.map.opening;
}

/** Offered text against a graph text where "…" stands for a printed value. */
function textMatches(offered: string, pattern: string): boolean {
  const parts = pattern.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(offered);
}

/** Where the playthrough stands: its node, the choice point on offer (matched by its texts), its ending. */
function hereOf(graph: BranchGraph, p: Playthrough): MapHere {
  const beat = p.current;
  const ending = p.presentation.ending;
  if (beat?.kind !== 'choices') return { node: p.history.at(-1)?.node ?? null, choicePoint: null, ending };
  const node = p.choicePoints.at(-1)?.node ?? null;
  const point = graph.choicePoints.find(
    (cp) => cp.node === node && beat.choices.every((c) => cp.options.some((o) => !o.fallback && textMatches(c.text, o.text))),
  );
  return { node, choicePoint: point?.path ?? null, ending };
}

/** The choices the player makes (a point with only a fallback is none), by the node they are in. */
function choicePointsByNode(
  graph: MapInput['graph'],
  progress: MapInput['progress'],
  routes: NonNullable<MapInput['routes']>,
  here: ReturnType<typeof hereOf> | null,
  hereRoute: string[],
): Map<string, MapChoicePoint[]> {
  const pointsByNode = new Map<string, MapChoicePoint[]>();
  for (const cp of graph.choicePoints) {
    const options = cp.options
      .filter((o) => !o.fallback)
      .map((o) => ({ path: o.path, text: o.text || S.map.untitledOption, taken: (progress.choicesTaken[o.path] ?? 0) > 0 }));
    // A choice point with only a fallback is not a choice the player makes.
    if (cp.node === null || options.length === 0) continue;
    const list = pointsByNode.get(cp.node) ?? [];
    const isHere = here?.choicePoint === cp.path;
    const taken = options.filter((o) => o.taken).length;
    const candidates = [...(isHere ? hereRoute : []), ...options.flatMap((o) => routes[o.path] ?? [])];
    list.push({
      path: cp.path,
      node: cp.node,
      index: list.length,
      options,
      taken,
      untaken: options.length - taken,
      seen: taken > 0 || isHere,
      here: isHere,
      route: shortestRoute(candidates, graph.storyHash),
    });
    pointsByNode.set(cp.node, list);
  }
  return pointsByNode;
}

/** The shown nodes by chapter, and those in no known chapter under "elsewhere". */
function chaptersOf(graph: MapInput['graph'], nodes: MapNode[]): MapChapter[] {
  const chapters: MapChapter[] = graph.chapters.map((c) => {
    const inside = nodes.filter((n) => n.chapter === c.number);
    return { number: c.number, title: c.title, seen: inside.some((n) => n.seen), nodes: inside };
  });
  const loose = nodes.filter((n) => n.chapter === null || !graph.chapters.some((c) => c.number === n.chapter));
  if (loose.length > 0) chapters.push({ number: null, title: S.map.elsewhere, seen: loose.some((n) => n.seen), nodes: loose });
  return chapters;
}

export function buildMapModel(input: MapInput): MapModel {
  const { graph, playthrough: p } = input;
  const nodeIds = graph.nodes.map((n) => n.id);
  // The current run counts at once; its date is never stored, so any fixed one will do.
  const progress = p ? mergeProgress(input.progress, progressOf(p, nodeIds, new Date(0))) : input.progress;
  const routes = p ? recordRoute(input.routes ?? NO_ROUTES, p) : (input.routes ?? NO_ROUTES);
  const here = p ? hereOf(graph, p) : null;
  // The choice point on offer now is reached by all the choices made so far.
  const hereRoute = p ? [encodeRun(p.run)] : [];

  const pointsByNode = choicePointsByNode(graph, progress, routes, here, hereRoute);

  const linked = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
  const nodes: MapNode[] = graph.nodes
    .filter((n) => n.kind !== 'function' && (n.chapter !== null || pointsByNode.has(n.id) || linked.has(n.id)))
    .map((n) => ({
      id: n.id,
      label: nodeLabel(n.id),
      chapter: n.chapter,
      seen: (progress.nodesSeen[n.id] ?? 0) > 0,
      here: here?.node === n.id && here.ending === null,
      choicePoints: pointsByNode.get(n.id) ?? [],
    }));

  const chapters = chaptersOf(graph, nodes);

  const seenIds = new Set(nodes.filter((n) => n.seen).map((n) => n.id));
  const shown = new Set(nodes.map((n) => n.id));
  const edges: MapEdge[] = graph.edges.flatMap((e) =>
    e.from !== null && shown.has(e.from) && shown.has(e.to)
      ? [{ from: e.from, to: e.to, kind: e.kind, seen: seenIds.has(e.from) && seenIds.has(e.to) }]
      : [],
  );

  const endings: MapEnding[] = graph.endings.map((e) => {
    const found = progress.endingsFound[e.id] !== undefined;
    const title = found ? (ENDINGS.find((info) => info.id === e.id)?.title ?? e.id) : null;
    return { id: e.id, title, found, node: e.node };
  });

  const points = nodes.flatMap((n) => n.choicePoints);
  return {
    storyHash: graph.storyHash,
    chapters,
    endings,
    edges,
    here,
    totals: {
      choicePoints: points.length,
      seenChoicePoints: points.filter((cp) => cp.seen).length,
      nodes: nodes.length,
      seenNodes: seenIds.size,
      endings: endings.length,
      foundEndings: endings.filter((e) => e.found).length,
    },
  };
}
