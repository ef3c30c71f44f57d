// The player's sound settings as the audio port's volumes (one place that knows both shapes).
import type { Volumes } from '../ports/audio.ts';
import type { Settings } from '../settings/settings.ts';

export function volumesOf(settings: Settings): Volumes {
  return {
    master: settings.masterVolume,
    music: settings.musicVolume,
    ambience: settings.ambienceVolume,
    sfx: settings.sfxVolume,
    muted: settings.muted,
  };
}

export function sameVolumes(a: Volumes, b: Volumes): boolean {
  return a.master === b.master && a.music === b.music && a.ambience === b.ambience && a.sfx === b.sfx && a.muted === b.muted;
}
