// Render chosen assets to /tmp/room7-audio/NAME.wav for listening and checking, without
// touching the committed files: `npx tsx tools/audio/preview.ts theme_yesung court`.
import { mkdirSync } from 'node:fs';
import { ASSETS } from './catalogue.ts';
import { peak } from './lib/buffer.ts';
import { lufs } from './lib/loudness.ts';
import { writeWav } from './lib/wav.ts';
import { finishAsset } from './master.ts';

const dir = '/tmp/room7-audio';
mkdirSync(dir, { recursive: true });
const wanted = new Set(process.argv.slice(2));
for (const a of ASSETS) {
  if (wanted.size > 0 && !wanted.has(a.id)) continue;
  const t0 = Date.now();
  const out = finishAsset(a);
  writeWav(`${dir}/${a.id}.wav`, out, a.id);
  console.log(
    `${a.id}: ${(out.length / 44100).toFixed(2)} s, peak ${peak(out).toFixed(3)}, ${lufs(out).toFixed(1)} LUFS, ${Date.now() - t0} ms`,
  );
}
