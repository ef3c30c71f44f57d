// The app icons for the web app manifest (installable on a phone): the yellow backpack
// (assets/art/ui/yellow_backpack.svg) on the night colour, drawn by Chromium into PNGs.
// `npx tsx tools/art/icons.ts` writes assets/icons/icon-192.png, icon-512.png and
// icon-maskable-512.png (the maskable one keeps the backpack inside the central 80% safe zone).
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../chromium.ts';

const NIGHT = '#0b1020';
const backpack = readFileSync('assets/art/ui/yellow_backpack.svg', 'utf8');

/** A page that draws the backpack on a square of `size`, the art filling `fill` of it. */
const page = (size: number, fill: number) => `<!doctype html><html><body style="margin:0">
<div style="width:${size}px;height:${size}px;background:${NIGHT};
display:flex;align-items:center;justify-content:center">
<img style="width:${size * fill}px;height:${size * fill}px" src="data:image/svg+xml;base64,${Buffer.from(backpack).toString('base64')}">
</div></body></html>`;

const browser = await launch();
const tab = await browser.newPage({ deviceScaleFactor: 1 });
for (const [name, size, fill] of [
  ['icon-192.png', 192, 0.82],
  ['icon-512.png', 512, 0.82],
  ['icon-maskable-512.png', 512, 0.6],
] as const) {
  await tab.setViewportSize({ width: size, height: size });
  await tab.setContent(page(size, fill));
  await tab.waitForFunction(() => [...document.images].every((i) => i.complete));
  writeFileSync(`assets/icons/${name}`, await tab.screenshot({ omitBackground: false }));
  console.log(`assets/icons/${name}`);
}
await browser.close();
