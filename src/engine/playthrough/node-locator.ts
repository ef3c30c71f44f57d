// Where in the story a beat came from, as a node of the branch map (knot or knot.stitch).
// inkjs gives the path of the last content run (previousPathString), except after the story has
// ended, when it gives null. So the locator also notes each knot or stitch entered, by wrapping the
// public Story.VisitContainer on this one Story instance (inkjs calls it through `this`).
import type { Story } from 'inkjs';
import { parseInkJson } from '../graph/ink-json.ts';
import { nodeOfPath, storyNodes } from '../graph/story-nodes.ts';
import { perStory } from '../parsed-story.ts';
import type { Beat } from '../story-engine.ts';

/** The story's knots and stitches, read from its JSON once per story (a second parse of 312 kB otherwise). */
const nodeIdsOf = perStory((json): ReadonlySet<string> => new Set(storyNodes(parseInkJson(json).root).map((n) => n.id)));

export class NodeLocator {
  private readonly nodeIds: ReadonlySet<string>;
  private lastEntered: string | null = null;

  constructor(
    private readonly story: Story,
    json: string,
  ) {
    this.nodeIds = nodeIdsOf(json);
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
