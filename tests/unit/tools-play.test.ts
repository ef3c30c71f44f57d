// The terminal player (tools/play) with stdin piped: an inklecate-style transcript on stdout and
// nothing else, compared with expected files; clear messages, never a stack trace, for what is wrong.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodeRun, Playthrough, storyHash } from '../../src/engine/index.ts';
import { compileInkSource } from '../../tools/ink/compile.ts';
import { compileAndLint } from '../../tools/vite-plugin-ink.ts';
import { compileFixture } from './ink.ts';

const DIR = 'tests/fixtures/tools';

/** Runs `npm run play -- ...args` as a child with `input` piped to its stdin. */
function play(args: string[], input = '') {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'tools/play/cli.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('the terminal player, piped', () => {
  test('prints the transcript of choices, tags, glue and an EXTERNAL with an ink fallback', () => {
    const input = readFileSync(`${DIR}/play/tea.input`, 'utf8');
    const result = play([`${DIR}/play/tea.ink`], input);
    expect(result.stdout).toBe(readFileSync(`${DIR}/play/tea.expected.txt`, 'utf8'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  test('replays a run string first, then reads stdin; the transcript reads as if the choices were typed', () => {
    const story = compileFixture(`${DIR}/play/tea.ink`);
    const run = encodeRun({ storyHash: storyHash(story), seed: 1, choices: [1, 0] });
    const replayed = play([`${DIR}/play/tea.ink`, '--run', run], '5\nx\n\n2\n');
    expect(replayed.stdout).toBe(readFileSync(`${DIR}/play/tea.expected.txt`, 'utf8'));
    expect(replayed.code).toBe(0);
  });

  test('says when the input ends while choices wait', () => {
    const result = play([`${DIR}/play/tea.ink`], '');
    expect(result.stdout.endsWith('3: Sit down.\n?> <User input stream closed.>\n')).toBe(true);
    expect(result.code).toBe(0);
  });

  test('stops with a clear message on an EXTERNAL without binding or fallback', () => {
    const result = play([`${DIR}/check/unbound-external.ink`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'EXTERNAL ring_bell: no binding in the game (src/engine/externals.ts) and no ink fallback function.',
    );
    noStackTrace(result.stderr);
  });

  test('prints compile errors as file:line: message', () => {
    const result = play([`${DIR}/check/compile-error.ink`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${DIR}/check/compile-error.ink:3: error: Divert target not found: '-> market_square'`);
    noStackTrace(result.stderr);
  });

  test('stops on an ink runtime error with its line, and refuses a bad run string', () => {
    const error = play([`${DIR}/check/runtime-error.ink`], '2\n');
    expect(error.code).toBe(1);
    expect(error.stderr).toContain(`${DIR}/check/runtime-error.ink:8: runtime error: RANDOM was called with minimum as 6`);
    noStackTrace(error.stderr);
    const bad = play([`${DIR}/play/tea.ink`, '--run', 'not a run!']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--run: The run code has " " at position 4');
  });

  test('plays a story in another style (tunnel, thread, RANDOM, LIST, EXTERNAL fallback) to its end', () => {
    const result = play([`${DIR}/fable/lantern-heist.ink`, '--seed', '4'], '2\n3\n1\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('The Fox keeps what she took: nothing, key, lantern.\n');
    const heard = play([`${DIR}/fable/lantern-heist.ink`, '--seed', '4'], '2\n1\n');
    expect(heard.stdout).toContain('The bell rings 2 times.');
  });
});

describe('the terminal player matches inklecate', () => {
  test('a story that runs out of content: the RUNTIME ERROR line as inklecate prints it, and exit 1', () => {
    const result = play([`${DIR}/inky/out-of-content.ink`], '2\n');
    expect(result.stdout).toBe(
      "A fork in the road.\n\n1: Left.\n2: Right.\n?> The right road goes on.\nRUNTIME ERROR: ran out of content. Do you need a '-> DONE' or '-> END'?\n",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${DIR}/inky/out-of-content.ink:14: ran out of content.`);
  });

  test('choices are printed without their tags; line tags as "# tags:"', () => {
    const result = play([`${DIR}/play/tea.ink`], '');
    expect(result.stdout).toContain('2: Look out of the window.\n3: Sit down.\n');
    expect(result.stdout).not.toContain('# tags: gaze');
  });

  test('--from starts at a knot; an unknown knot is refused with the list', () => {
    const result = play([`${DIR}/inky/out-of-content.ink`, '--from', 'left']);
    expect(result.stdout).toBe('The left road ends at the sea.\n');
    expect(result.code).toBe(0);
    const wrong = play([`${DIR}/inky/out-of-content.ink`, '--from', 'nowhere']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--from: the story has no knot or stitch "nowhere". It has: start, left, right.');
  });

  test('a float literal stays a float: 5 / 2.0 prints 2.5, as in inklecate', () => {
    const result = play([`${DIR}/inky/floats.ink`]);
    expect(result.stdout).toBe('2.5\n2\n1.5\n7\n');
    expect(result.code).toBe(0);
  });
});

describe('the shared compile step', () => {
  test('the game compiles the same floats (vite-plugin-ink): 5 / 2.0 is 2.5 in the engine', () => {
    const { json, errors } = compileAndLint(`${DIR}/inky/floats.ink`);
    expect(errors).toEqual([]);
    expect(json).toContain('2.0');
    const p = Playthrough.start(json ?? '', { seed: 1 });
    const lines: string[] = [];
    for (let beat = p.next(); beat.kind === 'line'; beat = p.next()) lines.push(beat.text);
    expect(lines).toEqual(['2.5', '2', '1.5', '7']);
  });

  test('each compile error is reported once', () => {
    const result = compileInkSource('-> nowhere\n=== a ===\n{x\n', 'tests/fixtures/twice.ink');
    const keys = result.errors.map((e) => `${e.line}:${e.message}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('story:compile', () => {
  const compile = (args: string[]) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'tools/ink/compile-cli.ts', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: child.status, stdout: child.stdout, stderr: child.stderr };
  };

  test("-o writes the JSON; --stats prints inklecate's counts; --help is help, not a file name", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'room7-compile-')), 'story.json');
    const result = compile([`${DIR}/inky/fallback.ink`, '-o', out, '--stats']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Words: ');
    expect(result.stdout).toMatch(/Knots: 4\nStitches: 0\nFunctions: 0\nChoices: 3\n/);
    expect(JSON.parse(readFileSync(out, 'utf8')).inkVersion).toBe(21);
    const help = compile(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run story:compile/);
  });

  test('a broken story: each error once, as file:line, exit 1', () => {
    const result = compile(['tests/fixtures/broken/main.ink']);
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((l) => l.includes(': error: '));
    expect(errors).toEqual(["tests/fixtures/broken/part.ink:4: error: Divert target not found: '-> nowhere_at_all'"]);
  });
});
