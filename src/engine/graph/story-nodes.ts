// The named places of a story: knots (and functions) and their stitches. They are the nodes of the
// branch map and the "where" of history entries, divergence reports and progress.
import { type InkArray, readContainer, walkItems } from './ink-json.ts';

export type NodeKind = 'knot' | 'stitch' | 'function';

export interface StoryNode {
  /** `knot` or `knot.stitch`, as ink paths spell them. */
  id: string;
  kind: NodeKind;
  knot: string;
}

export interface NodeSource extends StoryNode {
  /** The node's container, for walkers. */
  array: InkArray;
  /** Sub-containers that are nodes of their own (a knot's stitches), to skip when walking it. */
  stitches: ReadonlySet<string>;
}

/** True when the container returns a value (`~ return`): ink compiles functions as knots. */
function isFunction(array: InkArray, path: string, stitches: ReadonlySet<string>): boolean {
  let found = false;
  walkItems(
    array,
    path,
    (item) => {
      if (item === '~ret') found = true;
    },
    stitches,
  );
  return found;
}

/** Knots, functions and stitches in story order. The root's own content is not a node. */
export function storyNodes(root: InkArray): NodeSource[] {
  const nodes: NodeSource[] = [];
  for (const [knot, array] of readContainer(root, '').named) {
    if (knot === 'global decl') continue; // VAR declarations, run once at the start
    const stitches = new Set(readContainer(array, knot).named.keys());
    const kind = isFunction(array, knot, stitches) ? 'function' : 'knot';
    nodes.push({ id: knot, kind, knot, array, stitches });
    for (const stitch of stitches) {
      const sub = readContainer(array, knot).named.get(stitch) ?? [];
      nodes.push({ id: `${knot}.${stitch}`, kind: 'stitch', knot, array: sub, stitches: new Set() });
    }
  }
  return nodes;
}

/** The node (knot or knot.stitch) an ink path lies in, or null for the root flow. */
export function nodeOfPath(path: string | null, nodeIds: ReadonlySet<string>): string | null {
  if (!path) return null;
  const [knot = '', second] = path.split('.');
  if (second !== undefined && nodeIds.has(`${knot}.${second}`)) return `${knot}.${second}`;
  return nodeIds.has(knot) ? knot : null;
}
