// The wait for one request: a player's page always waits the full time; only a test page may ask for
// a shorter one (robust.test.ts's stall tests), and nothing below 500 ms.
import { afterEach, expect, test, vi } from 'vitest';

async function timeoutFor(search: string | null): Promise<number> {
  vi.resetModules();
  if (search !== null) vi.stubGlobal('location', { search });
  return (await import('../../src/load-timeout.ts')).LOAD_TIMEOUT_MS;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('a player page, and Node, wait 8 s whatever the URL says', async () => {
  expect(await timeoutFor(null)).toBe(8000);
  expect(await timeoutFor('')).toBe(8000);
  expect(await timeoutFor('?load-timeout=2000')).toBe(8000);
  expect(await timeoutFor('?run=abc&load-timeout=1')).toBe(8000);
});

test('a test page may ask for a shorter wait, in whole ms from 500', async () => {
  expect(await timeoutFor('?test&load-timeout=2000')).toBe(2000);
  expect(await timeoutFor('?test&load-timeout=499')).toBe(8000);
  expect(await timeoutFor('?test&load-timeout=1.5')).toBe(8000);
  expect(await timeoutFor('?test&load-timeout=soon')).toBe(8000);
  expect(await timeoutFor('?test')).toBe(8000);
});
