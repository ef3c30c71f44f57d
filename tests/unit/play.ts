// Test helper: drives a playthrough with a list of picks (each taken modulo the options on offer).
import type { Beat, Playthrough } from '../../src/engine/index.ts';

/**
 * Shows beats and makes `picks.length` choices, stopping right after the last one (or at the end, or
 * with no picks at the first choices). Returns the beats shown.
 */
export function play(p: Playthrough, picks: readonly number[], limit = 10_000): Beat[] {
  const beats: Beat[] = [];
  let k = 0;
  for (let i = 0; i < limit; i++) {
    if (p.current?.kind === 'end') break;
    if (p.current?.kind === 'choices') {
      if (k >= picks.length) break;
      p.choose((picks[k++] ?? 0) % p.current.choices.length);
      if (k === picks.length) break;
      continue;
    }
    beats.push(p.next());
  }
  return beats;
}

/** Shows `n` more beats (fewer at choices or the end). */
export function showBeats(p: Playthrough, n: number): Beat[] {
  const beats: Beat[] = [];
  for (let i = 0; i < n && p.current?.kind !== 'choices' && p.current?.kind !== 'end'; i++) beats.push(p.next());
  return beats;
}

export function lineTexts(beats: readonly Beat[]): string[] {
  return beats.map((b) =>
    b.kind === 'line' ? b.text : b.kind === 'choices' ? b.choices.map((c) => c.text).join(' | ') : '(end)',
  );
}

/** Shows beats up to the next choices and takes the option with this text. */
export function chooseText(p: Playthrough, text: string): void {
  while (p.current?.kind !== 'choices') {
    if (p.current?.kind === 'end') throw new Error(`the story ended before "${text}" was offered`);
    p.next();
  }
  const option = p.current.choices.find((c) => c.text === text);
  if (!option) throw new Error(`"${text}" is not on offer: ${p.current.choices.map((c) => c.text).join(' | ')}`);
  p.choose(option.index);
}
