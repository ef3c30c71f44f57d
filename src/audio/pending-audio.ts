// An AudioPort that stands in until the real back end exists. The game does not start howler (its
// code, and the AudioContext its first Howl creates: 60-300 ms of main thread here) before the first
// screen is drawn; until then the director's requests are held here, in order, and made on the back
// end when it comes (main.ts). If it never comes (its code failed to load), they are dropped: the
// story goes on in silence, its captions still shown.
import type { AudioPort, LoopChannel, Volumes } from '../ports/audio.ts';

type Call = { kind: keyof AudioPort; make: (port: AudioPort) => void };

/** Calls of these kinds replace a held call of the same kind just before them: only the last counts. */
const LAST_ONLY = new Set<keyof AudioPort>(['setVolumes', 'unlock']);

export class PendingAudio implements AudioPort {
  private port: AudioPort | null = null;
  /** Held calls, in order; null once the back end has come or will not come. */
  private held: Call[] | null = [];

  /** The back end is here: the held calls are made on it, in order, and later ones go straight to it. */
  attach(port: AudioPort): void {
    if (this.held === null) return;
    const held = this.held;
    this.held = null;
    this.port = port;
    for (const call of held) call.make(port);
  }

  /** No back end will come: what is held is dropped, and later calls are ignored. */
  abandon(): void {
    this.held = null;
  }

  crossfade(channel: LoopChannel, id: string | null, fadeMs: number): void {
    this.call('crossfade', (p) => p.crossfade(channel, id, fadeMs));
  }

  effect(id: string): void {
    this.call('effect', (p) => p.effect(id));
  }

  setVolumes(volumes: Volumes): void {
    const copy = { ...volumes };
    this.call('setVolumes', (p) => p.setVolumes(copy));
  }

  suspend(): void {
    this.call('suspend', (p) => p.suspend());
  }

  resume(): void {
    this.call('resume', (p) => p.resume());
  }

  unlock(): void {
    this.call('unlock', (p) => p.unlock());
  }

  private call(kind: keyof AudioPort, make: (port: AudioPort) => void): void {
    if (this.port) {
      make(this.port);
      return;
    }
    if (this.held === null) return;
    if (LAST_ONLY.has(kind) && this.held.at(-1)?.kind === kind) this.held.pop();
    this.held.push({ kind, make });
  }
}
