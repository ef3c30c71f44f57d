// Every sound the game uses: its id (the story's `music:`, `ambience:` and `sfx:` ids), the
// caption shown and spoken for it, how it is made (for the credits), and the bitrate it ships at.

import * as courtroom from './ambience/courtroom.ts';
import * as market from './ambience/market.ts';
import * as prisonDay from './ambience/prison_day.ts';
import * as prisonNight from './ambience/prison_night.ts';
import * as rain from './ambience/rain.ts';
import * as snow from './ambience/snow.ts';
import type { Mp3Setting } from './lib/wav.ts';
import * as balloon from './music/balloon.ts';
import * as choir from './music/choir.ts';
import * as court from './music/court.ts';
import * as room7 from './music/room7.ts';
import * as tension from './music/tension.ts';
import * as themeYesung from './music/theme_yesung.ts';
import * as themeYesungSad from './music/theme_yesung_sad.ts';
import * as impacts from './sfx/impacts.ts';
import * as signals from './sfx/signals.ts';
import * as textures from './sfx/textures.ts';

export type Kind = 'music' | 'ambience' | 'sfx';

/**
 * Music at LAME VBR -V5 (about 50-65 kbit/s in mono: bits go where the notes are), ambience at a
 * constant 48 kbit/s (noise beds gain nothing from VBR), effects at -V5.
 */
const MUSIC: Mp3Setting = { vbr: 5 };
const AMBIENCE: Mp3Setting = { cbr: 48 };
const SFX: Mp3Setting = { vbr: 5 };

export interface Asset {
  id: string;
  kind: Kind;
  caption: string;
  /** How it is made, for CREDITS.md. */
  technique: string;
  /** The source file that makes it, relative to tools/audio/. */
  source: string;
  render: () => Float64Array;
  /** MP3 encoding: LAME VBR quality (0 best .. 9 smallest) or a constant bitrate in kbit/s. */
  mp3: Mp3Setting;
  /** Override the kind's loudness target (LUFS). */
  lufs?: number;
}

