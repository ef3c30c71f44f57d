// The speaker convention: a line "Name: words" is dialogue by Name (see story/README.md).
// Only these names are speakers, so narration with a colon stays narration.

export const SPEAKERS: readonly string[] = [
  'Yong-gu',
  'Ye-sung',
  'Yang-ho',
  'Chun-ho',
  'Man-beom',
  'Bong-shik',
  'Da-do',
  'Warden',
  'Min-hwan',
  'Commissioner',
  'Judge',
  'Prosecutor',
  'Detective',
  'Guard',
  'Teacher',
  'Shopkeeper',
  'Bystander',
  'Ji-yeon',
];

const SPEAKER_LINE = /^([A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*)?): (.*)$/s;

/** Splits "Name: words" into speaker and text when Name is a known speaker. */
export function splitSpeaker(line: string): { speaker: string | null; text: string } {
  const m = SPEAKER_LINE.exec(line);
  if (m && SPEAKERS.includes(m[1] ?? '')) return { speaker: m[1] ?? null, text: (m[2] ?? '').trim() };
  return { speaker: null, text: line };
}

/** For the lint: a line that looks like "Name: ..." with a name that is not a speaker. */
export function unknownSpeaker(line: string): string | null {
  const m = SPEAKER_LINE.exec(line);
  if (!m || SPEAKERS.includes(m[1] ?? '')) return null;
  return m[1] ?? null;
}
