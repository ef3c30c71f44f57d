// Pages (sentence, then word, boundaries), who is lit on stage, and where weather falls.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { INDOOR_BACKGROUNDS, OUTDOOR_BACKGROUNDS, particlesFor } from '../../src/presentation/stage/weather.ts';
import { paginate, sentences } from '../../src/presentation/story/pages.ts';
import { speakerPortrait } from '../../src/presentation/story/speaker-portrait.ts';

const upTo = (n: number) => (page: string) => page.trim().length <= n;

describe('paginate', () => {
  test('a line that fits is one page', () => {
    expect(paginate('  Short line.  ', upTo(40))).toEqual(['Short line.']);
  });

  test('sentences stay whole when they fit a page, with their closing quotes', () => {
    const text = 'One two three. “Four five six!” Seven eight nine? Ten.';
    expect(sentences(text).join('')).toBe(text);
    const pages = paginate(text, upTo(32));
    expect(pages).toEqual(['One two three. “Four five six!”', 'Seven eight nine? Ten.']);
  });

  test('a sentence longer than a page is cut between words, none lost', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.';
    const pages = paginate(text, upTo(20));
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(20);
    expect(pages.join(' ')).toBe(text);
  });

  test('a word wider than a page is cut into pieces that fit', () => {
    const pages = paginate('a supercalifragilistic word', upTo(8));
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(8);
    expect(pages.join('').replaceAll(' ', '')).toBe('asupercalifragilisticword');
  });
});

describe('staging', () => {
  test('a speaker is matched to their portrait or its variant', () => {
    expect(speakerPortrait('Ye-sung', ['yonggu', 'yesung_child'])).toBe('yesung_child');
    expect(speakerPortrait('Yang-ho', ['yangho_2013', 'dado_2013'])).toBe('yangho_2013');
    expect(speakerPortrait('Yong-gu', ['yonggu_home'])).toBe('yonggu_home');
    expect(speakerPortrait('Judge', ['yonggu'])).toBeNull();
    expect(speakerPortrait(null, ['yonggu'])).toBeNull();
  });

  test('every painted background is classed indoors or outdoors (a new one needs a decision)', () => {
    const manifest = JSON.parse(readFileSync('assets/art/manifest.json', 'utf8')) as { backgrounds: Record<string, string> };
    for (const id of Object.keys(manifest.backgrounds)) {
      expect(INDOOR_BACKGROUNDS.has(id) !== OUTDOOR_BACKGROUNDS.has(id), id).toBe(true);
    }
  });

  test('no snow or rain indoors; other particles stay', () => {
    expect(particlesFor('home', 'snow')).toBe('none');
    expect(particlesFor('cell_night', 'rain')).toBe('none');
    expect(particlesFor('chapel', 'dust')).toBe('dust');
    expect(particlesFor('icy_street', 'snow')).toBe('snow');
    expect(particlesFor(null, 'snow')).toBe('snow');
  });
});
