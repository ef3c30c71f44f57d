// What the page's entry (start.ts) hands the game (main.ts): the story's text on its way; the text
// version (the mirror), made early so that a run link's line can be in it before the game starts;
// and that line drawn early (presentation/line-preview.ts), for the game's first screen to take away.
import type { Mirror } from './a11y/mirror.ts';
import { replayRun } from './engine/playthrough/replay.ts';
import { decodeRun } from './engine/run/run-codec.ts';
import type { PreviewLine } from './presentation/line-preview.ts';
import type { StoryText } from './story-source.ts';

export interface EarlyStart {
  story: Promise<StoryText>;
  mirror: Mirror;
  /** Takes the early line away: the game's first screen has been drawn over it. Once; later calls do nothing. */
  dismiss(): void;
}

/**
 * The line a run link opens on, replayed on the parsed story as the game will (play/links.ts), when
 * the game will show it as it is: the same story, every choice found, and a line (not choices or the
 * end). Otherwise null: the game shows what it has to say about the link itself.
 */
export function runLinkLine(json: string, code: string, beats: number): PreviewLine | null {
  try {
    const outcome = replayRun(json, decodeRun(code), { beats: Math.max(1, beats) });
    const beat = outcome.playthrough.current;
    if (!outcome.sameStory || outcome.divergence || beat?.kind !== 'line') return null;
    return { text: beat.text, speaker: beat.speaker };
  } catch {
    return null;
  }
}
