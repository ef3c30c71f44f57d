// The story screen: runs the engine beat by beat and shows lines, choices and the end.
import { type Beat, type Command, StoryEngine, StoryError } from '../../engine/index.ts';
import { CacheKey, DESIGN_HEIGHT, DESIGN_WIDTH, SceneKey } from '../keys.ts';
import Phaser from '../phaser.ts';
import { services } from '../services.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';
import { ButtonList } from '../widgets/button-list.ts';
import { TextBox } from '../widgets/text-box.ts';

export class StoryScene extends Phaser.Scene {
  private engine!: StoryEngine;
  private box!: TextBox;
  private choices: ButtonList | null = null;
  private waiting: 'line' | 'choice' | 'end' = 'line';
  private chapterText!: Phaser.GameObjects.Text;

  constructor() {
    super(SceneKey.Story);
  }

  create(): void {
    const sky = this.add.graphics();
    sky.fillGradientStyle(0x1b2a44, 0x1b2a44, 0x0b1020, 0x0b1020, 1);
    sky.fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
    this.chapterText = this.add.text(80, 60, '', { fontFamily: UI_FONT, fontSize: '30px', color: css(Colour.muted) });
    this.box = new TextBox(this);
    const { mirror } = services(this);
    mirror.clearLog();
    mirror.clearOffer();
    mirror.announce('The story begins.');
    try {
      this.engine = new StoryEngine(this.cache.text.get(CacheKey.story) as string);
    } catch (e) {
      this.fail(e);
      return;
    }
    this.input.on('pointerup', (_: unknown, over: unknown[]) => {
      if (over.length === 0) this.advanceFromInput();
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if ((event.key === ' ' || event.key === 'Enter') && this.waiting === 'line') this.advanceFromInput();
    });
    this.advance();
  }

  private advanceFromInput(): void {
    if (this.waiting === 'line') this.advance();
  }

  private advance(): void {
    let beat: Beat;
    try {
      beat = this.engine.next();
    } catch (e) {
      this.fail(e);
      return;
    }
    this.apply(beat.commands);
    const { mirror } = services(this);
    if (beat.kind === 'line') {
      this.waiting = 'line';
      this.box.show(beat.text, beat.speaker);
      this.box.setHint(true);
      mirror.line(beat.text, beat.speaker);
      mirror.offer([{ label: 'Continue', onChoose: () => this.advanceFromInput() }], 'Continue');
    } else if (beat.kind === 'choices') {
      this.waiting = 'choice';
      this.box.setHint(false);
      const items = beat.choices.map((c) => ({ label: c.text, onPress: () => this.choose(c.index) }));
      this.choices = new ButtonList(this, 240, this.box.top - 40, items, {
        width: DESIGN_WIDTH - 480,
        fontSize: 34,
        numbered: true,
        gap: 14,
        anchor: 'bottom',
      });
      mirror.offer(
        items.map((i) => ({ label: i.label, onChoose: i.onPress })),
        'Choices',
      );
    } else {
      this.showEnd();
    }
  }

  private choose(index: number): void {
    if (this.waiting !== 'choice') return;
    const choice = this.choices;
    this.choices = null;
    choice?.destroy();
    try {
      this.engine.choose(index);
    } catch (e) {
      this.fail(e);
      return;
    }
    this.waiting = 'line';
    this.advance();
  }

  private apply(commands: Command[]): void {
    for (const command of commands) {
      if (command.kind === 'chapter') {
        this.chapterText.setText(command.number === 0 ? command.title : `Chapter ${command.number}: ${command.title}`);
        services(this).mirror.line(this.chapterText.text);
      }
    }
  }

  private showEnd(): void {
    this.waiting = 'end';
    this.box.setVisible(false);
    this.add
      .text(DESIGN_WIDTH / 2, 360, 'The End', { fontFamily: FONT, fontSize: '96px', color: css(Colour.paper) })
      .setOrigin(0.5);
    const items = [{ label: 'Back to the title', onPress: () => this.scene.start(SceneKey.Title) }];
    new ButtonList(this, (DESIGN_WIDTH - 520) / 2, 560, items, { width: 520 });
    const { mirror } = services(this);
    mirror.line('The End.');
    mirror.offer(
      items.map((i) => ({ label: i.label, onChoose: i.onPress })),
      'The end',
    );
  }

  private fail(e: unknown): void {
    const message = e instanceof StoryError ? e.message : `Unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    this.scene.start(SceneKey.Error, { message });
  }
}
