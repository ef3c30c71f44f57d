import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { launch } from './tools/chromium.ts';
import { serve } from './bench/pages.ts';
import { firstLine } from './bench/first-line.ts';
const json = readFileSync('dist/story.json', 'utf8');
const first = firstLine(json);
const game = await serve();
const b = await launch();
const settingsArg = process.argv[2];
for (const [w, h] of [[1280, 720], [390, 844]]) {
  const ctx = await b.newContext({ viewport: { width: w, height: h } });
  if (settingsArg) await ctx.addInitScript((s) => localStorage.setItem('room7.settings', s), settingsArg);
  const p = await ctx.newPage();
  let held: Route | null = null;
  await p.route('**/assets/main-*.js', (r) => { held = r; });
  await p.route(process.env.ART ?? '**/art/**', (r) => r.abort());
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  p.on('console', (m) => console.log('console', m.text()));
  await p.goto(game.url + (process.env.LINK ?? first.path) + '&test');
  await p.waitForSelector('#line-preview');
  await p.evaluate(() => {
    const c = document.getElementById('line-preview') as HTMLCanvasElement;
    (window as any).__preview = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    (window as any).__previewRect = c.getBoundingClientRect().toJSON();
  });
  await (held as Route | null)?.continue();
  await p.waitForFunction(() => !document.getElementById('line-preview'));
  await p.waitForTimeout(500);
  const r = await p.evaluate(() => {
    const g = document.querySelector('#game canvas') as HTMLCanvasElement;
    const now = g.getContext('2d')!.getImageData(0, 0, g.width, g.height);
    const pre = (window as any).__preview as ImageData;
    let differ = 0, big = 0, n = 0;
    // the text box region: bottom third
    for (let y = Math.floor(g.height * 0.6); y < g.height; y++) for (let x = 0; x < g.width; x++) {
      const i = (y * g.width + x) * 4; n++;
      const d = Math.max(...[0, 1, 2].map((k) => Math.abs(now.data[i + k] - pre.data[i + k])));
      if (d > 8) differ++; if (d > 64) big++;
    }
    return { size: [g.width, g.height, pre.width, pre.height], differ, big, n, rect: g.getBoundingClientRect().toJSON(), pre: (window as any).__previewRect };
  });
  console.log(w, h, JSON.stringify(r));
  await ctx.close();
}
await b.close();
await game.server.close();
