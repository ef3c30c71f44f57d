// Holds the current settings, saves them through a callback, and tells listeners of changes.

import * as v from 'valibot';
import { type Settings, SettingsSchema } from './settings.ts';

export class SettingsController {
  private listeners = new Set<(s: Settings) => void>();

  constructor(
    private current: Settings,
    private readonly save: (s: Settings) => void,
    private readonly systemReducedMotion: () => boolean,
  ) {}

  get(): Settings {
    return this.current;
  }

  update(patch: Partial<Settings>): void {
    const next = v.parse(SettingsSchema, { ...this.current, ...patch });
    this.current = next;
    this.save(next);
    for (const l of this.listeners) l(next);
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reducedMotion(): boolean {
    const mode = this.current.reducedMotion;
    return mode === 'on' || (mode === 'system' && this.systemReducedMotion());
  }
}
