// The compiled story's text, fetched once as the page starts (src/start.ts), not by Phaser's loader
// after Phaser has booted: index.html preloads story.json, and this fetch takes that response, so a
// run link can parse the story while the browser still downloads and compiles Phaser's chunk. The
// preloader (presentation/scenes/preload.ts) waits for it. A request that never answers counts as
// failed after LOAD_TIMEOUT_MS and is tried once more, as Phaser's loader does with every other file.
import { LOAD_TIMEOUT_MS } from './load-timeout.ts';

export type StoryText = { ok: true; text: string } | { ok: false; url: string; reason: string };

export async function fetchStoryText(url: string, tries = 2, timeoutMs = LOAD_TIMEOUT_MS): Promise<StoryText> {
  let reason = 'no response';
  for (let i = 0; i < tries; i++) {
    try {
      // The timeout covers the body too: a response that stalls halfway fails like one that never starts.
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (response.ok) return { ok: true, text: await response.text() };
      reason = `HTTP ${response.status}`;
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
  }
  return { ok: false, url, reason };
}
