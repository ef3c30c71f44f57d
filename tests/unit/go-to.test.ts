// Typed scene navigation: goTo hands the key and its data to Phaser's start, and the type checker
// (npm run typecheck) refuses a payload of the wrong shape or a missing one.
import { expect, test } from 'vitest';
import { goTo } from '../../src/presentation/go-to.ts';
import { SceneKey } from '../../src/presentation/keys.ts';

function recorder() {
  const started: [string, object | undefined][] = [];
  return { started, host: { scene: { start: (key: string, data?: object) => started.push([key, data]) } } };
}

test('goTo starts the scene with its data, and with none where the scene takes none', () => {
  const { started, host } = recorder();
  goTo(host, SceneKey.Slots, { mode: 'load', back: 'title' });
  goTo(host, SceneKey.Title);
  goTo(host, SceneKey.Error, { message: 'Broken.' });
  expect(started).toEqual([
    ['Slots', { mode: 'load', back: 'title' }],
    ['Title', undefined],
    ['Error', { message: 'Broken.' }],
  ]);
});

test('a payload of the wrong shape, or a missing one, is a type error', () => {
  const { started, host } = recorder();
  // @ts-expect-error: the Error screen needs its message.
  goTo(host, SceneKey.Error);
  // @ts-expect-error: the Slots screen has no mode 'print'.
  goTo(host, SceneKey.Slots, { mode: 'print', back: 'title' });
  // @ts-expect-error: the Settings screen needs to know where to go back to.
  goTo(host, SceneKey.Settings, {});
  expect(started).toHaveLength(3);
});
