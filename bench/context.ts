// What the bench's browser parts share: a page context at the bench's window size, and a server for
// a built page (vite preview).
import type { Browser, BrowserContext } from 'playwright-core';
import { preview } from 'vite';

export const VIEWPORT = { width: 1280, height: 720 };

export type Server = Awaited<ReturnType<typeof preview>>;

/**
 * A browser context whose pages can run functions compiled by tsx: its esbuild keeps function names
 * by wrapping them in a `__name` helper, which the page does not have.
 */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  return context;
}

export async function serve(options: Parameters<typeof preview>[0] = {}): Promise<{ server: Server; url: string }> {
  const server = await preview({ ...options, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}
