import { chromium } from 'playwright-core';

const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const ctx = await b.newContext({ viewport: { width: 1280, height: 720 } });
await ctx.addInitScript(() => localStorage.setItem('room7.settings', JSON.stringify({ textSpeed: 0, reducedMotion: 'on' })));
const p = await ctx.newPage();
p.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await p.goto('http://127.0.0.1:4999/');
await p.waitForSelector('#story-choices button', { state: 'attached' });
await p.keyboard.press('1');
await p.waitForTimeout(300);
await p.keyboard.press('1');
const t0 = Date.now();
let last = '';
for (let i = 0; i < 3000; i++) {
  const label = await p.locator('#story-choices').getAttribute('aria-label');
  if (label === 'The end') {
    console.log('END at', i, (Date.now() - t0) / 1000);
    break;
  }
  await p.keyboard.press(label === 'Choices' ? '1' : 'Space');
  if (i % 100 === 0) {
    const line = await p.locator('#story-log p').last().textContent();
    console.log(i, label, ((Date.now() - t0) / 1000).toFixed(1), line?.slice(0, 60));
    if (line === last) {
      await p.screenshot({ path: '/tmp/stuck.png' });
    }
    last = line;
  }
}
await b.close();
