import { readFileSync } from 'node:fs';
import { launch } from './tools/chromium.ts';
import { serve } from './bench/pages.ts';
import { firstLine } from './bench/first-line.ts';
const first = firstLine(readFileSync('dist/story.json', 'utf8'));
const link = process.env.LINK ?? first.path;
const tag = process.env.TAG ?? '';
const game = await serve();
const b = await launch();
const sizes = process.argv.slice(2).map((s) => s.split('x').map(Number));
for (const [w, h] of sizes.length ? sizes : [[1280, 720], [1920, 1080], [390, 844]]) {
  for (const mode of ['preview', 'canvas']) {
    const ctx = await b.newContext({ viewport: { width: w, height: h } });
    if (process.env.SETTINGS) await ctx.addInitScript((s) => localStorage.setItem('room7.settings', s), process.env.SETTINGS);
    const p = await ctx.newPage();
    if (mode === 'preview') {
      await p.route('**/assets/main-*.js', () => new Promise(() => undefined));
      await p.goto(game.url + link);
      await p.waitForSelector('#line-preview');
      await p.waitForTimeout(300);
    } else {
      await p.goto(game.url + link);
      await p.waitForSelector('#story-choices[aria-label="Continue"]');
      await p.waitForFunction(() => !document.getElementById('line-preview'));
      await p.waitForTimeout(2500);
    }
    await p.screenshot({ path: `/work/wt/shots/firstline/${tag}${mode}-${w}x${h}.png` });
    await ctx.close();
  }
}
await b.close();
await game.server.close();