export const ASSETS: readonly Asset[] = [
  {
    id: 'theme_yesung',
    kind: 'music',
    caption: "A music box plays Ye-sung's tune",
    technique:
      "music-box tines from decaying partials (fundamental, a detuned twin, the tine's 5.9x mode), waltz accompaniment, faint saw-string pad, Freeverb",
    source: 'music/theme_yesung.ts',
    render: themeYesung.render,
    mp3: MUSIC,
  },
  {
    id: 'theme_yesung_sad',
    kind: 'music',
    caption: "Ye-sung's tune, slow and in a minor key",
    technique:
      'the theme in D minor at 64 bpm: music box, saw-ensemble string pad, additive piano (stiff-string partials), cello, Freeverb hall',
    source: 'music/theme_yesung_sad.ts',
    render: themeYesungSad.render,
    mp3: MUSIC,
  },
  {
    id: 'court',
    kind: 'music',
    caption: 'Quiet, solemn piano and strings',
    technique:
      'additive piano (inharmonic partials, hammer position, two-string beating) over PolyBLEP-saw string sections with a moving state-variable low-pass, Freeverb',
    source: 'music/court.ts',
    render: court.render,
    mp3: MUSIC,
  },
  {
    id: 'balloon',
    kind: 'music',
    caption: 'Hopeful strings rise; the music box returns',
    technique:
      'saw-ensemble strings climbing over modal harp arpeggios, then the theme on the music box in F major, Freeverb hall',
    source: 'music/balloon.ts',
    render: balloon.render,
    mp3: MUSIC,
  },
  {
    id: 'choir',
    kind: 'music',
    caption: "A children's choir sings a hymn",
    technique:
      'formant synthesis: glottal-source wavetables shaped by cascade vowel formants (ah/oh/oo), twelve singers in three parts with vibrato, breath and timing spread; reed organ bass; Freeverb chapel',
    source: 'music/choir.ts',
    render: choir.render,
    mp3: MUSIC,
  },
  {
    id: 'tension',
    kind: 'music',
    caption: 'Low strings pulse, uneasy',
    technique:
      'low saw-string drone with semitone clashes, detached string pulses in 3+3+2, pitch-drop heartbeat, modal timpani, high harmonics, Freeverb',
    source: 'music/tension.ts',
    render: tension.render,
    mp3: MUSIC,
  },
  {
    id: 'room7',
    kind: 'music',
    caption: 'A light, warm tune on clarinet and whistle',
    technique:
      'odd-harmonic clarinet wavetables with breath, a whistle (sine, vibrato, air), modal upright-bass and nylon-guitar plucks, noise brushes, swing timing',
    source: 'music/room7.ts',
    render: room7.render,
    mp3: MUSIC,
  },
  {
    id: 'market',
    kind: 'ambience',
    caption: 'A winter market: voices, calls, steps in snow',
    technique:
      'formant-synthesised murmur (glottal saw through moving vowel formants) of fourteen speakers, vendors calling, granular snow-crunch footsteps, brown-noise town hum, outdoor Freeverb',
    source: 'ambience/market.ts',
    render: market.render,
    mp3: AMBIENCE,
  },
  {
    id: 'prison_day',
    kind: 'ambience',
    caption: 'Prison by day: far voices, metal, echoes',
    technique:
      'distant formant-synthesised voices, struck-metal modal clanks, hard-soled footsteps, pink-noise air, a long concrete Freeverb',
    source: 'ambience/prison_day.ts',
    render: prisonDay.render,
    mp3: AMBIENCE,
  },
  {
    id: 'prison_night',
    kind: 'ambience',
    caption: 'Prison at night: a hum, a drip, crickets',
    technique:
      '60 Hz mains hum with harmonics, chirped-sine drips, a formant-filtered cough, pulsed-sine crickets, band-passed wind, Freeverb',
    source: 'ambience/prison_night.ts',
    render: prisonNight.render,
    mp3: AMBIENCE,
  },
  {
    id: 'snow',
    kind: 'ambience',
    caption: 'Soft winter wind',
    technique:
      'pink noise through state-variable band-passes whose centre and level drift (periodic over the loop), a whistle resonance, a hiss of blown snow',
    source: 'ambience/snow.ts',
    render: snow.render,
    mp3: AMBIENCE,
  },
  {
    id: 'rain',
    kind: 'ambience',
    caption: 'Steady rain',
    technique: 'filtered pink-noise wash, 3,600 tiny bubble-chirp drops, a gutter dripping, brown-noise rumble',
    source: 'ambience/rain.ts',
    render: rain.render,
    mp3: AMBIENCE,
  },
  {
    id: 'courtroom',
    kind: 'ambience',
    caption: 'A quiet courtroom: murmurs, paper, a chair',
    technique:
      'pink-noise room tone and ventilation, a low formant-synthesised murmur, paper rustles, a stick-slip chair creak, a cough, a pen, Freeverb',
    source: 'ambience/courtroom.ts',
    render: courtroom.render,
    mp3: AMBIENCE,
  },
  {
    id: 'gavel',
    kind: 'sfx',
    caption: 'A gavel strikes',
    technique: 'two strikes: modal hardwood knock (five partials) with a click and a block thump, room reverb',
    source: 'sfx/impacts.ts',
    render: impacts.gavel,
    mp3: SFX,
  },
  {
    id: 'cell_door',
    kind: 'sfx',
    caption: 'A barred cell door slides and clangs shut',
    technique:
      'filtered-noise rumble and rattle of the track, roller clicks, inharmonic metal modes for the clang and the latch, hall reverb',
    source: 'sfx/impacts.ts',
    render: impacts.cellDoor,
    mp3: SFX,
  },
  {
    id: 'footsteps',
    kind: 'sfx',
    caption: 'Footsteps echo down a corridor',
    technique: 'five hard-soled steps (heel click, floor modes, scuff) with early reflections and reverb',
    source: 'sfx/impacts.ts',
    render: impacts.footsteps,
    mp3: SFX,
  },
  {
    id: 'fire',
    kind: 'sfx',
    caption: 'A fire crackles',
    technique: 'brown-noise roar with a breathing level, a hiss, and band-passed noise crackles and pops',
    source: 'sfx/textures.ts',
    render: textures.fire,
    mp3: SFX,
  },
  {
    id: 'burner',
    kind: 'sfx',
    caption: "The balloon's burner roars",
    technique: 'valve clicks and a fluttering low-passed and band-passed noise roar with an attack and a cut-off',
    source: 'sfx/textures.ts',
    render: textures.burner,
    mp3: SFX,
  },
  {
    id: 'crowd',
    kind: 'sfx',
    caption: 'A crowd gasps and murmurs',
    technique: '26 formant-synthesised voices: a shared called vowel, then murmur that dies away, hall reverb',
    source: 'sfx/textures.ts',
    render: textures.crowd,
    mp3: SFX,
  },
  {
    id: 'alarm',
    kind: 'sfx',
    caption: 'A prison siren wails',
    technique: 'a harmonic wavetable horn sweeping 420-900 Hz twice, band-passed, in a large outdoor reverb',
    source: 'sfx/signals.ts',
    render: signals.alarm,
    mp3: SFX,
  },
  {
    id: 'bell',
    kind: 'sfx',
    caption: "A shop door's bell rings",
    technique: 'a small bell (five inharmonic partials) struck six times as it swings, a second smaller bell, room reverb',
    source: 'sfx/signals.ts',
    render: signals.bell,
    mp3: SFX,
  },
  {
    id: 'paper',
    kind: 'sfx',
    caption: 'Paper rustles',
    technique: 'band-passed noise slides and high-passed crinkle impulses, three gestures',
    source: 'sfx/textures.ts',
    render: textures.paper,
    mp3: SFX,
  },
  {
    id: 'music_box',
    kind: 'sfx',
    caption: "A music box plays the first notes of Ye-sung's tune",
    technique: "the theme's opening bars on the music-box tines (decaying partials), reverb",
    source: 'sfx/signals.ts',
    render: signals.musicBox,
    mp3: SFX,
  },
  {
    id: 'thud',
    kind: 'sfx',
    caption: 'A dull thud',
    technique: 'a sine whose pitch drops from 112 to 52 Hz, a low-passed noise hit and two body modes',
    source: 'sfx/impacts.ts',
    render: impacts.thud,
    mp3: SFX,
  },
];
