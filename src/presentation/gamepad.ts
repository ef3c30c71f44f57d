// The gamepad, through Phaser's gamepad input: each press becomes the key the screens already know,
// so every screen gets the gamepad without code of its own. D-pad or left stick: arrows (held, they
// repeat); A: Enter (read on, choose); B: back (Esc); Start: the menu (M on the story, Esc elsewhere);
// shoulder buttons: rewind one choice on the story (Backspace), page up and down in a list.
// What is held is tracked for the whole game, not per screen: a press that opens a screen is not
// pressed again on the screen it opened.
import type Phaser from 'phaser';
import { SceneKey } from './keys.ts';

/** The standard mapping's button numbers (https://w3c.github.io/gamepad/#remapping). */
const A = 0;
const B = 1;
const LB = 4;
const RB = 5;
const START = 9;
const UP = 12;
const DOWN = 13;
const LEFT = 14;
const RIGHT = 15;

const REPEAT_AFTER_MS = 400;
const REPEAT_EVERY_MS = 120;
const STICK = 0.5;
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

type Pad = Phaser.Input.Gamepad.Gamepad;

/** The keys a pad holds down now, for the screen `scene` (the story reads some buttons its own way). */
export function keysHeld(pads: readonly Pad[], scene: string): Set<string> {
  const story = scene === SceneKey.Story;
  const keys = new Set<string>();
  for (const pad of pads) {
    const down = (i: number) => pad.buttons[i]?.pressed === true;
    if (down(UP) || pad.leftStick.y < -STICK) keys.add('ArrowUp');
    if (down(DOWN) || pad.leftStick.y > STICK) keys.add('ArrowDown');
    if (down(LEFT) || pad.leftStick.x < -STICK) keys.add('ArrowLeft');
    if (down(RIGHT) || pad.leftStick.x > STICK) keys.add('ArrowRight');
    if (down(A)) keys.add('Enter');
    if (down(B) && !story) keys.add('Escape');
    if (down(START)) keys.add(story ? 'm' : 'Escape');
    if (down(LB)) keys.add(story ? 'Backspace' : 'PageUp');
    if (down(RB)) keys.add(story ? 'Backspace' : 'PageDown');
  }
  return keys;
}

function keyEvent(key: string): KeyboardEvent {
  const noop = () => undefined;
  return {
    key,
    code: key,
    repeat: false,
    target: null,
    preventDefault: noop,
    stopImmediatePropagation: noop,
  } as unknown as KeyboardEvent;
}

const installed = new WeakSet<Phaser.Game>();

/** Starts reading the gamepad for the whole game (once; called by the Boot scene). */
export function installGamepad(game: Phaser.Game): void {
  if (installed.has(game)) return;
  installed.add(game);
  const held = new Map<string, number>(); // key -> when it fires again
  game.events.on('poststep', (time: number) => {
    const scene = game.scene.getScenes(true).at(-1);
    const plugin = scene?.input.gamepad;
    if (!scene || !plugin?.enabled) return;
    const keys = keysHeld(plugin.getAll(), scene.scene.key);
    for (const key of [...held.keys()]) if (!keys.has(key)) held.delete(key);
    for (const key of keys) {
      const due = held.get(key);
      if (due !== undefined && (time < due || !ARROWS.has(key))) continue;
      held.set(key, time + (due === undefined ? REPEAT_AFTER_MS : REPEAT_EVERY_MS));
      scene.input.keyboard?.emit('keydown', keyEvent(key));
    }
  });
}
