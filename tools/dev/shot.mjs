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
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
p.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.slice(0, 600)));
p.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
await p.goto(process.argv[2] ?? 'http://localhost:4999/');
await p.waitForTimeout(3000);
await p.screenshot({ path: '/tmp/shot.png' });
console.log(await p.evaluate(() => document.getElementById('mirror').textContent));
await b.close();
