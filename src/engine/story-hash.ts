// The story hash identifies one compiled version of the story in saves, runs and progress.
// cyrb53: a fast non-cryptographic 53-bit hash; we only need to notice that the story changed,
// not to resist forgery. Always 14 lowercase hex digits, so it packs into 7 bytes in a run code.

import { perStory } from './parsed-story.ts';

/** The hash of the last story seen is kept: a load and a replay ask for it several times. */
export const storyHash = perStory(hashStory);

function hashStory(json: string): string {
  const text = json.replace(/^\uFEFF/, '');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = (h2 & 0x1fffff).toString(16).padStart(6, '0');
  const low = (h1 >>> 0).toString(16).padStart(8, '0');
  return high + low;
}

const STORY_HASH = /^[0-9a-f]{14}$/;

export function isStoryHash(value: string): boolean {
  return STORY_HASH.test(value);
}
