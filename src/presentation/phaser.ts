// Our Phaser entry: Phaser's slim core build plus only the parts the game uses (about 140 KB gzip less
// than `import Phaser from 'phaser'`, which does not tree-shake). Importing a factory registers it.
// Build flags are replaced by tools/vite-plugin-phaser-slim.ts.
import type PhaserNamespace from 'phaser';
import core from 'phaser-src/phaser-core.js';
import 'phaser-src/loader/filetypes/SVGFile.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterFactory.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';

const Phaser = core as typeof PhaserNamespace;
export default Phaser;
