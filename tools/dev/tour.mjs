// Screenshot tour for people: walks the production build (npm run build; vite preview) through its
// screens at a desktop and a phone size and writes PNGs to test-results/tour/.
// Usage: npx tsx tools/dev/tour.mjs [baseUrl] [steps-into-story]
import { mkdirSync } from 'node:fs';
import { launch } from '../chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4999/';
const storySteps = Number(process.argv[3] ?? 12);
const out = 'test-results/tour';
mkdirSync(out, { recursive: true });
const browser = await launch();
const sizes = { desktop: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } };
for (const [name, viewport] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
  page.on('pageerror', (e) => console.log(`[${name}] PAGEERROR`, e.message));
  page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console.error`, m.text()));
  const label = () => page.locator('#story-choices').getAttribute('aria-label');
  const shot = async (what) => {
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${out}/${name}-${what}.png` });
  };
  await page.goto(base);
  await page.waitForSelector('#story-choices[aria-label="Title menu"] button', { state: 'attached' });
  await shot('title');
  for (const [i, what] of [
    [2, 'chapters'],
    [3, 'endings'],
    [4, 'settings'],
    [5, 'credits'],
  ]) {
    await page.keyboard.press(String(i));
    await shot(what);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#story-choices[aria-label="Title menu"] button', { state: 'attached' });
  }
  await page.keyboard.press('1');
  await shot('content-note');
  await page.keyboard.press('1');
  await page.waitForSelector('#story-log p', { state: 'attached' });
  await page.waitForTimeout(3200);
  await shot('story-first');
  for (let i = 0; i < storySteps; i++) {
    const l = await label();
    await page.keyboard.press(l === 'Choices' ? '1' : 'Space');
    await page.waitForTimeout(l === 'Choices' ? 400 : 150);
    if ((await label()) === 'Choices' && i > storySteps / 2) break;
  }
  await page.keyboard.press('Space');
  await shot('story-later');
  await page.keyboard.press('Escape');
  await shot('menu');
  await page.keyboard.press('4');
  await shot('history');
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
