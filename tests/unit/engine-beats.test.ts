import { Story } from 'inkjs';
import { describe, expect, test } from 'vitest';
import { StoryEngine, StoryError } from '../../src/engine/index.ts';
import { compileFixture } from './ink.ts';

const json = compileFixture('tests/fixtures/engine/basic.ink');

describe('StoryEngine beats', () => {
  test('tag-only lines travel with the next line; speakers are split off', () => {
    const engine = new StoryEngine(json);
    const first = engine.next();
    expect(first).toEqual({
      kind: 'line',
      speaker: 'Yong-gu',
      text: 'Ye-sung. Yellow one.',
      commands: [
        { kind: 'chapter', number: 1, title: 'The Fixture' },
        { kind: 'scene', background: 'market', transition: 'fade' },
        { kind: 'show', who: 'yonggu', expression: 'happy', position: 'left' },
      ],
    });
    const second = engine.next();
    expect(second).toMatchObject({ kind: 'line', speaker: null, text: 'Snow falls on the awning: slowly, then not at all.' });
    // A tag line before a `~` line: inkjs yields an empty line carrying the tag; it must not show.
    expect(engine.next()).toEqual({
      kind: 'line',
      speaker: null,
      text: 'The shop bell rings.',
      commands: [{ kind: 'music', track: 'theme_yesung' }],
    });
  });

  test('lists choices, chooses, and detects the end with its commands', () => {
    const engine = new StoryEngine(json);
    for (let i = 0; i < 3; i++) engine.next();
    const choices = engine.next();
    expect(choices).toEqual({
      kind: 'choices',
      commands: [],
      choices: [
        { index: 0, text: 'Go in.' },
        { index: 1, text: 'Wait outside.' },
      ],
    });
    engine.choose(0);
    expect(engine.next()).toMatchObject({
      kind: 'line',
      speaker: 'Shopkeeper',
      text: 'Welcome.',
      commands: [{ kind: 'sfx', effect: 'bell' }],
    });
    expect(engine.next()).toMatchObject({ kind: 'line', speaker: 'Ye-sung', text: 'Dad!' });
    expect(engine.next()).toEqual({ kind: 'end', commands: [{ kind: 'ending', id: 'acquittal' }] });
  });

  test('a choice that is not on offer is a clear error', () => {
    const engine = new StoryEngine(json);
    for (let i = 0; i < 4; i++) engine.next();
    expect(() => engine.choose(5)).toThrow('There is no choice 6 here (2 on offer).');
  });

  test("whole floats stay floats whichever way the story is read (a story with fractions goes through inkjs's reviver)", () => {
    const floats = compileFixture('tests/fixtures/engine/floats.ink');
    expect(floats).toMatch(/\d\.\d/);
    const lines = (engine: StoryEngine) =>
      [engine.next(), engine.next(), engine.next()].map((b) => (b.kind === 'line' ? b.text : b.kind));
    expect(lines(new StoryEngine(floats))).toEqual(['Quarter 0.25.', 'Double half 1.', 'Ints 3.']);
    // The real story has no fraction outside its strings: it is read with a plain JSON.parse, into
    // the same story as inkjs reading the text itself (the whole tree written back out is the same).
    const real = compileFixture('story/main.ink');
    expect(new StoryEngine(real).story.ToJson()).toBe(new Story(real.replace(/^\uFEFF/, '')).ToJson());
    expect(new StoryEngine(floats).story.ToJson()).toBe(new Story(floats).ToJson());
  });

  test('a file that is not a compiled story, or of a format this runtime cannot read, says so', () => {
    expect(() => new StoryEngine('{nope')).toThrow(StoryError);
    expect(() => new StoryEngine('{"root": []}')).toThrow(/not a compiled ink story/);
    const future = JSON.stringify({ ...JSON.parse(json), inkVersion: 99 });
    expect(() => new StoryEngine(future)).toThrow(/ink format 99\) cannot be read/);
  });

  test('an ink runtime error mid-story becomes a StoryError, not a silent stop', () => {
    const broken = compileFixture('tests/fixtures/engine/runtime-error.ink');
    const engine = new StoryEngine(broken);
    expect(engine.next()).toMatchObject({ kind: 'line', text: 'Before the fault.' });
    expect(() => {
      for (let i = 0; i < 5; i++) engine.next();
    }).toThrow(/ink error/);
  });
});
