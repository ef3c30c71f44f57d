// The story build: an ink error fails `vite build` with file and line; an unknown tag fails the lint.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, test } from 'vitest';
import { compileInkFile } from '../../tools/ink/compile.ts';
import { lintStory } from '../../tools/ink/lint.ts';
import inkStory from '../../tools/vite-plugin-ink.ts';

describe('ink compile errors', () => {
  test('name the included file, the line and the message', () => {
    const result = compileInkFile('tests/fixtures/broken/main.ink');
    expect(result.json).toBeNull();
    expect(result.errors).toContainEqual({
      severity: 'error',
      file: 'part.ink',
      line: 4,
      message: "Divert target not found: '-> nowhere_at_all'",
    });
  });

  test('fail `vite build` with file and line', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'room7-build-'));
    const run = build({
      configFile: false,
      logLevel: 'silent',
      root: process.cwd(),
      plugins: [inkStory({ root: 'tests/fixtures/broken/main.ink' })],
      build: { outDir, write: false, rolldownOptions: { input: 'tests/fixtures/build-entry.ts' } },
    });
    await expect(run).rejects.toThrow(/broken[\\/]part\.ink:4: error: Divert target not found/);
  });
});

describe('story lint', () => {
  test('an unknown tag and an unknown speaker are errors with file and line', () => {
    const issues = lintStory('tests/fixtures/badtag/main.ink');
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'main.ink',
        line: 2,
        message: expect.stringMatching(/unknown key "colour"/),
      }),
      expect.objectContaining({
        severity: 'error',
        file: 'main.ink',
        line: 4,
        message: expect.stringMatching(/"Sunhee" is not one/),
      }),
    ]);
  });

  test('`npm run story:lint` exits non-zero on an unknown tag and names the place', () => {
    const cli = spawnSync('npx', ['tsx', 'tools/ink/lint-cli.ts', 'tests/fixtures/badtag/main.ink'], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/tests\/fixtures\/badtag\/main\.ink:2: error: Tag "# colour: red": unknown key/);
  });

  test('the real story compiles and lints clean', () => {
    const out = execFileSync('npx', ['tsx', 'tools/ink/lint-cli.ts', 'story/main.ink'], { encoding: 'utf8' });
    expect(out).toMatch(/story lint: ok/);
  });
});
