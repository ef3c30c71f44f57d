// The text version's pieces that need no browser: which keys belong to the focused element, and
// self-voicing over a recording speech engine.
import { describe, expect, test } from 'vitest';
import { keyBelongsToFocus } from '../../src/a11y/focus-keys.ts';
import { choicesArrived } from '../../src/a11y/labels.ts';
import { SelfVoicing, type SpeechLike, type VoiceSettings } from '../../src/a11y/self-voicing.ts';

const inMirror = (tagName: string) => ({ tagName, closest: (s: string) => (s === '#mirror' ? {} : null) });
const onCanvas = { tagName: 'CANVAS', closest: () => null };

describe('keyBelongsToFocus', () => {
  test('the game keys work from the text version', () => {
    for (const key of ['Escape', 'm', '1', '9', 'q', 'l', 'r', 'Backspace'])
      expect(keyBelongsToFocus({ key, target: inMirror('BUTTON') as never })).toBe(false);
  });
  test('Enter, Space, arrows and Tab on a mirror button are the button’s own', () => {
    for (const key of ['Enter', ' ', 'ArrowDown', 'ArrowUp', 'Tab', 'Home', 'End'])
      expect(keyBelongsToFocus({ key, target: inMirror('BUTTON') as never })).toBe(true);
  });
  test('on the canvas every key is the game’s', () => {
    for (const key of ['Enter', ' ', 'ArrowDown', 'Escape'])
      expect(keyBelongsToFocus({ key, target: onCanvas as never })).toBe(false);
  });
  test('a text field keeps every key, even outside the mirror', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(keyBelongsToFocus({ key: 'm', target: { tagName, closest: () => null } as never })).toBe(true);
    expect(
      keyBelongsToFocus({ key: 'r', target: { tagName: 'DIV', isContentEditable: true, closest: () => null } as never }),
    ).toBe(true);
  });
});

test('choices are announced with their number', () => {
  expect(choicesArrived(1)).toBe('One choice.');
  expect(choicesArrived(3)).toBe('3 choices.');
});

describe('SelfVoicing', () => {
  function rig(settings: Partial<VoiceSettings>) {
    const spoken: { text: string; rate: number; voice: unknown }[] = [];
    let cancels = 0;
    const speech: SpeechLike = {
      speak: (u) => spoken.push({ text: u.text, rate: u.rate, voice: u.voice }),
      cancel: () => cancels++,
      getVoices: () => [{ name: 'Ana' } as SpeechSynthesisVoice, { name: 'Ben' } as SpeechSynthesisVoice],
    };
    const make = (text: string) => ({ text, rate: 1, voice: null }) as unknown as SpeechSynthesisUtterance;
    const all = { selfVoicing: true, voiceRate: 1, voiceName: '', ...settings };
    return { voice: new SelfVoicing(speech, make, () => all), spoken, cancels: () => cancels };
  }

  test('off by default: nothing is spoken', () => {
    const { voice, spoken } = rig({ selfVoicing: false });
    voice.say('Hello');
    expect(spoken).toEqual([]);
  });
  test('speaks with the chosen rate and voice; an interruption cancels first', () => {
    const { voice, spoken, cancels } = rig({ voiceRate: 1.5, voiceName: 'Ben' });
    voice.say('A line.');
    voice.say('A menu.', true);
    expect(spoken.map((s) => s.text)).toEqual(['A line.', 'A menu.']);
    expect(spoken[0]).toMatchObject({ rate: 1.5, voice: { name: 'Ben' } });
    expect(cancels()).toBe(1);
  });
  test('no speech in the browser: unavailable, and saying is harmless', () => {
    const voice = new SelfVoicing(null, null, () => ({ selfVoicing: true, voiceRate: 1, voiceName: '' }));
    expect(voice.available).toBe(false);
    expect(() => voice.say('x')).not.toThrow();
  });
  test('a failing speech engine never throws into the story', () => {
    const broken: SpeechLike = {
      speak: () => {
        throw new Error('synthesis-failed');
      },
      cancel: () => {},
      getVoices: () => [],
    };
    const voice = new SelfVoicing(
      broken,
      (t) => ({ text: t }) as unknown as SpeechSynthesisUtterance,
      () => ({
        selfVoicing: true,
        voiceRate: 1,
        voiceName: '',
      }),
    );
    expect(() => voice.say('x')).not.toThrow();
  });
});
