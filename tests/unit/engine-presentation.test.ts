import { describe, expect, test } from 'vitest';
import { INITIAL_PRESENTATION, Playthrough, parseTag, presentationAfterAll } from '../../src/engine/index.ts';
import { compileFixture } from './ink.ts';
import { chooseText, showBeats } from './play.ts';

const seeded = compileFixture('tests/fixtures/engine/seeded.ink');
const stateAfter = (...tags: string[]) => presentationAfterAll(INITIAL_PRESENTATION, tags.map(parseTag));

describe('presentation state derived from commands', () => {
  test('scene, portraits, particles, chapter, music, ambience, ending', () => {
    const state = stateAfter(
      'chapter: 2 Room 7',
      'scene: cell_night',
      'show: yangho tense right',
      'show: yonggu',
      'music: room7',
      'ambience: prison_night',
      'particles: dust',
    );
    expect(state).toEqual({
      background: 'cell_night',
      portraits: [
        { who: 'yangho', expression: 'tense', position: 'right' },
        { who: 'yonggu', expression: 'neutral', position: 'center' },
      ],
      particles: 'dust',
      chapter: { number: 2, title: 'Room 7' },
      music: 'room7',
      ambience: 'prison_night',
      ending: null,
    });
  });

  test('show again moves a portrait to the front with its new look; hide and hide all; a scene clears portraits', () => {
    expect(stateAfter('show: a', 'show: b', 'show: a sad left').portraits).toEqual([
      { who: 'b', expression: 'neutral', position: 'center' },
      { who: 'a', expression: 'sad', position: 'left' },
    ]);
    expect(stateAfter('show: a', 'show: b', 'hide: a').portraits.map((p) => p.who)).toEqual(['b']);
    expect(stateAfter('show: a', 'show: b', 'hide: all').portraits).toEqual([]);
    expect(stateAfter('show: a', 'scene: market').portraits).toEqual([]);
  });

  test('stop clears music and ambience; one-off commands leave no state', () => {
    expect(stateAfter('music: court', 'ambience: rain', 'music: stop', 'ambience: stop')).toMatchObject({
      music: null,
      ambience: null,
    });
    expect(stateAfter('sfx: gavel', 'fx: shake', 'card: Seoul, 1997', 'exhibit: brick', 'memory: promise')).toEqual(
      INITIAL_PRESENTATION,
    );
    expect(stateAfter('ending: acquittal').ending).toBe('acquittal');
  });

  test('is pure: the input state is never changed', () => {
    const before = stateAfter('show: a');
    const copy = structuredClone(before);
    presentationAfterAll(before, [parseTag('hide: all'), parseTag('scene: home')]);
    expect(before).toEqual(copy);
  });

  test('a playthrough keeps it current beat by beat', () => {
    const p = Playthrough.start(seeded, { seed: 1 });
    p.next();
    expect(p.presentation).toMatchObject({
      background: 'market',
      music: 'theme_yesung',
      ambience: 'market',
      chapter: { number: 1 },
    });
    expect(p.presentation.portraits).toEqual([]);
    showBeats(p, 1);
    expect(p.presentation.portraits).toEqual([{ who: 'yonggu', expression: 'happy', position: 'left' }]);
    chooseText(p, 'Look around.');
    showBeats(p, 1);
    expect(p.presentation.portraits).toEqual([]);
    chooseText(p, 'Look around.');
    chooseText(p, 'Go home.');
    showBeats(p, 1);
    expect(p.presentation).toMatchObject({
      background: 'home',
      music: null,
      ambience: 'market',
      chapter: { number: 2, title: 'Home' },
    });
  });
});
