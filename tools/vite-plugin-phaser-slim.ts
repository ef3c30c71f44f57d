// Phaser's source files test build flags with `typeof WEBGL_RENDERER` and friends, which Phaser's own
// webpack build replaces. We import Phaser's slim core entry from source (see
// src/presentation/phaser.ts), so we replace the flags here: WebGL and Canvas renderers on, Phaser's
// sound off (howler plays our audio), debug and optional plugins off; and Phaser's WebGL check runs
// when it is needed, not as Phaser loads (lazyWebGlTest). It runs in the build and in Vite's
// dependency pre-bundling for dev.
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

/** Phaser's device/Features.js creates a WebGL context to see whether WebGL works, as it loads. */
const WEBGL_TEST = 'Features.webGL = testWebGL();';

/**
 * That test, run when the answer is first asked for instead: only CreateRenderer asks, and only for
 * a WebGL game. A canvas game (main.ts chooses canvas where WebGL is missing or software-rendered)
 * so never makes that context: 15-90 ms of main thread before the first frame on such machines.
 * (The test also sets `support32bit`, which nothing in Phaser reads.)
 */
export function lazyWebGlTest(code: string): string {
  if (!code.includes(WEBGL_TEST)) throw new Error(`phaser-slim: device/Features.js no longer has "${WEBGL_TEST}"`);
  return code.replace(
    WEBGL_TEST,
    `var webGLTested; Object.defineProperty(Features, 'webGL', { enumerable: true, configurable: true,
      get: function () { if (webGLTested === undefined) { webGLTested = testWebGL(); } return webGLTested; } });`,
  );
}

/**
 * phaser-core.js names every loader file type in its namespace, and naming one is what registers it
 * (`scene.load.audio` and so on), so each pulls its code into our first download. The game loads only
 * text (the story, manifests) and SVG (the art, registered by src/presentation/phaser.ts); the rest
 * are dropped from the namespace, as are the namespaces of Phaser's filters and DOM elements, which
 * we never name (Phaser's own modules still import what they use of them).
 */
const UNUSED_FILE_TYPES = [
  'AnimationJSONFile',
  'AtlasJSONFile',
  'AudioFile',
  'AudioSpriteFile',
  'HTML5AudioFile',
  'ImageFile',
  'JSONFile',
  'MultiAtlasFile',
  'PluginFile',
  'ScriptFile',
  'SpriteSheetFile',
  'XMLFile',
];
const UNUSED_CORE_PARTS = [
  ...UNUSED_FILE_TYPES.map((type) => new RegExp(`\\n\\s*${type}: require\\('\\./loader/filetypes/${type}'\\),?`)),
  /\n\s*Filters: require\('\.\/filters'\),/,
  /\n\s*DOM: require\('\.\/dom'\),/,
];

export function dropUnusedCoreParts(code: string): string {
  let out = code;
  for (const part of UNUSED_CORE_PARTS) {
    if (!part.test(out)) throw new Error(`phaser-slim: phaser-core.js no longer matches ${part}`);
    out = out.replace(part, '');
  }
  return out;
}

export default function phaserSlim() {
  return {
    name: 'room7-phaser-flags',
    transform(code: string, id: string) {
      if (!/[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
      if (/[\\/]device[\\/]Features\.js$/.test(id)) return { code: lazyWebGlTest(replacePhaserFlags(code)), map: null };
      if (/[\\/]phaser-core\.js$/.test(id)) return { code: dropUnusedCoreParts(replacePhaserFlags(code)), map: null };
      if (!code.includes('typeof ') && !code.includes('global.Phaser')) return null;
      return { code: replacePhaserFlags(code), map: null };
    },
  };
}
