// Security in the production build: the Content-Security-Policy (tools/vite-plugin-csp.ts) is on the
// page, nothing the game does breaks it (playing, art, sound, a save with a thumbnail, the load
// screen's thumbnails), and it does block inline script and eval. And story and save text never
// become markup: a save summary or a story line holding HTML shows as text.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compileInkSource } from '../../tools/ink/compile.ts';
import { CONTENT_SECURITY_POLICY, policyFor } from '../../tools/vite-plugin-csp.ts';
import {
  choose,
  logLines,
  makeSave,
  newGame,
  offerTexts,
  press,
  readToChoices,
  SETTINGS_KEY,
  saveKey,
  seed,
} from './fault-kit.ts';
import { baseUrl, connectBrowser, FAST, waitForOffer } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every CSP violation the page reports, as "directive blocked-uri". */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('the built page carries the CSP; playing, art, sound and saving with a thumbnail break none of it; inline script and eval are blocked', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await seed(context, { [SETTINGS_KEY]: JSON.stringify({ ...FAST, captions: true }) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(baseUrl());
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // The policy, with the hash of the page's one inline style (the first-paint loading screen).
  expect(meta).toBe(policyFor(readFileSync('dist/index.html', 'utf8')));
  expect(meta).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  // And the headers the preview server sends (README, "Security"): frame-ancestors only works there.
  const headers = (await response?.allHeaders()) ?? {};
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);

  await newGame(page);
  await readToChoices(page);
  await choose(page, 2);
  await readToChoices(page);
  // Sound: howler has fetched and is playing the prologue's music (Web Audio, over XHR).
  await page.waitForFunction(() => ((window as any).Howler?._howls ?? []).some((h: any) => h.playing()));
  await press(page, 'Menu', '#story-nav');
  await waitForOffer(page, 'Story menu');
  await press(page, /^(\d+\. )?Save$/);
  await waitForOffer(page, 'Save');
  await press(page, 'Slot 1');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('#story-choices p')?.textContent ?? ''));
  expect(await page.evaluate((k) => localStorage.getItem(k), 'room7:thumb.slot1')).toMatch(/^data:image\/jpeg;base64,/);
  // The save screen, drawn again, shows that thumbnail (a data: image made into a texture).
  await page.waitForTimeout(1000);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);

  // The policy is enforced: an injected inline script does not run; a string is not evaluated.
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __inline?: number; __timer?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    // A string timer: what the policy must refuse.
    (setTimeout as any)('window.__timer = 1', 0);
    await new Promise((r) => setTimeout(r, 200));
    return { inline: w.__inline ?? null, timer: w.__timer ?? null };
  });
  expect(ran).toEqual({ inline: null, timer: null });
  // Each is reported once per policy that blocks it: the <meta> one and the server's header.
  expect([...new Set(await violations(page))]).toEqual(['script-src-elem inline', 'script-src eval']);
  await context.close();
}, 180_000);

const MARKUP = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

test('markup in a save summary and in a story line shows as text, and runs nothing', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await seed(context, { [saveKey('slot1')]: makeSave([1, 0], MARKUP).text, [SETTINGS_KEY]: JSON.stringify(FAST) });
  const page = await context.newPage();
  await page.goto(baseUrl());
  await waitForOffer(page, 'Title menu');
  await press(page, 'Load');
  await waitForOffer(page, 'Load');
  // The load screen's slot line carries the summary as text (the mirror shortens long summaries).
  expect((await offerTexts(page)).find((t) => t.includes('Slot 1'))).toContain('<img src=x onerror="window.__pwned=1">');
  expect(await page.locator('#mirror img, #mirror b').count()).toBe(0);

  // A story line with markup: the mirror shows the characters.
  const { json } = compileInkSource(`${MARKUP} said the line.\n# ending: acquittal\n-> END\n`, 'tests/fixtures/markup.ink');
  if (!json) throw new Error('the markup story did not compile');
  await context.route('**/story.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
  await page.goto(baseUrl());
  await newGame(page);
  expect((await logLines(page)).at(-1)).toBe(`${MARKUP} said the line.`);
  expect(await page.locator('#mirror img, #mirror b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
  await context.close();
}, 120_000);
