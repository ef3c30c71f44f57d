// Where the scroll list's focus is: a row or a footer button, and which one a screen opens on.
import { focusable, type ScrollRow } from './list-rows.ts';
import type { ScrollListOptions } from './scroll-list-options.ts';

export type Focus = { in: 'row' | 'foot'; i: number } | null;

/** The asked-for focusable (rows first, then the footer), else the last row of a list that opens at its end, else the first. */
export function initialFocus(rows: ScrollRow[], footerCount: number, options: ScrollListOptions): Focus {
  const focusRows = rows.flatMap((row, i) => (focusable(row) ? [i] : []));
  const all: Focus[] = [
    ...focusRows.map((i) => ({ in: 'row' as const, i })),
    ...Array.from({ length: footerCount }, (_, i) => ({ in: 'foot' as const, i })),
  ];
  if (options.focus !== undefined) return all[Math.min(options.focus, all.length - 1)] ?? null;
  if (options.atEnd && focusRows.length > 0) return { in: 'row', i: focusRows.at(-1) as number };
  return all[0] ?? null;
}
