// The branch map's static data, read from the compiled story: chapters (`# chapter:` tags), knots
// and stitches, choice points with their options' texts, endings (`# ending:` tags) and the diverts
// between nodes. Plain data, for the map screen and for the tools. Paths match the runtime's, so
// progress (visit counts, Choice.sourcePath) can be laid over it.
import { perStory } from '../parsed-story.ts';
import { storyHash } from '../story-hash.ts';
import { joinChoiceText } from './choice-text.ts';
import { type GraphWalk, walkNode } from './graph-walk.ts';
import { parseInkJson, readContainer } from './ink-json.ts';
import { type NodeKind, type StoryNode, storyNodes } from './story-nodes.ts';

export interface GraphNode extends StoryNode {
  /** The chapter it belongs to: the last `# chapter:` tag at or before it, in story order. */
  chapter: number | null;
}

export interface ChoiceOptionInfo {
  /** The choice point's path; equals inkjs Choice.sourcePath when it is offered. */
  path: string;
  /** Its fixed text; printed values show as "…"; empty for a fallback choice. */
  text: string;
  onceOnly: boolean;
  conditional: boolean;
  fallback: boolean;
}

export interface ChoicePointInfo {
  /** The weave container that holds the options' content (c-0, c-1...). */
  path: string;
  node: string | null;
  options: ChoiceOptionInfo[];
}

export interface GraphEdge {
  /** null for the story's opening (the root flow before the first knot). */
  from: string | null;
  to: string;
  kind: 'divert' | 'tunnel';
}

export interface BranchGraph {
  storyHash: string;
  chapters: { number: number; title: string; node: string | null }[];
  nodes: GraphNode[];
  choicePoints: ChoicePointInfo[];
  endings: { id: string; node: string | null }[];
  edges: GraphEdge[];
}

/**
 * The branch graph of the last story seen, built once: the map, the title's endings and the progress
 * book all read the same one (treat it as read-only). Hot reload brings a new JSON, hence a new graph.
 */
export const branchGraphOf = perStory(buildBranchGraph);

export function buildBranchGraph(json: string): BranchGraph {
  const { root } = parseInkJson(json);
  const sources = storyNodes(root);
  const ids = new Set(sources.map((n) => n.id));
  const graph: BranchGraph = { storyHash: storyHash(json), chapters: [], nodes: [], choicePoints: [], endings: [], edges: [] };
  const walk: GraphWalk = { graph, ids, points: new Map(), sTexts: new Map(), starts: new Map() };
  walkNode(walk, root, '', null, new Set(readContainer(root, '').named.keys()));
  let chapter: number | null = null;
  for (const source of sources) {
    const before = graph.chapters.length;
    walkNode(walk, source.array, source.id, source.id, source.stitches);
    chapter = graph.chapters[before]?.number ?? chapter;
    const kind: NodeKind = source.kind;
    graph.nodes.push({ id: source.id, kind, knot: source.knot, chapter: kind === 'function' ? null : chapter });
  }
  for (const [option, sPath] of walk.starts) option.text = joinChoiceText(walk.sTexts.get(sPath) ?? '', option.text);
  graph.choicePoints = [...walk.points.values()];
  return graph;
}
