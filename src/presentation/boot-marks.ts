// The steps on the way to the first line, as performance marks named `room7:<step>`: the bench
// (bench/first-line.ts) reports the median time of each, and its trace (bench/trace-first-line.ts)
// splits the main thread's time between them. A mark costs a few microseconds.
export type BootStep =
  /** The page's entry (start.ts) runs: its own small chunk and inkjs have arrived. */
  | 'entry-run'
  /** The story's text has arrived (a run link: start.ts then parses it)... */
  | 'story-fetched'
  /** ...and the story is parsed, before the game needs it... */
  | 'story-parsed'
  /** ...and the line the link opens on is drawn, before the game has started (line-preview.ts). */
  | 'line-preview'
  /** main.ts runs: the game's code and Phaser's are downloaded, compiled and run. */
  | 'scripts-run'
  /** Phaser has booted (renderer, texture manager) and starts its loop. */
  | 'phaser-ready'
  /** The preloader has the story and the manifests. */
  | 'data-loaded'
  /** A run link's run is replayed on the parsed story. */
  | 'run-replayed'
  /** The story screen is built (also counted by the soak test: one per StoryScene.create). */
  | 'story-built'
  /** The canvas has drawn its first frame (index.html's loading screen goes). */
  | 'first-frame';

export function markBoot(step: BootStep): void {
  performance.mark(`room7:${step}`);
}
