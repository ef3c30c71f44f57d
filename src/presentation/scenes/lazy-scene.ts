// A scene whose code loads when it is first opened, to keep it out of the JavaScript the game needs
// before its first frame (the branch map: about 6 kB gzip). Registered under the real scene's key;
// its first start loads the real scene, puts it in its own place (below the error screen) and starts
// it with the same data; every later start goes straight to the real one.
import type PhaserNamespace from 'phaser';
import Phaser from '../phaser.ts';

type SceneClass = new () => PhaserNamespace.Scene;

export function lazyScene(key: string, load: () => Promise<SceneClass>, below: string): SceneClass {
  return class LazyScene extends Phaser.Scene {
    constructor() {
      super(key);
    }

    create(data: object): void {
      const manager = this.game.scene;
      void load().then((Real) => {
        if (!this.sys.isActive()) return; // left before its code arrived
        manager.remove(key);
        manager.add(key, Real, true, data);
        manager.moveBelow(below, key);
      });
    }
  };
}
