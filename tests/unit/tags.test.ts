import { describe, expect, test } from 'vitest';
import { parseTag, TAG_KEYS, TagError } from '../../src/engine/tags.ts';

describe('parseTag', () => {
  test('parses every documented kind', () => {
    expect(parseTag('chapter: 3 Smuggling Ye-sung In')).toEqual({ kind: 'chapter', number: 3, title: 'Smuggling Ye-sung In' });
    expect(parseTag('scene: market')).toEqual({ kind: 'scene', background: 'market', transition: 'dissolve' });
    expect(parseTag('scene: cell_night fade')).toEqual({ kind: 'scene', background: 'cell_night', transition: 'fade' });
    expect(parseTag('show: yonggu sad left')).toEqual({ kind: 'show', who: 'yonggu', expression: 'sad', position: 'left' });
    expect(parseTag('show: yangho right')).toEqual({ kind: 'show', who: 'yangho', expression: 'neutral', position: 'right' });
    expect(parseTag('hide: all')).toEqual({ kind: 'hide', who: 'all' });
    expect(parseTag('music: stop')).toEqual({ kind: 'music', track: null });
    expect(parseTag('music: court')).toEqual({ kind: 'music', track: 'court' });
    expect(parseTag('ambience: prison_night')).toEqual({ kind: 'ambience', loop: 'prison_night' });
    expect(parseTag('sfx: gavel')).toEqual({ kind: 'sfx', effect: 'gavel' });
    expect(parseTag('particles: snow')).toEqual({ kind: 'particles', particles: 'snow' });
    expect(parseTag('fx: shake')).toEqual({ kind: 'fx', effect: 'shake' });
    expect(parseTag('card: Seoul, December 1997')).toEqual({ kind: 'card', text: 'Seoul, December 1997' });
    expect(parseTag('exhibit: brick')).toEqual({ kind: 'exhibit', id: 'brick' });
    expect(parseTag('memory: promise')).toEqual({ kind: 'memory', id: 'promise' });
    expect(parseTag(' ending: acquittal ')).toEqual({ kind: 'ending', id: 'acquittal' });
    expect(TAG_KEYS).toHaveLength(13);
  });

  test.each([
    ['colour: red', /unknown key "colour"/],
    ['no colon here', /"key: value"/],
    ['scene: market sideways', /not a transition/],
    ['show: yonggu grinning', /not a expression or position/],
    ['particles: confetti', /not a particle kind/],
    ['chapter: Prologue', /chapter: N Title/],
    ['scene: Market', /background id/],
    ['card:', /write the caption/],
  ])('rejects %s with a message that says what to do', (tag, message) => {
    expect(() => parseTag(tag)).toThrow(TagError);
    expect(() => parseTag(tag)).toThrow(message);
  });
});
