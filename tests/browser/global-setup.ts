// Serves the production build (dist/) for the browser tests (`npm test` builds it first), and starts
// the one Chromium they share. Each test file connects to it (harness.ts connectBrowser) and opens its
// own contexts, so files stay apart (a context has its own storage, cache and renderer processes);
// what they share is the browser process, whose start cost about 0.7 s of CPU per file, and its
// network and GPU helpers.
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchServer } from '../../tools/chromium.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL.');
  project.provide('baseUrl', url);
  const chromium = await launchServer();
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}
