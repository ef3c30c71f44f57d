// Which knots and stitches can run more than once in one playthrough. It decides whether a visit
// count matters to the future: a once-only choice (`*`) or a sequence (`{a|b}`) reads its count only
// when the story comes back to it, and most weaves are passed once. Keying states on those counts
// would make every path through a weave a different state; leaving them out where the node cannot
// run again lets paths that differ only in flavour choices merge.
// A node can be entered again when it is called (function, tunnel, thread, variable divert, EXTERNAL
// fallback) or lies on a cycle of diverts; then so can every node it leads to. A node also runs
// again, without being left, when an author's divert inside it jumps back into it (a labelled gather
// or the node itself). The rule is conservative: when in doubt, a node counts as re-entered.

export class FlowGraph {
  private readonly edges = new Map<string, Set<string>>();
  private readonly roots = new Set<string>();
  private readonly looping = new Set<string>();

  /** Control can go from node `from` to node `to` by a divert. */
  divert(from: string, to: string): void {
    let set = this.edges.get(from);
    if (!set) {
      set = new Set();
      this.edges.set(from, set);
    }
    set.add(to);
  }

  /** The node is called (function, tunnel, thread): it may be entered many times. */
  called(node: string): void {
    this.roots.add(node);
  }

  /** The node jumps back into itself: part of it runs again, but it is still left only once. */
  loops(node: string): void {
    this.looping.add(node);
  }

  /**
   * Nodes that can run more than once: called ones and those on cycles, with every node they lead to
   * (entered again each time they are), plus nodes that loop inside themselves.
   */
  reenterable(): Set<string> {
    const out = new Set<string>(this.roots);
    for (const node of this.edges.keys()) if (this.onCycle(node)) out.add(node);
    const queue = [...out];
    while (queue.length > 0) {
      const node = queue.pop() ?? '';
      for (const next of this.edges.get(node) ?? []) {
        if (!out.has(next)) {
          out.add(next);
          queue.push(next);
        }
      }
    }
    for (const node of this.looping) out.add(node);
    return out;
  }

  private onCycle(start: string): boolean {
    const seen = new Set<string>();
    const queue = [...(this.edges.get(start) ?? [])];
    while (queue.length > 0) {
      const node = queue.pop() ?? '';
      if (node === start) return true;
      if (seen.has(node)) continue;
      seen.add(node);
      queue.push(...(this.edges.get(node) ?? []));
    }
    return false;
  }
}

/**
 * True for a divert the compiler makes to move forward inside a weave: to a choice's content (c-N),
 * a gather (g-N), a position (a number, after a conditional), or into a sub-container of the divert's
 * own container (a branch of a conditional or sequence: ".^.b", ".^.s0"). Any other divert inside a
 * node is the author's, and may jump back.
 */
export function isWeaveDivert(target: string, itemPath: string): boolean {
  const parts = target.split('.');
  const last = parts.at(-1) ?? '';
  if (/^\d+$/.test(last) || /^[cg]-\d+$/.test(last)) return true;
  const ownContainer = itemPath.split('.').slice(0, -1).join('.');
  return parts.slice(0, -1).join('.') === ownContainer;
}

/** The node (knot or knot.stitch) an ink path lies in; '' for the root flow and declarations. */
export function nodeResolver(root: unknown[]): (path: string) => string {
  const top = root[root.length - 1];
  const stitches = new Map<string, Set<string>>();
  if (top && typeof top === 'object' && !Array.isArray(top)) {
    for (const [knot, value] of Object.entries(top)) {
      if (!Array.isArray(value) || knot === 'global decl') continue;
      const tail = value[value.length - 1];
      const names = tail && typeof tail === 'object' && !Array.isArray(tail) ? Object.keys(tail) : [];
      stitches.set(knot, new Set(names.filter((n) => n !== '#f' && n !== '#n')));
    }
  }
  return (path) => {
    const [knot = '', second] = path.split('.');
    const inKnot = stitches.get(knot);
    if (!inKnot) return '';
    return second !== undefined && inKnot.has(second) ? `${knot}.${second}` : knot;
  };
}
