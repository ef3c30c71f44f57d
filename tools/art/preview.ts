// Contact sheets of the generated art, for looking at it: writes HTML and PNGs under /tmp/room7-art.
// Needs Debian's chromium (/usr/bin/chromium). Run: npx tsx tools/art/preview.ts [portraits|backgrounds|all]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const assets = path.resolve(here, '../../assets');
const tmp = '/tmp/room7-art';
mkdirSync(tmp, { recursive: true });

interface Manifest {
  backgrounds: Record<string, string>;
  portraits: Record<string, Record<string, string>>;
  particles: Record<string, string>;
  images: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(path.join(assets, 'art/manifest.json'), 'utf8')) as Manifest;
const url = (rel: string): string => `file://${path.join(assets, rel)}`;

function shoot(name: string, html: string, w: number, h: number): void {
  const file = path.join(tmp, `${name}.html`);
  writeFileSync(file, html);
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--screenshot=${path.join(tmp, `${name}.png`)}`,
      `--window-size=${w},${h}`,
      `file://${file}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(path.join(tmp, `${name}.png`));
}

const what = process.argv[2] ?? 'all';
const style =
  '<style>body{margin:0;background:#6d6a70;font:14px sans-serif;color:#fff}.r{display:flex}.c{width:300px;text-align:center}img{display:block}</style>';

if (what === 'portraits' || what === 'all') {
  const ids = Object.keys(manifest.portraits);
  for (let i = 0; i < ids.length; i += 4) {
    const rows = ids.slice(i, i + 4).map((id) => {
      const cells = Object.entries(manifest.portraits[id] ?? {})
        .map(([e, rel]) => `<div class="c"><img src="${url(rel)}" width="300" height="450"><div>${id} ${e}</div></div>`)
        .join('');
      return `<div class="r">${cells}</div>`;
    });
    shoot(`portraits_${i / 4 + 1}`, `<html><head>${style}</head><body>${rows.join('')}</body></html>`, 1200, 470 * rows.length);
  }
  // everyone side by side at game scale, on a background, to compare heights
  const line = ids
    .map((id) => `<img src="${url(manifest.portraits[id]?.neutral ?? '')}" style="height:600px;margin-left:-130px">`)
    .join('');
  shoot(
    'lineup',
    `<html><head>${style}</head><body style="background:#3d4a48;padding-left:130px;display:flex;align-items:flex-end;height:620px">${line}</body></html>`,
    2000,
    620,
  );
}

if (what === 'backgrounds' || what === 'all') {
  for (const [id, rel] of Object.entries(manifest.backgrounds)) {
    shoot(
      `bg_${id}`,
      `<html><body style="margin:0"><img src="${url(rel)}" width="1920" height="1080"></body></html>`,
      1920,
      1080,
    );
  }
  // a scene with portraits and a text box, as the game might show it
  const scene = (bg: string, who: string[], name: string): void => {
    const imgs = who
      .map(
        (id, i) =>
          `<img src="${url(manifest.portraits[id]?.neutral ?? '')}" style="position:absolute;bottom:0;left:${260 + i * 520}px;height:900px">`,
      )
      .join('');
    shoot(
      name,
      `<html><body style="margin:0;position:relative;width:1920px;height:1080px;overflow:hidden"><img src="${url(manifest.backgrounds[bg] ?? '')}" width="1920" height="1080" style="position:absolute">${imgs}<div style="position:absolute;left:120px;right:120px;bottom:30px;height:260px;background:rgba(15,15,25,.78);border-radius:16px"></div></body></html>`,
      1920,
      1080,
    );
  };
  scene('cell_day', ['yangho', 'yonggu', 'dado'], 'scene_cell');
  scene('training_court', ['judge', 'yesung_adult', 'prosecutor'], 'scene_court');
  scene('market', ['yonggu', 'yesung_child', 'shopkeeper'], 'scene_market');
}

if (what === 'extras' || what === 'all') {
  const imgs = Object.values(manifest.images)
    .map((rel) => `<img src="${url(rel)}" style="max-height:500px;margin:10px;background:#223">`)
    .join('');
  const parts = Object.values(manifest.particles)
    .map((rel) => `<img src="${url(rel)}" style="width:128px;height:128px;margin:10px;background:#223;object-measure:contain">`)
    .join('');
  shoot(
    'extras',
    `<html><head>${style}</head><body><div class="r" style="align-items:flex-end">${imgs}</div><div class="r">${parts}</div></body></html>`,
    1900,
    700,
  );
}
