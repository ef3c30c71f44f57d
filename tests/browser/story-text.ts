// Every line and every choice list of a compiled story, read from its JSON (not from a playthrough,
// which would see only a sample): the lines as the text box gets them (speaker split off), and each
// choice point's options as the choice list gets them. Printed values show as "…".
import { buildBranchGraph, splitSpeaker } from '../../src/engine/index.ts';

export interface StoryLine {
  speaker: string | null;
  text: string;
}

/**
 * The story's lines: literal text between line breaks, in story order, with tags and choice-only
 * text left out. Text from an inline conditional joins the line it sits in (all its branches at
 * once, which can only make a line longer than any the player sees).
 */
export function storyLines(json: string): StoryLine[] {
  const root = (JSON.parse(json.replace(/^\uFEFF/, '')) as { root: unknown[] }).root;
  const seen = new Map<string, StoryLine>();
  let buffer = '';
  let inTag = false;
  let inString = false;
  const flush = () => {
    const line = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!line) return;
    const { speaker, text } = splitSpeaker(line);
    seen.set(`${speaker}|${text}`, { speaker, text });
  };
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) {
      for (const child of item) visit(child);
      return;
    }
    if (item !== null && typeof item === 'object') {
      // A container's terminator: its named sub-containers are places of their own.
      for (const [key, value] of Object.entries(item)) {
        if (Array.isArray(value) && key !== '#f' && key !== '#n') {
          flush();
          visit(value);
          flush();
        }
      }
      return;
    }
    if (item === '#') inTag = true;
    else if (item === '/#') inTag = false;
    else if (item === 'str') inString = true;
    else if (item === '/str') inString = false;
    else if (item === '\n') flush();
    else if (inTag || inString) return;
    else if (typeof item === 'string' && item.startsWith('^')) buffer += item.slice(1);
    else if (item === 'out') buffer += '…';
  };
  visit(root);
  flush();
  return [...seen.values()];
}

/** Each choice point's options (fallbacks left out), as the choice list shows them. */
export function choiceLists(json: string): string[][] {
  return buildBranchGraph(json)
    .choicePoints.map((point) => point.options.filter((o) => !o.fallback).map((o) => o.text || '…'))
    .filter((labels) => labels.length > 0);
}
