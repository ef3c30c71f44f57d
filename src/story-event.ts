// The dev server's word to the page that the story was recompiled: tools/vite-plugin-ink.ts sends it,
// main.ts listens and replays the run on the new story (src/presentation/play/hot-reload.ts).

/** The Vite custom event's name. */
export const STORY_EVENT = 'room7:story';

/** What it carries: whether the story compiles, and where each knot and option is in the .ink files. */
export interface StoryEventData {
  ok: boolean;
  /** "story/file.ink:LINE" by knot id, and by placeKey for each option. */
  places?: Record<string, string>;
}

/** The key of an option in `places`: its knot (null at the top) and its text. */
export function placeKey(node: string | null, text: string): string {
  return `${node ?? ''}\u0001${text}`;
}
