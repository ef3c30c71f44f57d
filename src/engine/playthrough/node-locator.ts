// Where in the story a beat came from, as a node of the branch map (knot or knot.stitch).
// inkjs gives the path of the last content run (previousPathString), except after the story has
// ended, when it gives null. So the locator also notes each knot or stitch entered, by wrapping the
// public Story.VisitContainer on this one Story instance (inkjs calls it through `this`).
import type { Story } from 'inkjs';
import { nodeOfPath } from '../graph/story-nodes.ts';
import type { Beat } from '../story-engine.ts';

/** What the locator reads of an inkjs Container: the sub-containers named in its JSON's last element. */
interface Named {
  namedOnlyContent: Map<string, unknown> | null;
}

/** The node ids of each parsed story tree (stories built from one parse share it, parsed-story.ts). */
const idsOfTree = new WeakMap<object, ReadonlySet<string>>();

/**
 * The story's knots and stitches, as graph/story-nodes.ts names them from the JSON: the root's named
 * containers but 'global decl', and each one's own. Read off the tree inkjs has already parsed, once
 * per story: from the JSON it would be a second parse of the 312 kB story before the first line.
 */
export function nodeIdsOf(story: Story): ReadonlySet<string> {
  const root = story.mainContentContainer as unknown as Named;
  const known = idsOfTree.get(root);
  if (known) return known;
  const ids = new Set<string>();
  for (const [knot, container] of root.namedOnlyContent ?? []) {
    if (knot === 'global decl') continue; // VAR declarations, run once at the start
    ids.add(knot);
    for (const stitch of (container as Named).namedOnlyContent?.keys() ?? []) ids.add(`${knot}.${stitch}`);
  }
  idsOfTree.set(root, ids);
  return ids;
}

export class NodeLocator {
  private readonly nodeIds: ReadonlySet<string>;
  private lastEntered: string | null = null;

  constructor(private readonly story: Story) {
    this.nodeIds = nodeIdsOf(story);
    const visit = story.VisitContainer.bind(story);
    story.VisitContainer = (container, atStart) => {
      const id = container.path.toString();
      if (this.nodeIds.has(id)) this.lastEntered = id;
      visit(container, atStart);
    };
  }

  /** The node of the beat just produced (choices: the node of their choice point). */
  nodeOf(beat: Beat): string | null {
    if (beat.kind === 'choices') return this.nodeOfPath(this.story.currentChoices[0]?.sourcePath ?? null);
    return this.nodeOfPath(this.story.state.previousPathString) ?? this.lastEntered;
  }

  nodeOfPath(path: string | null): string | null {
    return nodeOfPath(path, this.nodeIds);
  }
}
