import { describe, expect, test } from 'vitest';
import {
  type EngineEvents,
  type ExternalTable,
  externalsInStory,
  InkRuntimeError,
  Playthrough,
  STORY_EXTERNALS,
  StoryError,
  unboundExternals,
} from '../../src/engine/index.ts';
import { compileFixture } from './ink.ts';
import { chooseText } from './play.ts';

const externals = compileFixture('tests/fixtures/engine/externals.ink');
const seeded = compileFixture('tests/fixtures/engine/seeded.ink');
const broken = compileFixture('tests/fixtures/engine/runtime-error.ink');

describe('EXTERNAL bindings', () => {
  const calls: number[] = [];
  const table: ExternalTable = {
    ring: {
      why: 'rings the shop bell',
      lookaheadSafe: false,
      fn: (times) => {
        calls.push(Number(times));
        return Number(times) * 2;
      },
    },
    clock: { why: 'the time of day in the story', lookaheadSafe: true, fn: () => 'noon' },
  };

  test('the story’s EXTERNAL calls are listed with their arity and place', () => {
    expect(externalsInStory(externals)).toEqual([
      { name: 'ring', args: 1, path: expect.stringMatching(/^start\./) },
      { name: 'clock', args: 0, path: expect.stringMatching(/^start\./) },
    ]);
  });

  test('an EXTERNAL without a binding in the table is reported (the lint fails on it)', () => {
    expect(unboundExternals(externals, { ring: table.ring! }).map((c) => c.name)).toEqual(['clock']);
    expect(unboundExternals(externals, table)).toEqual([]);
    expect(unboundExternals(seeded)).toEqual([]);
  });

  test('the real story calls no EXTERNAL the game does not bind', () => {
    const json = compileFixture('story/main.ink');
    expect(unboundExternals(json, STORY_EXTERNALS)).toEqual([]);
  });

  test('bound functions run; a lookahead-unsafe one runs once per call', () => {
    calls.length = 0;
    const p = Playthrough.start(externals, { seed: 1, externals: table });
    expect(p.next()).toMatchObject({ kind: 'line', text: 'The bell rings 4 times.' });
    expect(calls).toEqual([2]);
    chooseText(p, 'Ask the time.');
    expect(p.next()).toMatchObject({ text: 'It is noon.' });
  });

  test('running a story whose EXTERNAL has no binding is a StoryError naming it', () => {
    const p = Playthrough.start(externals, { seed: 1, externals: { ring: table.ring! } });
    expect(() => p.next()).toThrow(StoryError);
    const q = Playthrough.start(externals, { seed: 1, externals: { ring: table.ring! } });
    expect(() => q.next()).toThrow(/clock/);
  });
});

describe('events', () => {
  test('an unsubscribed listener hears nothing more; one that throws does not silence the others', () => {
    const p = Playthrough.start(seeded, { seed: 2 });
    const heard: string[] = [];
    const off = p.events.on('story/error', () => heard.push('a'));
    p.events.on('story/error', () => {
      throw new Error('listener bug');
    });
    p.events.on('story/error', () => heard.push('c'));
    const issue = { severity: 'warning', message: 'w', path: null } as const;
    expect(() => p.events.emit('story/error', issue)).toThrow('listener bug');
    off();
    expect(() => p.events.emit('story/error', issue)).toThrow('listener bug');
    expect(heard).toEqual(['a', 'c', 'c']);
  });

  test('an ink runtime error is a story/error event with its path, and an InkRuntimeError from next()', () => {
    const p = Playthrough.start(broken, { seed: 1 });
    const errors: EngineEvents['story/error'][] = [];
    p.events.on('story/error', (issue) => errors.push(issue));
    expect(p.next()).toMatchObject({ text: 'Before the fault.' });
    let thrown: unknown;
    try {
      p.next();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InkRuntimeError);
    expect(thrown).toMatchObject({ path: expect.stringMatching(/^broken/) });
    expect((thrown as Error).message).toMatch(/ink error at broken.*RANDOM/);
    expect(errors).toEqual([
      { severity: 'error', message: expect.stringMatching(/RANDOM/), path: expect.stringMatching(/^broken/) },
    ]);
  });
});

describe('the story lint', () => {
  test('an EXTERNAL without a binding is an error with its file and line', async () => {
    const { lintStory } = await import('../../tools/ink/lint.ts');
    const file = 'tests/fixtures/engine/externals.ink';
    expect(lintStory(file, { externals: {} }).map((i) => [i.severity, i.line, i.message])).toEqual([
      ['error', 3, 'EXTERNAL ring has no binding: add it to STORY_EXTERNALS in src/engine/externals.ts.'],
      ['error', 4, 'EXTERNAL clock has no binding: add it to STORY_EXTERNALS in src/engine/externals.ts.'],
    ]);
    const ring = { why: 'test', lookaheadSafe: true, fn: () => 1 };
    expect(lintStory(file, { externals: { ring } }).map((i) => i.line)).toEqual([4]);
  });
});
