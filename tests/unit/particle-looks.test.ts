// Every kind of particle the story can ask for (`# particles: ...`) is drawn from art that exists:
// 'embers' once named art that the manifest has as 'ember', and the embers never showed.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PARTICLES } from '../../src/engine/index.ts';
import { LOOKS } from '../../src/presentation/stage/particle-looks.ts';

test("each particle kind's art is in the art manifest", () => {
  const manifest = JSON.parse(readFileSync('assets/art/manifest.json', 'utf8')) as { particles: Record<string, string> };
  const kinds = PARTICLES.filter((p) => p !== 'none');
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) expect(Object.keys(manifest.particles), kind).toContain(LOOKS[kind].art);
});
