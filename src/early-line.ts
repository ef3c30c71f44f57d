// A run link's line, shown before the game has started (src/start.ts loads this on a run link only):
// the story parsed, the link's run replayed to the line it opens on, the line drawn in the story
// screen's text box (presentation/line-preview.ts) and put in the text version, with a Continue that
// is made as soon as the game offers its own (a11y/offer-area.ts offerAhead). Everything here needs
// the story, inkjs and the engine, and none of Phaser.
import { type Mirror, MirrorLabel } from './a11y/mirror.ts';
import { runLinkLine } from './early-start.ts';
import { Playthrough } from './engine/playthrough/playthrough.ts';
import { WebStorageStore } from './persistence/web-storage-store.ts';
import { markBoot } from './presentation/boot-marks.ts';
import { drawLinePreview } from './presentation/line-preview.ts';
import { readSettings } from './settings/settings-store.ts';

export interface RunLine {
  json: string;
  /** The link's run code and beats (`?run=` and `&at=`). */
  code: string;
  beats: number;
  mirror: Mirror;
  /** Where the box's canvas goes, and the window it is placed in. */
  parent: HTMLElement;
  viewport: { width: number; height: number; pixelRatio: number };
  storage: () => Storage;
}

/**
 * Shows the line; returns what takes it away again (the game's first screen has been drawn), or
 * null when nothing was shown: the story cannot be read, the link does not open on a line of this
 * very story, or the line takes more than one page. The game then shows it, or what is wrong.
 */
export function showRunLine(input: RunLine): (() => void) | null {
  const { json, mirror } = input;
  try {
    Playthrough.prepare(json);
    markBoot('story-parsed');
  } catch {
    return null; // not a story this game can read: the preloader says so when it opens it
  }
  const line = runLinkLine(json, input.code, input.beats);
  if (!line) return null;
  // The settings the story screen will draw with (main.ts reads them again and warns if broken).
  const settings = readSettings(new WebStorageStore(input.storage, 'room7.'), () => undefined);
  const look = { fontScale: settings.fontScale, highContrast: settings.highContrast };
  const canvas = drawLinePreview(input.parent, input.viewport, line, look);
  if (!canvas) return null;
  mirror.setLook(look);
  mirror.line(line.text, line.speaker);
  // A click on the box, or Space or Enter outside the text version, is the story screen's Continue.
  const press = mirror.offerAhead(MirrorLabel.continue);
  const onKey = (event: KeyboardEvent) => {
    if ((event.key === ' ' || event.key === 'Enter') && !(event.target as Element | null)?.closest?.('#mirror')) press();
  };
  canvas.addEventListener('pointerup', press);
  input.parent.ownerDocument.addEventListener('keydown', onKey);
  markBoot('line-preview');
  return () => {
    canvas.remove();
    input.parent.ownerDocument.removeEventListener('keydown', onKey);
  };
}
