import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import contentSecurityPolicy, { securityHeaders } from './tools/vite-plugin-csp.ts';
import inkStory from './tools/vite-plugin-ink.ts';
import phaserSlim from './tools/vite-plugin-phaser-slim.ts';

export default defineConfig({
  base: './',
  // A missing file is a 404, not index.html: the game reports it instead of parsing HTML.
  appType: 'mpa',
  // assets/ (art, audio, manifests, credits) is served as is and copied into the build.
  publicDir: 'assets',
  resolve: {
    // Phaser's package exports only its prebuilt bundles; our slim entry imports its sources.
    alias: { 'phaser-src': fileURLToPath(new URL('./node_modules/phaser/src', import.meta.url)) },
  },
  // ROOM7_STORY points the dev server at another story (the hot-reload test uses a fixture).
  // contentSecurityPolicy: the built page only (tools/vite-plugin-csp.ts).
  plugins: [
    inkStory({ root: process.env.ROOM7_STORY ?? 'story/main.ink', assetsDir: 'assets' }),
    phaserSlim(),
    contentSecurityPolicy(),
  ],
  optimizeDeps: {
    include: ['phaser-src/phaser-core.js'],
    rolldownOptions: { plugins: [phaserSlim()] },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
            { name: 'inkjs', test: /[\\/]node_modules[\\/]inkjs[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  // The built game with the security headers a deployment should send (README, "Security").
  preview: { port: 4173, strictPort: false, headers: securityHeaders() },
});
