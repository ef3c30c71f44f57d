// The layers are held by the linter (biome.json "overrides"), not by habit: this lints small files that
// break each rule, laid out as src/ is, with the project's own configuration, and expects each to fail
// (and a file that keeps the rules to pass).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'room7-layers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  'src/engine/imports-presentation.ts': "import { SceneKey } from '../presentation/keys.ts';\nexport const k = SceneKey;\n",
  'src/engine/imports-howler.ts': "import { Howl } from 'howler';\nexport const h = Howl;\n",
  'src/presentation/imports-inkjs.ts': "import { Story } from 'inkjs';\nexport const s = Story;\n",
  'src/presentation/imports-howler.ts': "import { Howl } from 'howler';\nexport const h = Howl;\n",
  'src/presentation/imports-storage.ts':
    "import { WebStorageStore } from '../persistence/web-storage-store.ts';\nexport const w = WebStorageStore;\n",
  'src/presentation/touches-window.ts': 'export const w = window.innerWidth;\n',
  'src/audio/imports-presentation.ts': "import { S } from '../presentation/strings.ts';\nexport const s = S;\n",
  'src/main.ts': 'export const w = window.innerWidth;\n',
  'src/presentation/keeps-the-rules.ts': "import type { Beat } from '../engine/index.ts';\nexport type B = Beat;\n",
};

function lint(): Map<string, string[]> {
  copyFileSync(resolve('biome.json'), join(root, 'biome.json'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const biome = resolve('node_modules/.bin/biome');
  const out = spawnSync(biome, ['lint', '--reporter=json', 'src'], { cwd: root, encoding: 'utf8' });
  const report = JSON.parse(out.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
  const found = new Map<string, string[]>();
  for (const d of report.diagnostics) found.set(d.location.path, [...(found.get(d.location.path) ?? []), d.category]);
  return found;
}

test('the linter fails every import or global that breaks a layer, and passes the ones that keep them', () => {
  const found = lint();
  const rule = (path: string) => found.get(path) ?? [];
  for (const path of [
    'src/engine/imports-presentation.ts',
    'src/engine/imports-howler.ts',
    'src/presentation/imports-inkjs.ts',
    'src/presentation/imports-howler.ts',
    'src/presentation/imports-storage.ts',
    'src/audio/imports-presentation.ts',
  ])
    expect(rule(path), path).toContain('lint/style/noRestrictedImports');
  expect(rule('src/presentation/touches-window.ts')).toContain('lint/style/noRestrictedGlobals');
  expect(rule('src/main.ts')).toEqual([]);
  expect(rule('src/presentation/keeps-the-rules.ts')).toEqual([]);
});
