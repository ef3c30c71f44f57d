// The page's entry: what can start before Phaser's chunk has arrived. The story's text is fetched at
// once (index.html preloads it) and, on a run link, whose first screen is the story itself, parsed
// too, while the browser still downloads and compiles Phaser (index.html's modulepreload links,
// tools/vite-plugin-preload-game.ts). Then the game (main.ts) starts with it. On the title the parse
// waits for the title's idle moment, as before: the title does not need the story to draw.
import { Playthrough } from './engine/playthrough/playthrough.ts';
import { markBoot } from './presentation/boot-marks.ts';
import { fetchStoryText } from './story-source.ts';
import { webGlRendererName } from './webgl-probe.ts';

markBoot('entry-run');
const params = new URLSearchParams(window.location.search);
const story = fetchStoryText('story.json');
if (params.has('run')) {
  void story.then((fetched) => {
    markBoot('story-fetched');
    if (!fetched.ok) return;
    try {
      Playthrough.prepare(fetched.text);
      markBoot('story-parsed');
    } catch {
      // Not a story this game can read: the preloader says so when it opens it.
    }
  });
}

// main.ts picks Phaser's renderer by a WebGL probe: made here while the main thread is idle, waiting
// for the network, it is not made in the way of the first frame (unless the URL forces canvas).
if (params.get('renderer') !== 'canvas' && 'requestIdleCallback' in window) window.requestIdleCallback(() => webGlRendererName());

import('./main.ts')
  .then((game) => game.start(story))
  .catch((e: unknown) => {
    // The game's code did not arrive (offline on a first visit, a server gone): say so where the
    // loading screen stands, rather than leave it waiting for good.
    const said = document.querySelector('#loading span');
    if (said)
      said.textContent = `Room 7 could not start (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`;
    console.error(e);
  });
