// Phaser's source files test build flags with `typeof WEBGL_RENDERER` and friends, which Phaser's own
// webpack build replaces. We import Phaser's slim core entry from source (see
// src/presentation/phaser.ts), so we replace the flags here: WebGL and Canvas renderers on, Phaser's
// sound off (howler plays our audio), debug and optional plugins off. It runs in the build and in
// Vite's dependency pre-bundling for dev.
const FLAGS: Record<string, string> = {
  CANVAS_RENDERER: 'true',
  WEBGL_RENDERER: 'true',
  FEATURE_SOUND: 'false',
  WEBGL_DEBUG: 'false',
  PLUGIN_CAMERA3D: 'false',
  PLUGIN_FBINSTANT: 'false',
};
const PATTERN = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');

export function replacePhaserFlags(code: string): string {
  // phaser-core.js also assigns `global.Phaser`, a Node-ism browsers lack.
  return code.replace(PATTERN, (_, flag: string) => FLAGS[flag] ?? 'false').replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser');
}

export default function phaserSlim() {
  return {
    name: 'room7-phaser-flags',
    transform(code: string, id: string) {
      if (!/[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
      if (!code.includes('typeof ') && !code.includes('global.Phaser')) return null;
      return { code: replacePhaserFlags(code), map: null };
    },
  };
}
