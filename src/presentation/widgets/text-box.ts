// The text box: a plate across the bottom of the screen, the speaker's name plate, the words.
import type Phaser from 'phaser';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../keys.ts';
import { Colour, css, FONT, UI_FONT } from '../theme.ts';

const MARGIN = 80;
const HEIGHT = 300;

export class TextBox {
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly namePlate: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  readonly top = DESIGN_HEIGHT - HEIGHT - 40;

  constructor(scene: Phaser.Scene) {
    this.plate = scene.add.graphics();
    this.plate.fillStyle(Colour.box, 0.88).fillRoundedRect(MARGIN, this.top, DESIGN_WIDTH - 2 * MARGIN, HEIGHT, 22);
    this.plate.lineStyle(2, 0x3a4560, 1).strokeRoundedRect(MARGIN, this.top, DESIGN_WIDTH - 2 * MARGIN, HEIGHT, 22);
    this.namePlate = scene.add.graphics();
    this.name = scene.add.text(MARGIN + 60, this.top - 26, '', {
      fontFamily: UI_FONT,
      fontSize: '34px',
      color: css(Colour.ink),
      fontStyle: 'bold',
    });
    this.body = scene.add.text(MARGIN + 60, this.top + 50, '', {
      fontFamily: FONT,
      fontSize: '40px',
      color: css(Colour.paper),
      lineSpacing: 12,
      wordWrap: { width: DESIGN_WIDTH - 2 * MARGIN - 120 },
    });
    this.hint = scene.add
      .text(DESIGN_WIDTH - MARGIN - 40, this.top + HEIGHT - 30, '▼', {
        fontFamily: UI_FONT,
        fontSize: '28px',
        color: css(Colour.yellow),
      })
      .setOrigin(1, 1);
  }

  show(text: string, speaker: string | null): void {
    this.body.setText(text);
    this.name.setText(speaker ?? '');
    this.namePlate.clear();
    if (speaker) {
      this.namePlate.fillStyle(Colour.yellow, 1).fillRoundedRect(MARGIN + 36, this.top - 34, this.name.width + 48, 60, 14);
    }
    this.setVisible(true);
  }

  setHint(visible: boolean): void {
    this.hint.setVisible(visible);
  }

  setVisible(visible: boolean): void {
    for (const o of [this.plate, this.namePlate, this.name, this.body, this.hint]) o.setVisible(visible);
  }
}
