// Screenshot of each chapter's opening scenes: plays the production build through the DOM mirror
// (first choice, or last with --last) and saves a PNG a few lines after each chapter starts.
// Usage: npx tsx tools/dev/chapters-tour.mjs [baseUrl] [desktop|phone] [--last]
import { mkdirSync } from 'node:fs';
import { launch } from '../chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4999/';
const size = process.argv[3] === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 720 };
const pick = process.argv.includes('--last') ? 'last' : 'first';
const out = 'test-results/chapters';
mkdirSync(out, { recursive: true });
const browser = await launch();
const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
await context.addInitScript(() => localStorage.setItem('room7.settings', JSON.stringify({ textSpeed: 0, reducedMotion: 'off' })));
const page = await context.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(base);
await page.waitForSelector('#story-choices button', { state: 'attached' });
const click = (which) =>
  page.evaluate((w) => {
    const buttons = [...document.querySelectorAll('#story-choices button')];
    const label = document.getElementById('story-choices')?.getAttribute('aria-label');
    const b = label === 'Choices' && w === 'last' ? buttons.at(-1) : buttons[0];
    b?.click();
    return label;
  }, which);
await click('first'); // New game
await page.waitForTimeout(500);
await click('first'); // Begin
let chapter = -1;
let since = -1;
for (let i = 0; i < 4000; i++) {
  const label = await click(pick);
  if (label === 'The end') break;
  await page.waitForTimeout(label === 'Continue' ? 60 : 200);
  const text = await page.evaluate(() => document.getElementById('story-log')?.textContent ?? '');
  const found = [...text.matchAll(/(Prologue|Chapter (\d))/g)].at(-1);
  const n = found ? Number(found[2] ?? 0) : -1;
  if (n > chapter) {
    chapter = n;
    since = 0;
  } else if (since >= 0 && [6, 30, 80].includes(++since)) {
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${out}/${process.argv[3] ?? 'desktop'}-ch${chapter}-${since}.png` });
  }
}
await page.waitForTimeout(1500);
await page.screenshot({ path: `${out}/${process.argv[3] ?? 'desktop'}-end-${pick}.png` });
await browser.close();
console.log('done');
