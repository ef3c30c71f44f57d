// The page's entry, small on purpose: what can start before Phaser has arrived. The story's text is
// fetched at once (index.html preloads it). On the title the game (main.ts, with Phaser) is imported
// at once too. On a run link, whose first screen is the story itself, the line comes first: the
// story is parsed and the link's line drawn in the story screen's text box (early-line.ts, whose
// chunks index.html preloads: tools/vite-plugin-preload-chunks.ts), and only then is the game asked
// for, most of the page's bytes and work, so that it does not slow the story's download and parse;
// its first screen then takes the line's place (main.ts).
import { Mirror } from './a11y/mirror.ts';
import type { EarlyStart } from './early-start.ts';
import { markBoot } from './presentation/boot-marks.ts';
import { fetchStoryText } from './story-source.ts';
import { webGlRendererName } from './webgl-probe.ts';

markBoot('entry-run');
const params = new URLSearchParams(window.location.search);
const mirrorRoot = document.getElementById('mirror');
if (!mirrorRoot) throw new Error('index.html lacks the #mirror element.');
let takeAway: (() => void) | null = null;
const early: EarlyStart = {
  story: fetchStoryText('story.json'),
  mirror: new Mirror(mirrorRoot),
  dismiss: () => {
    takeAway?.();
    takeAway = null;
  },
};

function startGame(): void {
  import('./main.ts')
    .then((game) => game.start(early))
    .catch((e: unknown) => {
      // The game's code did not arrive (offline on a first visit, a server gone): say so where the
      // loading screen stands, rather than leave it waiting for good.
      early.dismiss();
      const loading = document.getElementById('loading');
      const said = loading?.querySelector('span');
      if (loading) loading.hidden = false;
      if (said)
        said.textContent = `Room 7 could not start (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`;
      console.error(e);
    });
}

const code = params.get('run');
if (code === null) startGame();
else {
  const shown = import('./early-line.ts');
  void early.story.then(async (fetched) => {
    markBoot('story-fetched');
    const loaded = await shown.catch(() => null);
    // The game is asked for once the line is up (or cannot be): its download and compile, most of
    // the page's bytes and work, would otherwise compete with the story's parse.
    setTimeout(startGame, 0);
    if (!fetched.ok || !loaded) return;
    const { showRunLine } = loaded;
    const viewport = { width: window.innerWidth, height: window.innerHeight, pixelRatio: window.devicePixelRatio };
    const beats = Number(params.get('at') ?? 1) || 1;
    const parent = document.querySelector('main');
    takeAway =
      parent &&
      showRunLine({
        json: fetched.text,
        code,
        beats,
        mirror: early.mirror,
        parent,
        viewport,
        storage: () => window.localStorage,
      });
    if (!takeAway) return;
    const loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
    // The box is placed for this window's size: a resize leaves the screen to the game.
    window.addEventListener('resize', early.dismiss, { once: true });
  });
}

// main.ts picks Phaser's renderer by a WebGL probe: made here while the main thread is idle, waiting
// for the network, it is not made in the way of the first frame (unless the URL forces canvas).
if (params.get('renderer') !== 'canvas' && 'requestIdleCallback' in window) window.requestIdleCallback(() => webGlRendererName());
