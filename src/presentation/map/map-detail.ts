// The map's side panel: what the focused choice point offers (taken or not yet) and its "Replay from
// here" button; with nothing focused, the totals, the legend and how to pick. Unseen choice points
// keep their options hidden: the map should not spoil what the player has not reached.
import type Phaser from 'phaser';
import type { Rect } from '../layout.ts';
import { S } from '../strings.ts';
import { Colour, css, FONT, type Palette, UI_FONT } from '../theme.ts';
import { Button } from '../widgets/button.ts';
import { chapterName } from './map-list.ts';
import type { MapChapter, MapChoicePoint, MapModel, MapNode } from './map-model.ts';

export interface Focus {
  node: string;
  point: string | null;
}

export interface Found {
  chapter: MapChapter;
  node: MapNode;
  point: MapChoicePoint | null;
}

export function findFocus(model: MapModel, focus: Focus | null): Found | null {
  if (!focus) return null;
  for (const chapter of model.chapters) {
    const node = chapter.nodes.find((n) => n.id === focus.node);
    if (node) return { chapter, node, point: node.choicePoints.find((cp) => cp.path === focus.point) ?? null };
  }
  return null;
}

export class MapDetail {
  private readonly kicker: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private replayButton: Button | null = null;
  private readonly pick: string;
  private readonly buttonsTop: number;
  /** The route the Enter key replays: the focused choice point's, when it can be replayed. */
  route: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly area: Rect,
    private readonly colours: Palette,
    private readonly size: number,
    private readonly replay: ((route: string) => void) | null,
    back: () => void,
    /** Portrait: the two buttons side by side under the text; landscape: stacked at the bottom. */
    private readonly wide: boolean,
  ) {
    // Phones (portrait) have no Tab key to speak of.
    this.pick = wide ? S.map.pickTouch : S.map.pick;
    const text = (y: number, px: number, colour: number, font: string) =>
      scene.add.text(area.x, y, '', {
        fontFamily: font,
        fontSize: `${px}px`,
        color: css(colour),
        wordWrap: { width: area.width },
      });
    this.kicker = text(area.y, Math.round(size * 0.7), colours.accent, UI_FONT);
    this.title = text(area.y + size, Math.round(size * 1.15), Colour.paper, FONT);
    this.body = text(area.y, size, colours.text, UI_FONT).setLineSpacing(6);
    const buttonH = size + 24;
    this.buttonsTop = wide ? area.y + area.height - buttonH : area.y + area.height - 2 * buttonH - 16;
    const backWidth = wide ? Math.round(area.width * 0.36) : area.width;
    const backX = wide ? area.x + area.width - backWidth : area.x;
    const backY = wide ? this.buttonsTop : this.buttonsTop + buttonH + 16;
    new Button(scene, backX, backY + 12, S.back, back, { width: backWidth, fontSize: size, palette: colours, align: 'center' });
  }

  show(model: MapModel, found: Found | null): void {
    this.replayButton?.destroy();
    this.replayButton = null;
    this.route = null;
    if (!found) {
      const t = model.totals;
      this.kicker.setText(S.map.heading.toUpperCase());
      this.title.setText('');
      this.fill([S.map.summary(t.seenChoicePoints, t.choicePoints, t.foundEndings, t.endings), '', S.map.legend, '', this.pick]);
      return;
    }
    const { chapter, node, point } = found;
    this.kicker.setText(chapterName(chapter).toUpperCase());
    // A long chapter name wraps: the title goes below however many lines it takes.
    this.title.setY(this.kicker.y + this.kicker.height + 4).setText(node.label);
    if (!point) {
      const lines = [node.seen ? '' : S.map.notReached];
      if (node.choicePoints.length === 0) lines.push(S.map.noChoices);
      else lines.push(this.pick);
      this.fill(lines.filter(Boolean));
      return;
    }
    const heading = S.map.choiceOf(point.index, node.choicePoints.length);
    if (!point.seen) {
      this.fill([`${heading}: ${S.map.notReached}.`]);
      return;
    }
    const options = point.options.map((o) => `${o.taken ? '✓' : '○'}  ${o.text}`);
    const note = this.replay ? (point.route ? null : S.map.noRoute) : S.map.replayOff;
    const head = `${heading}${point.here ? ` · ${S.map.here}` : ''}`;
    this.fill([head, ...options, '', S.map.optionKey, ...(note ? [note] : [])]);
    if (this.replay && point.route) {
      const route = point.route;
      const replay = this.replay;
      this.route = route;
      const width = this.wide ? Math.round(this.area.width * 0.6) : this.area.width;
      this.replayButton = new Button(this.scene, this.area.x, this.buttonsTop + 12, S.map.replay, () => replay(route), {
        width,
        fontSize: this.size,
        palette: this.colours,
        align: 'center',
      });
    }
  }

  /** Sets the body under the title, shrinking its type until it fits above the buttons. */
  private fill(lines: string[]): void {
    const top = this.title.text ? this.title.y + this.title.height + 16 : this.kicker.y + this.kicker.height + 16;
    this.body.setY(top);
    const room = this.buttonsTop - 20 - top;
    let px = this.size;
    this.body.setFontSize(px).setText(lines.join('\n'));
    while (this.body.height > room && px > 18) {
      px -= 2;
      this.body.setFontSize(px);
    }
  }
}
