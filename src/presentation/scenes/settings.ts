// Settings: each row steps through its values (Enter, or Left/Right); volumes are sliders (Left/Right,
// drag, the gamepad). Changes apply and save at once.

import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import type { Settings } from '../../settings/settings.ts';
import { SceneKey } from '../keys.ts';
import { asChoices, offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import Phaser from '../phaser.ts';
import { openPanel } from '../screen-frame.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import type { ListItem } from '../widgets/button-list.ts';
import { ScrollList, type ScrollRow } from '../widgets/scroll-list.ts';

interface Row<K extends keyof Settings> {
  key: K;
  label: string;
  values: readonly { value: Settings[K]; name: string }[];
}

/** A row that steps through its values; `names` are what the player sees, one for each value. */
function row<K extends keyof Settings>(key: K, label: string, values: readonly Settings[K][], names: readonly string[]): Row<K> {
  if (names.length !== values.length) throw new Error(`Settings row ${key}: ${values.length} values but ${names.length} names.`);
  return { key, label, values: values.map((value, i) => ({ value, name: names[i] ?? '' })) };
}

type OnOffKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/** A setting that is on or off. */
function onOff(key: OnOffKey, label: string): Row<OnOffKey> {
  return row(key, label, [false, true], [S.settings.off, S.settings.on]);
}

const ROWS = [
  row('textSpeed', S.settings.textSpeed, [25, 45, 90, 0], ['Slow', 'Normal', 'Fast', 'Instant']),
  row('fontScale', S.settings.fontSize, [0.9, 1, 1.2, 1.4], ['Small', 'Normal', 'Large', 'Larger']),
  onOff('highContrast', S.settings.highContrast),
  row('reducedMotion', S.settings.reducedMotion, ['system', 'on', 'off'], [S.settings.system, S.settings.on, S.settings.off]),
  onOff('autoAdvance', S.settings.autoAdvance),
  row('autoDelay', S.settings.autoDelay, [1000, 1800, 3000, 5000], ['1 s', '1.8 s', '3 s', '5 s']),
  onOff('skipRead', S.settings.skipRead),
];

// Sound has a page of its own: with every volume the rows no longer fit one panel at large text sizes.
const VOLUMES = [
  { key: 'masterVolume', label: S.settings.master },
  { key: 'musicVolume', label: S.settings.music },
  { key: 'ambienceVolume', label: S.settings.ambience },
  { key: 'sfxVolume', label: S.settings.sfx },
] as const;
const VOICE_RATES = [0.75, 1, 1.25, 1.5, 2];
const VOICE_RATE_NAMES = VOICE_RATES.map((rate) => `${rate}x`);
const SOUND_ROWS = [
  onOff('muted', S.settings.mute),
  onOff('captions', S.settings.captions),
  onOff('selfVoicing', S.settings.selfVoicing),
  row('voiceRate', S.settings.voiceRate, VOICE_RATES, VOICE_RATE_NAMES),
];

/** The voice row lists the voices this browser has; none, and the row is left out. */
function voiceRow(voices: readonly string[]): Row<'voiceName'>[] {
  if (voices.length === 0) return [];
  return [row('voiceName', S.settings.voice, ['', ...voices], [S.settings.defaultVoice, ...voices])];
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function nameOf<K extends keyof Settings>(row: Row<K>, current: Settings[K]): string {
  return row.values.find((v) => v.value === current)?.name ?? String(current);
}

export interface SettingsData {
  back: Return;
  page?: 'sound';
  /** The row to focus (kept across the redraw a change makes). */
  focus?: number;
}

export class SettingsScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Settings);
  }

  create(data: SettingsData): void {
    const sound = data.page === 'sound';
    const heading = sound ? S.settings.soundHeading : S.settings.heading;
    const { layout, colours, panel } = openPanel(this, heading, { overlay: isOverlay(data.back) });
    const rows = this.rows(data, sound);
    // The sound page goes back to the main page; the main page leads to it.
    const leave = sound ? () => this.scene.restart({ back: data.back }) : () => goBack(this, data.back);
    const footer: ListItem[] = [];
    if (!sound) footer.push({ label: S.settings.sound, onPress: () => this.scene.restart({ back: data.back, page: 'sound' }) });
    footer.push({ label: S.back, onPress: leave });
    this.list = new ScrollList(this, panel.body, rows, {
      palette: colours,
      fontSize: Math.round(layout.uiSize * 0.9),
      footer,
      gap: 8,
      ...(data.focus === undefined ? {} : { focus: data.focus }),
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (keyBelongsToFocus(event)) return;
      if (event.key === 'Escape') leave();
    });
    if (data.focus === undefined) services(this).mirror.announce(heading);
    const offerAll = () =>
      offer(
        this,
        [
          ...rows.map((r) => ({
            label: r.slider ? `${r.text}: ${percent(r.slider.value)}` : r.text,
            onChoose: () => this.pressRow(r),
          })),
          ...asChoices(footer),
        ],
        heading,
        true,
      );
    this.offerAgain = offerAll;
    offerAll();
  }

  /** The page's rows: volume sliders (sound page), then settings that step through their values. */
  private rows(data: SettingsData, sound: boolean): ScrollRow[] {
    const { settings } = services(this);
    // Enter steps forward through a setting's values (and round again); Left/Right step without wrapping.
    const step = <K extends keyof Settings>(row: Row<K>, i: number, by: number, wrap: boolean) => {
      const at = row.values.findIndex((v) => v.value === settings.get()[row.key]);
      const n = row.values.length;
      const to = wrap ? (at + by + n) % n : Math.max(0, Math.min(n - 1, at + by));
      const next = row.values[to];
      if (to === at || !next) return;
      settings.update({ [row.key]: next.value } as Partial<Settings>);
      this.scene.restart({ ...data, focus: i });
    };
    const stepRows = (sound ? [...SOUND_ROWS, ...voiceRow(services(this).voices())] : ROWS) as Row<keyof Settings>[];
    const offset = sound ? VOLUMES.length : 0;
    return [
      ...(sound ? VOLUMES.map((v) => this.volumeRow(v.key, v.label)) : []),
      ...stepRows.map((row, i) => ({
        text: `${row.label}: ${nameOf(row, settings.get()[row.key])}`,
        onPress: () => step(row, offset + i, 1, true),
        onAdjust: (by: -1 | 1) => step(row, offset + i, by, false),
      })),
    ];
  }

  private offerAgain: () => void = () => undefined;
  private list: ScrollList | null = null;

  /** The mirror's button for a row: a slider goes up a tenth (never past 100%). */
  private pressRow(row: ScrollRow): void {
    if (!row.slider) {
      row.onPress?.();
      return;
    }
    row.slider.onChange(Math.min(1, Math.round((row.slider.value + 0.1) * 100) / 100));
    this.list?.refresh();
  }

  /** A volume as a slider: 5% a step, never past 0% or 100%; each change applies, saves and is announced. */
  private volumeRow(key: (typeof VOLUMES)[number]['key'], label: string): ScrollRow {
    const { settings, mirror } = services(this);
    const row: ScrollRow = {
      text: label,
      slider: {
        value: settings.get()[key],
        step: 0.05,
        format: percent,
        onChange: (value) => {
          if (row.slider) row.slider.value = value;
          settings.update({ [key]: value } as Partial<Settings>);
          mirror.announce(S.settings.volumeNow(label, percent(value)));
          this.offerAgain();
        },
      },
    };
    return row;
  }
}
