import { expect, test } from 'vitest';
import { inkPathOf, parseInkMessage } from '../../src/engine/index.ts';

test("ink's compiler and runtime messages read in one place", () => {
  expect(parseInkMessage("ERROR: 'main.ink' line 3: Unexpected token")).toEqual({
    kind: 'ERROR',
    file: 'main.ink',
    line: 3,
    text: 'Unexpected token',
  });
  expect(parseInkMessage('WARNING: line 7: Apparent loose end')).toEqual({
    kind: 'WARNING',
    file: null,
    line: 7,
    text: 'Apparent loose end',
  });
  const runtime = 'RUNTIME ERROR: (Ink Pointer -> court.verdict -- index 4): ran out of content';
  expect(parseInkMessage(runtime)).toEqual({ kind: 'RUNTIME ERROR', file: null, line: null, text: 'ran out of content' });
  expect(inkPathOf(runtime)).toBe('court.verdict.4');
  expect(parseInkMessage('Compilation failed.')).toBeNull();
  expect(inkPathOf('no pointer here')).toBeNull();
});
