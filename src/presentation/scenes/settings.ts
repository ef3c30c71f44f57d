// Settings: each row steps through its values (Enter, or Left/Right); volumes are sliders (Left/Right,
// drag, the gamepad). Changes apply and save at once.

import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import type { Settings } from '../../settings/settings.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { designSize } from '../view.ts';
import type { ListItem } from '../widgets/button-list.ts';
import { drawPanel } from '../widgets/panel.ts';
import { ScrollList, type ScrollRow } from '../widgets/scroll-list.ts';

interface Row<K extends keyof Settings> {
  key: K;
  label: string;
  values: readonly { value: Settings[K]; name: string }[];
}

const onOff = [
  { value: false, name: S.settings.off },
  { value: true, name: S.settings.on },
] as const;

const ROWS = [
  {
    key: 'textSpeed',
    label: S.settings.textSpeed,
    values: [
      { value: 25, name: 'Slow' },
      { value: 45, name: 'Normal' },
      { value: 90, name: 'Fast' },
      { value: 0, name: 'Instant' },
    ],
  } as Row<'textSpeed'>,
  {
    key: 'fontScale',
    label: S.settings.fontSize,
    values: [
      { value: 0.9, name: 'Small' },
      { value: 1, name: 'Normal' },
      { value: 1.2, name: 'Large' },
      { value: 1.4, name: 'Larger' },
    ],
  } as Row<'fontScale'>,
  { key: 'highContrast', label: S.settings.highContrast, values: onOff } as Row<'highContrast'>,
  {
    key: 'reducedMotion',
    label: S.settings.reducedMotion,
    values: [
      { value: 'system', name: S.settings.system },
      { value: 'on', name: S.settings.on },
      { value: 'off', name: S.settings.off },
    ],
  } as Row<'reducedMotion'>,
  { key: 'autoAdvance', label: S.settings.autoAdvance, values: onOff } as Row<'autoAdvance'>,
  {
    key: 'autoDelay',
    label: S.settings.autoDelay,
    values: [
      { value: 1000, name: '1 s' },
      { value: 1800, name: '1.8 s' },
      { value: 3000, name: '3 s' },
      { value: 5000, name: '5 s' },
    ],
  } as Row<'autoDelay'>,
  { key: 'skipRead', label: S.settings.skipRead, values: onOff } as Row<'skipRead'>,
];

// Sound has a page of its own: with every volume the rows no longer fit one panel at large text sizes.
const VOLUMES = [
  { key: 'masterVolume', label: S.settings.master },
  { key: 'musicVolume', label: S.settings.music },
  { key: 'ambienceVolume', label: S.settings.ambience },
  { key: 'sfxVolume', label: S.settings.sfx },
] as const;
const SOUND_ROWS = [
  { key: 'muted', label: S.settings.mute, values: onOff } as Row<'muted'>,
  { key: 'captions', label: S.settings.captions, values: onOff } as Row<'captions'>,
  { key: 'selfVoicing', label: S.settings.selfVoicing, values: onOff } as Row<'selfVoicing'>,
  {
    key: 'voiceRate',
    label: S.settings.voiceRate,
    values: [0.75, 1, 1.25, 1.5, 2].map((value) => ({ value, name: `${value}x` })),
  } as Row<'voiceRate'>,
];

/** The voice row lists the voices this browser has; none, and the row is left out. */
function voiceRow(voices: readonly string[]): Row<'voiceName'>[] {
  if (voices.length === 0) return [];
  const values = [{ value: '', name: S.settings.defaultVoice }, ...voices.map((name) => ({ value: name, name }))];
  return [{ key: 'voiceName', label: S.settings.voice, values }];
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
    const { mirror, settings } = services(this);
    const layout = computeLayout(...designSize(this), settings.get().fontScale);
    const colours = palette(this);
    if (!isOverlay(data.back)) this.cameras.main.setBackgroundColor(0x0b1020);
    const sound = data.page === 'sound';
    const heading = sound ? S.settings.soundHeading : S.settings.heading;
    const panel = drawPanel(this, layout, colours, heading);
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
    if (data.focus === undefined) mirror.announce(heading);
    const offerAll = () =>
      offer(
        this,
        [
          ...rows.map((r) => ({
            label: r.slider ? `${r.text}: ${percent(r.slider.value)}` : r.text,
            onChoose: () => this.pressRow(r),
          })),
          ...footer.map((f) => ({ label: f.label, onChoose: f.onPress })),
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
