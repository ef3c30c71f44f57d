// Read-line marks across tabs (issue 18): two ReadLines on one store, as two tabs on one
// localStorage; whichever writes last, neither tab's marks are lost.
import { expect, test } from 'vitest';
import { MemoryStore } from '../../src/persistence/memory-store.ts';
import { ReadLines } from '../../src/presentation/read-lines.ts';

test("a tab's flush merges with what another tab stored, never overwrites it", () => {
  const store = new MemoryStore();
  const a = new ReadLines(store);
  const b = new ReadLines(store);
  const lineA = ReadLines.key('market', 'Snow falls.');
  const lineB = ReadLines.key('cell', 'The door shuts.');
  a.add(lineA);
  b.add(lineB);
  a.flush();
  b.flush(); // B knew nothing of A's mark when it started
  const later = new ReadLines(store);
  expect(later.has(lineA)).toBe(true);
  expect(later.has(lineB)).toBe(true);
  a.flush(); // and A, closing last, keeps B's
  expect(new ReadLines(store).has(lineB)).toBe(true);
});
