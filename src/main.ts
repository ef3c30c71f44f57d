// The composition root: builds the services, starts Phaser, and catches what escapes.
// The only file that touches window.
import { Mirror } from './a11y/mirror.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH, SceneKey } from './presentation/keys.ts';
import Phaser from './presentation/phaser.ts';
import { BootScene } from './presentation/scenes/boot.ts';
import { ErrorScene } from './presentation/scenes/error.ts';
import { PreloadScene } from './presentation/scenes/preload.ts';
import { StoryScene } from './presentation/scenes/story.ts';
import { TitleScene } from './presentation/scenes/title.ts';
import { provideServices } from './presentation/services.ts';
import { Colour } from './presentation/theme.ts';

function start(): void {
  const mirrorRoot = document.getElementById('mirror');
  if (!mirrorRoot) throw new Error('index.html lacks the #mirror element.');
  const mirror = new Mirror(mirrorRoot);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    backgroundColor: Colour.night,
    width: DESIGN_WIDTH,
    height: DESIGN_HEIGHT,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [BootScene, PreloadScene, TitleScene, StoryScene, ErrorScene],
    banner: false,
  });
  provideServices(game, {
    mirror,
    storyUrl: 'story.json',
    restart: () => window.location.reload(),
  });
  const showError = (reason: unknown) => {
    const message = reason instanceof Error ? reason.message : String(reason);
    for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
    game.scene.start(SceneKey.Error, { message: `Unexpected error: ${message}` });
  };
  window.addEventListener('error', (event) => showError(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => showError(event.reason));
  if (import.meta.hot) {
    import.meta.hot.on('room7:story', (data: { ok: boolean }) => {
      if (data.ok) window.location.reload();
    });
  }
}

start();
