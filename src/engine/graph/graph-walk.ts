// The walk behind buildBranchGraph: scans each node's items in story order for tags (chapters,
// endings), choice points (with the strings ink builds for their text) and diverts to other nodes.
import { parseTag } from '../tags.ts';
import type { BranchGraph, ChoiceOptionInfo, ChoicePointInfo } from './branch-graph.ts';
import { CHOICE_FLAGS, joinChoiceText, resolvePath, TextCollector } from './choice-text.ts';
import { divertTarget, isRecordItem, walkItems } from './ink-json.ts';
import { nodeOfPath } from './story-nodes.ts';

/** What the walk of one story collects; choice texts are completed at the end (start parts come later). */
export interface GraphWalk {
  graph: BranchGraph;
  ids: ReadonlySet<string>;
  points: Map<string, ChoicePointInfo>;
  sTexts: Map<string, string>;
  starts: Map<ChoiceOptionInfo, string>;
}

/** What a walk remembers per container: ink builds tags and choice texts item by item within one. */
interface ContainerScan {
  tag: TextCollector | null;
  str: TextCollector | null;
  sRef: string | null;
  groups: { text: string; sRef: string | null }[];
}

export function walkNode(walk: GraphWalk, array: unknown[], path: string, node: string | null, skip: ReadonlySet<string>): void {
  const scans = new Map<string, ContainerScan>();
  walkItems(
    array,
    path,
    (item, itemPath, container) => {
      let scan = scans.get(container);
      if (!scan) {
        scan = { tag: null, str: null, sRef: null, groups: [] };
        scans.set(container, scan);
      }
      if (container.endsWith('.s')) walk.sTexts.set(container, (walk.sTexts.get(container) ?? '') + textOf(item));
      scanItem(walk, scan, item, itemPath, node);
    },
    skip,
  );
}

function scanItem(walk: GraphWalk, scan: ContainerScan, item: unknown, itemPath: string, node: string | null): void {
  if (item === '#') scan.tag = new TextCollector();
  else if (item === '/#' && scan.tag) {
    onTag(walk, scan.tag.text, node);
    scan.tag = null;
  } else if (scan.tag) scan.tag.add(item);
  else if (item === 'str') [scan.str, scan.sRef] = [new TextCollector(), null];
  else if (item === '/str' && scan.str) {
    scan.groups.push({ text: scan.str.text, sRef: scan.sRef });
    scan.str = null;
  } else if (scan.str) {
    const target = divertTarget(item);
    if (target) scan.sRef = resolvePath(target, itemPath);
    else scan.str.add(item);
  } else if (isRecordItem(item)) {
    if (typeof item['#'] === 'string') onTag(walk, item['#'], node);
    else if (typeof item['*'] === 'string') {
      onChoice(walk, item, itemPath, node, scan.groups);
      scan.groups = [];
    } else onDivert(walk, item, itemPath, node);
  }
}

function textOf(item: unknown): string {
  const collector = new TextCollector();
  collector.add(item);
  return collector.text;
}

function onTag(walk: GraphWalk, text: string, node: string | null): void {
  let command: ReturnType<typeof parseTag>;
  try {
    command = parseTag(text);
  } catch {
    return; // the lint reports bad tags; the map only needs the good ones
  }
  if (command.kind === 'chapter') walk.graph.chapters.push({ number: command.number, title: command.title, node });
  if (command.kind === 'ending') walk.graph.endings.push({ id: command.id, node });
}

function onChoice(
  walk: GraphWalk,
  item: Record<string, unknown>,
  path: string,
  node: string | null,
  groups: { text: string; sRef: string | null }[],
): void {
  const flags = Number(item.flg ?? 0);
  const target = resolvePath(String(item['*']), path);
  const weave = target.split('.').slice(0, -1).join('.');
  const start = flags & CHOICE_FLAGS.startContent ? groups.find((g) => g.sRef !== null) : undefined;
  const only = flags & CHOICE_FLAGS.choiceOnly ? groups.filter((g) => g.sRef === null).at(-1) : undefined;
  const option: ChoiceOptionInfo = {
    path,
    text: joinChoiceText('', only?.text ?? ''),
    onceOnly: (flags & CHOICE_FLAGS.onceOnly) !== 0,
    conditional: (flags & CHOICE_FLAGS.condition) !== 0,
    fallback: (flags & CHOICE_FLAGS.invisibleDefault) !== 0,
  };
  if (start?.sRef) walk.starts.set(option, start.sRef);
  let point = walk.points.get(weave);
  if (!point) {
    point = { path: weave, node, options: [] };
    walk.points.set(weave, point);
  }
  point.options.push(option);
}

function onDivert(walk: GraphWalk, item: Record<string, unknown>, path: string, node: string | null): void {
  const target = divertTarget(item);
  const to = target ? nodeOfPath(resolvePath(target, path), walk.ids) : null;
  if (!to || to === node) return;
  const kind = '->t->' in item ? 'tunnel' : 'divert';
  if (!walk.graph.edges.some((e) => e.from === node && e.to === to)) walk.graph.edges.push({ from: node, to, kind });
}
