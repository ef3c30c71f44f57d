// The audio director: turns the story's sound commands into requests to an AudioPort, and captions
// each one. It remembers what each loop channel should be playing, so that `restore` (after a load,
// a rewind, a chapter jump or a mere resize) changes only what differs: the music that belongs to
// the restored place plays, not the last one heard, and what already plays is never restarted.
import type { Command } from '../engine/index.ts';
import type { AudioPort, LoopChannel, SoundManifest, SoundStage, SoundState } from '../ports/audio.ts';

export interface DirectorOptions {
  port: AudioPort;
  /** Read at each use: the preloader fills the manifest after the director is built. */
  manifest: () => SoundManifest;
  /** A caption for each effect and each music or ambience change (the DOM mirror, the screen). */
  onCaption: (text: string) => void;
}

/** Crossfade lengths, ms. A restore is quicker: the player has just asked to be somewhere else. */
export const FADE = { music: 2000, ambience: 2500, restore: 800 } as const;

/** Captions for a loop that stops (the manifest captions sounds, not silences). */
export const STOP_CAPTION: Record<LoopChannel, string> = {
  music: 'The music fades away',
  ambience: 'The background sounds fade',
};

export class AudioDirector implements SoundStage {
  private readonly now: SoundState = { music: null, ambience: null };

  constructor(private readonly options: DirectorOptions) {}

  /** What the director has asked each loop channel to play. */
  get state(): SoundState {
    return { ...this.now };
  }

  apply(command: Command): void {
    if (command.kind === 'music') this.loop('music', command.track, FADE.music);
    else if (command.kind === 'ambience') this.loop('ambience', command.loop, FADE.ambience);
    else if (command.kind === 'sfx') {
      this.options.port.effect(command.effect);
      this.caption('sfx', command.effect);
    }
  }

  restore(state: SoundState): void {
    this.loop('music', state.music, FADE.restore);
    this.loop('ambience', state.ambience, FADE.restore);
  }

  private loop(channel: LoopChannel, id: string | null, fadeMs: number): void {
    if (this.now[channel] === id) return;
    this.now[channel] = id;
    this.options.port.crossfade(channel, id, fadeMs);
    if (id === null) this.options.onCaption(STOP_CAPTION[channel]);
    else this.caption(channel, id);
  }

  private caption(channel: keyof SoundManifest, id: string): void {
    // The story lint checks every id against the manifest; a missing caption still says something.
    const text = this.options.manifest()[channel]?.[id]?.caption ?? id.replaceAll('_', ' ');
    this.options.onCaption(text);
  }
}
