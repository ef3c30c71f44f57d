// Settings: each row is a button that steps through its values; changes apply and save at once.

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
import { ButtonList, type ListItem } from '../widgets/button-list.ts';
import { drawPanel } from '../widgets/panel.ts';

interface Row<K extends keyof Settings> {
  key: K;
  label: string;
  values: readonly { value: Settings[K]; name: string }[];
}

const percent = [0, 0.25, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((value) => ({ value, name: `${Math.round(value * 100)}%` }));
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
const SOUND_ROWS = [
  { key: 'masterVolume', label: S.settings.master, values: percent } as Row<'masterVolume'>,
  { key: 'musicVolume', label: S.settings.music, values: percent } as Row<'musicVolume'>,
  { key: 'ambienceVolume', label: S.settings.ambience, values: percent } as Row<'ambienceVolume'>,
  { key: 'sfxVolume', label: S.settings.sfx, values: percent } as Row<'sfxVolume'>,
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

function nameOf<K extends keyof Settings>(row: Row<K>, current: Settings[K]): string {
  return row.values.find((v) => v.value === current)?.name ?? String(current);
}

export class SettingsScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Settings);
  }

  create(data: { back: Return; page?: 'sound' }): void {
    const { mirror, settings } = services(this);
    const layout = computeLayout(this.scale.width, this.scale.height, settings.get().fontScale);
    const colours = palette(this);
    if (!isOverlay(data.back)) this.cameras.main.setBackgroundColor(0x0b1020);
    const sound = data.page === 'sound';
    const heading = sound ? S.settings.soundHeading : S.settings.heading;
    const panel = drawPanel(this, layout, colours, heading);
    const step = <K extends keyof Settings>(row: Row<K>) => {
      const current = settings.get()[row.key];
      const i = row.values.findIndex((v) => v.value === current);
      const next = row.values[(i + 1) % row.values.length];
      if (next) settings.update({ [row.key]: next.value } as Partial<Settings>);
      this.scene.restart(data);
    };
    const rows = sound ? [...SOUND_ROWS, ...voiceRow(services(this).voices())] : ROWS;
    const items: ListItem[] = rows.map((row) => ({
      label: `${row.label}: ${nameOf(row as Row<keyof Settings>, settings.get()[row.key])}`,
      onPress: () => step(row as Row<keyof Settings>),
    }));
    // The sound page goes back to the main page; the main page leads to it.
    const leave = sound ? () => this.scene.restart({ back: data.back }) : () => goBack(this, data.back);
    if (!sound) items.push({ label: S.settings.sound, onPress: () => this.scene.restart({ back: data.back, page: 'sound' }) });
    items.push({ label: S.back, onPress: leave });
    new ButtonList(this, panel.x + 60, panel.contentY - 20, items, {
      width: panel.width - 120,
      palette: colours,
      fontSize: Math.round(layout.uiSize * 0.9),
      gap: 8,
    }).setDepth(62);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (keyBelongsToFocus(event)) return;
      if (event.key === 'Escape') leave();
    });
    mirror.announce(heading);
    offer(
      this,
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      heading,
      true,
    );
  }
}
