// The models under the other screens (issue 13), in Node with real ink: History's log (each choice
// once, the choice point before each line), a save slot that refuses to replace what the player has
// not seen, and the gamepad's buttons as the keys the screens know.
import { describe, expect, test } from 'vitest';
import { Playthrough } from '../../src/engine/index.ts';
import { MemoryStore } from '../../src/persistence/memory-store.ts';
import { savePlaythrough } from '../../src/persistence/save-codec.ts';
import { SaveSlots } from '../../src/persistence/save-slots.ts';
import { keysHeld } from '../../src/presentation/gamepad.ts';
import { StorySession } from '../../src/presentation/session.ts';
import { footerLines, maxTop, visibleCount } from '../../src/presentation/widgets/list-window.ts';
import { compileFixture } from './ink.ts';

const edit = compileFixture('tests/fixtures/engine/edit.ink');

/** Plays `picks`, reading every line, then on to the next choices or the end. */
function played(picks: number[]): StorySession {
  const session = new StorySession(Playthrough.start(edit));
  let made = 0;
  for (let guard = 0; guard < 200; guard++) {
    const beat = session.advance();
    if (beat.kind === 'end') break;
    if (beat.kind === 'choices') {
      if (made === picks.length) break;
      session.choose(picks[made++] ?? 0);
    }
  }
  return session;
}

describe('History log', () => {
  test('each choice taken comes once, before the lines it led to, and every line knows the choice point before it', () => {
    const log = played([0, 1, 0]).log;
    const choices = log.filter((l) => l.choice).map((l) => l.text);
    expect(choices).toEqual(['Make breakfast.', 'Ask the price.', 'Tell him about Ye-sung.']);
    expect(log.map((l) => (l.choice ? `> ${l.text}` : `${l.turn}:${l.speaker ?? ''}:${l.text}`))).toEqual([
      '-1:Ye-sung:Morning, Dad.',
      '> Make breakfast.',
      '0::Rice and egg.',
      '0:Yong-gu:The yellow one.',
      '> Ask the price.',
      '1::Too much.',
      '1:Yang-ho:Quiet.',
      '> Tell him about Ye-sung.',
      '2::He listens.',
      '2::Morning comes.',
    ]);
  });
});

describe('save slots', () => {
  const save = savePlaythrough(played([0]).playthrough, new Date('2024-01-01T00:00:00Z'));
  const other = savePlaythrough(played([1]).playthrough, new Date('2024-01-02T00:00:00Z'));

  test('a write that expects what the player saw goes through', () => {
    const slots = new SaveSlots(new MemoryStore());
    expect(slots.write('slot3', save, null, null).ok).toBe(true);
    expect(slots.write('slot3', other, null, save).ok).toBe(true);
    expect(slots.read('slot3')).toMatchObject({ ok: true, value: { save: other } });
  });

  test('a slot changed since it was shown (another tab) is kept, and the write says so', () => {
    const slots = new SaveSlots(new MemoryStore());
    slots.write('slot3', other, null); // the other tab
    const refused = slots.write('slot3', save, null, null); // this tab saw slot 3 empty
    expect(refused).toMatchObject({ ok: false, error: { fault: 'changed' } });
    expect(slots.read('slot3')).toMatchObject({ ok: true, value: { save: other } });
  });
});

describe('gamepad', () => {
  const pad = (pressed: number[], stick: [number, number] = [0, 0]) =>
    ({
      buttons: Array.from({ length: 17 }, (_, i) => ({ pressed: pressed.includes(i) })),
      leftStick: { x: stick[0], y: stick[1] },
    }) as never;

  test('A, B, Start, the D-pad, the stick and the shoulders become the keys each screen knows', () => {
    expect([...keysHeld([pad([0])], 'Menu')]).toEqual(['Enter']);
    expect([...keysHeld([pad([1])], 'Menu')]).toEqual(['Escape']);
    expect([...keysHeld([pad([1])], 'Story')]).toEqual([]);
    expect([...keysHeld([pad([9])], 'Story')]).toEqual(['m']);
    expect([...keysHeld([pad([9])], 'Settings')]).toEqual(['Escape']);
    expect([...keysHeld([pad([12, 15])], 'Info')]).toEqual(['ArrowUp', 'ArrowRight']);
    expect([...keysHeld([pad([], [0, 0.9])], 'Info')]).toEqual(['ArrowDown']);
    expect([...keysHeld([pad([4])], 'Story')]).toEqual(['Backspace']);
    expect([...keysHeld([pad([4]), pad([5])], 'Info')]).toEqual(['PageUp', 'PageDown']);
  });
});

describe('list window', () => {
  test('rows scroll whole: the window holds only rows that fit, and the last first row ends at the bottom', () => {
    const heights = [100, 100, 250, 100, 100];
    expect(visibleCount(heights, 0, 10, 320)).toBe(2); // 100 + 10 + 100 = 210; + 10 + 250 > 320
    expect(visibleCount(heights, 2, 10, 320)).toBe(1);
    expect(visibleCount(heights, 2, 10, 200)).toBe(1); // a row taller than the box still shows
    expect(maxTop(heights, 10, 320)).toBe(3); // 100 + 10 + 100 = 210 fits; + 260 does not
    expect(maxTop([50, 50], 10, 320)).toBe(0);
  });

  test('footer buttons share lines as they fit', () => {
    expect(footerLines([200, 300, 250, 200], 600, 16)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(footerLines([700], 600, 16)).toEqual([[0]]);
  });
});
