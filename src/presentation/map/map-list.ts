// The branch map as words, for the DOM mirror (screen readers, keyboards) and the canvas side panel:
// what the map shows, read chapter by chapter. Pure, so it is unit-tested with the model.
import { S } from '../strings.ts';
import type { MapChapter, MapChoicePoint, MapModel, MapNode } from './map-model.ts';

export interface MapListView {
  /** Paragraphs: the summary, where you are, each chapter, the endings. */
  body: string[];
  /** Seen choice points that can be replayed, in story order: a "Replay from here" button each. */
  replays: { label: string; route: string; path: string }[];
}

export function chapterName(chapter: Pick<MapChapter, 'number' | 'title'>): string {
  return chapter.number === null ? chapter.title : `${S.map.chapter(chapter.number)}, ${chapter.title}`;
}

/** "Market, choice 2 of 3" (or just "Market, choice" when it is the scene's only one). */
export function pointName(node: MapNode, cp: MapChoicePoint): string {
  return S.map.point(node.label, cp.index, node.choicePoints.length);
}

export function optionsText(cp: MapChoicePoint): string {
  return cp.options.map((o) => S.map.option(o.text, o.taken)).join(', ');
}

function whereText(model: MapModel): string | null {
  const here = model.here;
  if (!here) return null;
  if (here.ending) {
    const ending = model.endings.find((e) => e.id === here.ending);
    return `${S.map.endings}, ${ending?.title ?? here.ending}`;
  }
  for (const chapter of model.chapters) {
    const node = chapter.nodes.find((n) => n.id === here.node);
    if (!node) continue;
    const cp = node.choicePoints.find((c) => c.path === here.choicePoint);
    return `${chapterName(chapter)}, ${cp ? pointName(node, cp) : node.label}`;
  }
  return null;
}

/** `canReplay`: the game has a replay callback; without it, seen choice points are read as paragraphs. */
export function mapListView(model: MapModel, canReplay: boolean): MapListView {
  const t = model.totals;
  const body = [S.map.summary(t.seenChoicePoints, t.choicePoints, t.foundEndings, t.endings)];
  const where = whereText(model);
  if (where) body.push(S.map.hereLine(where));
  const replays: MapListView['replays'] = [];
  for (const chapter of model.chapters) {
    const seen = chapter.nodes.filter((n) => n.seen).map((n) => (n.here ? `${n.label} (${S.map.hereShort})` : n.label));
    const points = chapter.nodes.flatMap((node) => node.choicePoints.map((cp) => ({ node, cp })));
    const unreached = points.filter((p) => !p.cp.seen).length;
    body.push(S.map.chapterLine(chapterName(chapter), seen, chapter.nodes.length - seen.length, unreached));
    for (const { node, cp } of points) {
      if (!cp.seen) continue;
      const text = `${pointName(node, cp)}${cp.here ? ` (${S.map.hereShort})` : ''}: ${optionsText(cp)}.`;
      // A button is read on its own (Tab), so it names its chapter; a paragraph follows its chapter's line.
      if (canReplay && cp.route) {
        replays.push({ label: S.map.replayLabel(`${chapterName(chapter)}, ${text}`), route: cp.route, path: cp.path });
      } else body.push(text);
    }
  }
  const found = model.endings.filter((e) => e.found).map((e) => e.title ?? e.id);
  body.push(S.map.endingsLine(found, model.endings.length - found.length));
  return { body, replays };
}
