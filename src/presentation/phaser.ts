// Our Phaser entry: Phaser's slim core build plus only the parts the game uses (about 140 KB gzip less
// than `import Phaser from 'phaser'`, which does not tree-shake). Importing a factory registers it.
// Build flags are replaced by tools/vite-plugin-phaser-slim.ts.
import type PhaserNamespace from 'phaser';
import SVGFile from 'phaser-src/loader/filetypes/SVGFile.js';
import core from 'phaser-src/phaser-core.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterFactory.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
// The gamepad plugin (registers itself as `scene.input.gamepad`; main.ts turns it on with input.gamepad).
import 'phaser-src/input/gamepad/GamepadPlugin.js';

const Phaser = core as typeof PhaserNamespace;
export default Phaser;

// Phaser's SVGFile throws an uncaught TypeError when a response is not SVG (an error page, a broken
// file: it looks for an <svg> element that is not there), and that would stop the game. Such a file
// fails to process instead, as an image that does not decode does; the TextureLoader (assets.ts)
// then warns and the scene uses its fallback.
type SvgFile = PhaserNamespace.Loader.FileTypes.SVGFile;
const processSvg: (this: SvgFile) => void = SVGFile.prototype.onProcess;
SVGFile.prototype.onProcess = function (this: SvgFile): void {
  if (!/<svg[\s>]/i.test(this.xhrLoader?.responseText ?? '')) {
    this.onProcessError();
    return;
  }
  try {
    processSvg.call(this);
  } catch {
    this.onProcessError();
  }
};
