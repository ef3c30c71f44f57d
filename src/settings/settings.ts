// Player settings: one validated shape with defaults. A stored entry that is broken or from an
// older version is repaired field by field (bad fields fall back to defaults), never a crash.
import * as v from 'valibot';

const Volume = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export const SettingsSchema = v.object({
  /** Characters per second of the typewriter; 0 = instant. */
  textSpeed: v.pipe(v.number(), v.minValue(0), v.maxValue(200)),
  autoAdvance: v.boolean(),
  /** Pause after a line when auto-advancing, in ms. */
  autoDelay: v.pipe(v.number(), v.minValue(300), v.maxValue(10000)),
  skipRead: v.boolean(),
  masterVolume: Volume,
  musicVolume: Volume,
  ambienceVolume: Volume,
  sfxVolume: Volume,
  muted: v.boolean(),
  /** 'system' follows prefers-reduced-motion. */
  reducedMotion: v.picklist(['system', 'on', 'off']),
  fontScale: v.pipe(v.number(), v.minValue(0.8), v.maxValue(1.6)),
  highContrast: v.boolean(),
  captions: v.boolean(),
  /** Self-voicing: the game speaks lines, choices and menus with the browser's speech synthesis. */
  selfVoicing: v.boolean(),
  voiceRate: v.pipe(v.number(), v.minValue(0.5), v.maxValue(2)),
  /** A voice of speechSynthesis.getVoices() by name; '' = the browser's default. */
  voiceName: v.pipe(v.string(), v.maxLength(200)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  textSpeed: 45,
  autoAdvance: false,
  autoDelay: 1800,
  skipRead: false,
  masterVolume: 0.9,
  musicVolume: 0.7,
  ambienceVolume: 0.6,
  sfxVolume: 0.8,
  muted: false,
  reducedMotion: 'system',
  fontScale: 1,
  highContrast: false,
  captions: false,
  selfVoicing: false,
  voiceRate: 1,
  voiceName: '',
};

/** Reads stored settings: valid fields are kept, the rest take their defaults. */
export function repairSettings(raw: unknown): { settings: Settings; repaired: string[] } {
  const repaired: string[] = [];
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && (typeof raw !== 'object' || raw === null)) repaired.push('(all)');
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (!(key in input)) continue;
    const result = v.safeParse(schema, input[key]);
    if (result.success) settings[key] = result.output;
    else repaired.push(key);
  }
  return { settings: settings as Settings, repaired };
}
