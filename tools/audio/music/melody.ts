// Ye-sung's theme, written once in C and shared by the theme, its sad variation, the balloon
// theme and the music-box effect. 3/4, eighth-note units (6 to a bar), 16 bars: a falling
// "long-short-quarter" sigh (3-2-1) answered by rising arpeggios, climbing to the high C in
// bar 11 and coming home through a falling sequence.

export const THEME_MAJOR =
  'E5:3 D5:1 C5:2 | A4:2 C5:2 F5:2 | E5:3 D5:1 C5:2 | B4:2 D5:2 G5:2 | ' +
  'A5:3 G5:1 E5:2 | F5:2 E5:2 D5:2 | F5:3 E5:1 C5:2 | D5:6 | ' +
  'E5:3 D5:1 C5:2 | A4:2 C5:2 F5:2 | E5:2 A5:2 C6:2 | B5:3 A5:1 G5:2 | ' +
  'A5:3 G5:1 F5:2 | G5:3 E5:1 C5:2 | F5:3 D5:1 B4:2 | C5:6';

export const CHORDS_MAJOR: readonly (string | readonly (readonly [string, number])[])[] = [
  'C',
  'F',
  'C',
  'G',
  'Am',
  'F',
  'Dm7',
  'G',
  'C',
  'F',
  'Am',
  'Em',
  'F',
  'C/E',
  [
    ['Dm7', 1],
    ['G7', 2],
  ],
  'C',
];

/** The same tune in the parallel minor (the leading tone kept over the dominant). */
export const THEME_MINOR =
  'Eb5:3 D5:1 C5:2 | Ab4:2 C5:2 F5:2 | Eb5:3 D5:1 C5:2 | B4:2 D5:2 G5:2 | ' +
  'Ab5:3 G5:1 Eb5:2 | F5:2 Eb5:2 D5:2 | F5:3 Eb5:1 C5:2 | D5:6 | ' +
  'Eb5:3 D5:1 C5:2 | Ab4:2 C5:2 F5:2 | Eb5:2 Ab5:2 C6:2 | Bb5:3 Ab5:1 G5:2 | ' +
  'Ab5:3 G5:1 F5:2 | G5:3 Eb5:1 C5:2 | F5:3 D5:1 B4:2 | C5:6';

export const CHORDS_MINOR: readonly (string | readonly (readonly [string, number])[])[] = [
  'Cm',
  'Fm',
  'Cm',
  'G',
  'Ab',
  'Fm6',
  'Fm',
  [
    ['Gsus4', 1.5],
    ['G', 1.5],
  ],
  'Cm',
  'Fm',
  'Ab',
  'Eb',
  'Fm',
  'Cm/Eb',
  [
    ['Dm7b5', 1],
    ['G7', 2],
  ],
  'Cm',
];
