// Phaser's source modules have no types of their own; the `phaser` package's types describe them.
declare module 'phaser-src/phaser-core.js' {
  import type Phaser from 'phaser';

  const core: typeof Phaser;
  export default core;
}
declare module 'phaser-src/*';
