// WebGL unavailable: the renderer choice falls back to Canvas, even when the URL asks for WebGL
// (Phaser cannot start WebGL where there is none: the page would stay blank). The browser side is in
// tests/browser/faults.test.ts.
import { expect, test } from 'vitest';
import { chooseRenderer } from '../../src/presentation/renderer.ts';

const gpu = { rendererName: () => 'ANGLE (NVIDIA GeForce)' };
const software = { rendererName: () => 'ANGLE (Google, SwiftShader Device)' };
const none = { rendererName: () => null };

test('no WebGL: Canvas, whatever the URL asks for', () => {
  expect(chooseRenderer(none, null)).toEqual({ choice: 'canvas', reason: 'WebGL is unavailable' });
  expect(chooseRenderer(none, 'webgl')).toEqual({ choice: 'canvas', reason: 'WebGL was asked for but is unavailable' });
  expect(chooseRenderer(none, 'canvas').choice).toBe('canvas');
});

test('software WebGL: Canvas, unless the URL forces WebGL', () => {
  expect(chooseRenderer(software, null).choice).toBe('canvas');
  expect(chooseRenderer(software, 'webgl')).toEqual({ choice: 'webgl', reason: 'forced by the URL' });
});

test('a GPU: WebGL, unless the URL forces Canvas', () => {
  expect(chooseRenderer(gpu, null).choice).toBe('webgl');
  expect(chooseRenderer(gpu, 'canvas')).toEqual({ choice: 'canvas', reason: 'forced by the URL' });
  expect(chooseRenderer(gpu, 'nonsense').choice).toBe('webgl');
});
