// Debian's Chromium, launched the way that works on these machines (no browser download; flags that
// stop Chromium from reaching for the closed network). Shared by the browser tests, the bench and the
// screenshot tours.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

function options(extraArgs: string[]) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  return { executablePath: CHROMIUM, args: [...LAUNCH_ARGS, ...extraArgs] };
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch(options(extraArgs));
}

/** A Chromium that other processes connect to (`chromium.connect(server.wsEndpoint())`). */
export async function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer(options([]));
}
