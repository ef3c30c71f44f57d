// The build's Phaser entry: what tools/vite-plugin-phaser-slim.ts drops from phaser-core.js, read
// against the Phaser installed, so a Phaser update that moves these lines fails here, not in a player's
// browser (`scene.load.svg` missing, or the file types back in the first download unseen).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropUnusedCoreParts } from '../../tools/vite-plugin-phaser-slim.ts';

const core = readFileSync('node_modules/phaser/src/phaser-core.js', 'utf8');

describe('phaser-slim: unused parts of phaser-core', () => {
  it('drops the file types, filters and DOM namespaces we never use, and keeps text loading', () => {
    const slim = dropUnusedCoreParts(core);
    for (const gone of [
      'AudioFile',
      'AtlasJSONFile',
      'ImageFile',
      'JSONFile',
      'XMLFile',
      "require('./filters')",
      "require('./dom')",
    ])
      expect(slim).not.toContain(gone);
    expect(slim).toContain("TextFile: require('./loader/filetypes/TextFile')");
    expect(slim).toContain("LoaderPlugin: require('./loader/LoaderPlugin')");
    // What is left is still one object literal JavaScript can parse.
    expect(() => new Function('require', 'module', 'global', slim)).not.toThrow();
  });

  it('says which line it could not find when phaser-core changes', () => {
    expect(() => dropUnusedCoreParts(core.replace("DOM: require('./dom'),", ''))).toThrow(/phaser-core\.js no longer matches/);
  });
});
