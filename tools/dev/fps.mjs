import { chromium } from 'playwright-core';

const extra = process.argv.slice(3);
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
    ...extra,
  ],
});
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(process.argv[2] ?? 'http://127.0.0.1:4999/');
await p.waitForSelector('#story-choices button', { state: 'attached' });
const frames = await p.evaluate(
  () =>
    new Promise((res) => {
      const t = [];
      let last = performance.now();
      const f = (now) => {
        t.push(now - last);
        last = now;
        if (t.length < 120) requestAnimationFrame(f);
        else res(t);
      };
      requestAnimationFrame(f);
    }),
);
frames.sort((a, b) => a - b);
console.log('p50', frames[60].toFixed(1), 'p95', frames[114].toFixed(1));
await b.close();
