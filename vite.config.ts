import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import contentSecurityPolicy, { securityHeaders } from './tools/vite-plugin-csp.ts';
import inkStory from './tools/vite-plugin-ink.ts';
import phaserSlim from './tools/vite-plugin-phaser-slim.ts';
import preloadChunks from './tools/vite-plugin-preload-chunks.ts';

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
    // A run link's early line (inkjs, the engine) downloads with the page, beside the small entry.
    preloadChunks('/src/early-line.ts'),
    contentSecurityPolicy(),
    // Offline play (build only): a Workbox service worker precaches the game, the story and the
    // art, and keeps each sound once played. 'prompt': a new version waits until the player
    // reloads (src/platform.ts says it is ready), so a page never mixes an old game with a new story.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: [],
      manifest: {
        name: 'Room 7',
        short_name: 'Room 7',
        description: 'A story game after the film Miracle in Cell No. 7.',
        lang: 'en',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#0b1020',
        theme_color: '#0b1020',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The game, the story and every picture (about 2 MB); sound (2.8 MB) is kept as it is played.
        globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: null,
        // The first visit's page is served by the worker as soon as it is ready, so the sound it
        // plays from then on is kept. A new version still waits for the player (skipWaiting off).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/audio/') && url.pathname.endsWith('.mp3'),
            handler: 'CacheFirst',
            options: { cacheName: 'room7-sound', expiration: { maxEntries: 60 } },
          },
        ],
      },
    }),
  ],
  optimizeDeps: {
    include: ['phaser-src/phaser-core.js'],
    rolldownOptions: { plugins: [phaserSlim()] },
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: which chunks each import needs (bench/bundle.ts counts the initial JS by it).
    manifest: true,
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
