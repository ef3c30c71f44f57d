// The sound port: what the game asks of an audio back end (src/audio/howler-audio.ts plays it through
// howler; MemoryAudio below records it for tests). Every call is fire-and-forget and never throws: a
// sound that cannot play is the back end's warning to give and its silence to keep, never the story's.
import type { Command } from '../engine/index.ts';

/** The two looping channels: each holds at most one sound, and a change crossfades. */
export type LoopChannel = 'music' | 'ambience';
export type AudioChannel = LoopChannel | 'sfx';

/** Levels from 0 to 1; what a sound plays at is master x its channel, and nothing when muted. */
export interface Volumes {
  master: number;
  music: number;
  ambience: number;
  sfx: number;
  muted: boolean;
}

export interface AudioPort {
  /** Crossfades `channel` to the loop `id` (null: fades it out) over `fadeMs`. */
  crossfade(channel: LoopChannel, id: string | null, fadeMs: number): void;
  /** Plays a one-shot effect. */
  effect(id: string): void;
  setVolumes(volumes: Volumes): void;
  /** The tab is hidden: hold every sound where it is. */
  suspend(): void;
  /** The tab is visible again: carry on. */
  resume(): void;
  /** A first pointer or key gesture: the moment a browser lets sound start. */
  unlock(): void;
}

/** The sound that belongs to a place in the story (a slice of the engine's PresentationState). */
export interface SoundState {
  music: string | null;
  ambience: string | null;
}

/** What the story screen needs of the sound. presentation/services.ts uses this type as its seam. */
export interface SoundStage {
  /** A command as the story reaches it: music and ambience change, effects play. */
  apply(command: Command): void;
  /** After a load, rewind or chapter jump: play what belongs there, nothing else. */
  restore(state: SoundState): void;
}

/** assets/audio/manifest.json: paths relative to the page, a caption for each sound. */
export interface SoundEntry {
  src: string;
  loop?: boolean;
  caption?: string;
}

export type SoundManifest = Record<AudioChannel, Record<string, SoundEntry>>;

export type AudioEvent =
  | { kind: 'crossfade'; channel: LoopChannel; from: string | null; to: string | null; fadeMs: number }
  | { kind: 'effect'; id: string }
  | { kind: 'volumes'; volumes: Volumes }
  | { kind: 'suspend' }
  | { kind: 'resume' }
  | { kind: 'unlock' };

/** Records every request and keeps what would be heard; for tests, and as a silent back end. */
export class MemoryAudio implements AudioPort {
  readonly events: AudioEvent[] = [];
  readonly playing: Record<LoopChannel, string | null> = { music: null, ambience: null };
  volumes: Volumes = { master: 1, music: 1, ambience: 1, sfx: 1, muted: false };
  suspended = false;

  crossfade(channel: LoopChannel, id: string | null, fadeMs: number): void {
    this.events.push({ kind: 'crossfade', channel, from: this.playing[channel], to: id, fadeMs });
    this.playing[channel] = id;
  }

  effect(id: string): void {
    this.events.push({ kind: 'effect', id });
  }

  setVolumes(volumes: Volumes): void {
    this.volumes = { ...volumes };
    this.events.push({ kind: 'volumes', volumes: this.volumes });
  }

  suspend(): void {
    this.suspended = true;
    this.events.push({ kind: 'suspend' });
  }

  resume(): void {
    this.suspended = false;
    this.events.push({ kind: 'resume' });
  }

  unlock(): void {
    this.events.push({ kind: 'unlock' });
  }

  /** The level a sound on `channel` is heard at now (0 when muted). */
  level(channel: AudioChannel): number {
    return this.volumes.muted ? 0 : this.volumes.master * this.volumes[channel];
  }
}
