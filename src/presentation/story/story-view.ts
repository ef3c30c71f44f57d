// The story screen as Phaser draws it: the stage, the text box, the choice list over a veil, and the
// end card. It does what the controller says (ports.ts StoryView) and decides nothing itself.

import type Phaser from 'phaser';
import type { Command, EndingInfo, PresentationState } from '../../engine/index.ts';
import type { TextureLoader } from '../assets.ts';
import type { Layout } from '../layout.ts';
import { Stage } from '../stage/stage.ts';
import { S } from '../strings.ts';
import { Colour, css, FONT, type Palette } from '../theme.ts';
import { ButtonList } from '../widgets/button-list.ts';
import { TextBox } from '../widgets/text-box.ts';
import type { Item, StoryView } from './ports.ts';
import { speakerPortrait } from './speaker-portrait.ts';

/** Drawing order above the stage: the veil behind the choices, the text box, the choices, the end. */
const Depth = { veil: 20, box: 30, choices: 35, end: 50 } as const;

export class PhaserStoryView implements StoryView {
  readonly stage: Stage;
  readonly box: TextBox;
  private choices: ButtonList | null = null;
  private veil: Phaser.GameObjects.Rectangle | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    textures: TextureLoader,
    palette: Palette,
    reducedMotion: () => boolean,
  ) {
    this.stage = new Stage(scene, textures, layout, reducedMotion);
    this.box = new TextBox(scene, layout, palette).setDepth(Depth.box);
    this.box.setVisible(false);
  }

  restore(state: PresentationState): Promise<void> {
    return this.stage.restore(state);
  }

  prefetch(commands: readonly Command[]): void {
    this.stage.prefetch(commands);
  }

  apply(command: Command): Promise<void> {
    return this.stage.apply(command);
  }

  get chapterShowing(): boolean {
    return this.stage.cards.showingChapter;
  }

  skipChapter(): void {
    this.stage.cards.skipChapter();
  }

  toast(text: string): void {
    this.stage.cards.toast(text);
  }

  paginate(text: string): string[] {
    return this.box.paginate(text);
  }

  showText(text: string, speaker: string | null, charsPerSecond: number, page: number, pages: number): Promise<void> {
    const shown = this.box.show(text, speaker, charsPerSecond, page, pages);
    const who = speakerPortrait(speaker, this.stage.portraits.ids());
    this.box.nameToward(who === null ? null : this.stage.portraits.xOf(who));
    return shown;
  }

  get revealing(): boolean {
    return this.box.revealing;
  }

  completeReveal(): void {
    this.box.complete();
  }

  setHint(visible: boolean): void {
    this.box.setHint(visible);
  }

  spotlight(who: string | null): void {
    this.stage.portraits.spotlight(who);
  }

  portraitsShown(): readonly string[] {
    return this.stage.portraits.ids();
  }

  /**
   * The choices stack up from above the text box. A list too tall for the room there (many options,
   * large text, a phone) takes the text box's place too, and if need be a smaller type, so every
   * option shows whole and none is under the Menu button.
   */
  showChoices(labels: readonly string[], onChoose: (index: number) => void): void {
    this.clearChoices();
    const { width, height, margin, choicesBottom, uiSize, touchTarget, portrait } = this.layout;
    // The whole screen dims (the text box and the choices stay bright above it); the faces step back.
    this.veil = this.scene.add.rectangle(0, 0, width, height, 0x05070d, 0.5).setOrigin(0).setDepth(Depth.veil);
    this.stage.portraits.stepBack(true);
    const items = labels.map((label, i) => ({ label, onPress: () => onChoose(i) }));
    const top = (portrait ? 40 : 30) - 12 + touchTarget + 24; // below the Menu button
    let list = this.choiceList(items, choicesBottom, uiSize, 12);
    for (let size = uiSize; list.top < top && size > uiSize * 0.5; size = Math.round(size * 0.9)) {
      list.destroy();
      this.box.setVisible(false);
      // Long lists (the trial can offer a dozen things to present) also close up their gaps.
      list = this.choiceList(items, height - margin, size, items.length > 10 ? 3 : 8);
    }
    this.choices = list;
  }

  private choiceList(items: { label: string; onPress: () => void }[], bottom: number, fontSize: number, gap: number): ButtonList {
    const { width, choicesWidth, touchTarget } = this.layout;
    return new ButtonList(this.scene, (width - choicesWidth) / 2, bottom, items, {
      width: choicesWidth,
      fontSize,
      numbered: true,
      gap,
      anchor: 'bottom',
      minHeight: touchTarget,
    }).setDepth(Depth.choices);
  }

  clearChoices(): void {
    this.choices?.destroy();
    this.choices = null;
    this.veil?.destroy();
    this.veil = null;
    this.stage.portraits.stepBack(false);
  }

  showEnd(ending: EndingInfo | undefined, items: readonly Item[]): void {
    this.box.setVisible(false);
    const { width, height, margin, textSize, uiSize, touchTarget } = this.layout;
    this.scene.add.rectangle(0, 0, width, height, 0x05070d, 0.6).setOrigin(0).setDepth(Depth.end);
    this.scene.add
      .text(width / 2, height * 0.28, S.end.heading, { fontFamily: FONT, fontSize: '96px', color: css(Colour.paper) })
      .setOrigin(0.5)
      .setDepth(Depth.end + 1);
    if (ending) {
      this.scene.add
        .text(width / 2, height * 0.38, `${ending.title}\n${ending.summary}`, {
          fontFamily: FONT,
          fontSize: `${textSize}px`,
          color: css(Colour.yellow),
          align: 'center',
          wordWrap: { width: width - 2 * margin },
        })
        .setOrigin(0.5, 0)
        .setDepth(Depth.end + 1);
    }
    const buttons = items.map((i) => ({ label: i.label, onPress: i.onChoose }));
    const w = Math.min(760, width - 2 * margin);
    new ButtonList(this.scene, (width - w) / 2, height * 0.58, buttons, {
      width: w,
      fontSize: uiSize,
      minHeight: touchTarget,
    }).setDepth(Depth.end + 2);
  }
}
