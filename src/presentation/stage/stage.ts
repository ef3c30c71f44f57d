// The stage: background, particles, portraits and cards in their layers, driven by commands.
// `restore` draws a playthrough's PresentationState at once (after a resize, a load or a rewind).
import type Phaser from 'phaser';
import { type Command, INITIAL_PRESENTATION, type PresentationState, presentationAfter } from '../../engine/index.ts';
import type { TextureLoader } from '../assets.ts';
import type { Layout } from '../layout.ts';
import { BackgroundLayer } from './background.ts';
import { Cards } from './cards.ts';
import { LoadingHint } from './loading-hint.ts';
import { ParticleLayer } from './particles.ts';
import { PortraitLayer } from './portraits.ts';
import { particlesFor } from './weather.ts';

export class Stage {
  private readonly background: BackgroundLayer;
  private readonly particles: ParticleLayer;
  readonly portraits: PortraitLayer;
  readonly cards: Cards;
  private state: PresentationState = INITIAL_PRESENTATION;
  private restoring: Promise<void> = Promise.resolve();
  private readonly textures: TextureLoader;

  constructor(
    private readonly scene: Phaser.Scene,
    textures: TextureLoader,
    private readonly layout: Layout,
    private readonly reducedMotion: () => boolean,
  ) {
    const layer = () => scene.add.container(0, 0);
    const [bg, px, pt] = [layer(), layer(), layer()];
    // Art that takes a while to arrive shows a hint, so the screen never looks frozen.
    this.textures = new LoadingHint(scene, layout).watch(textures);
    textures = this.textures;
    const context = (layer: Phaser.GameObjects.Container) => ({ scene, layer, textures, layout, reducedMotion });
    this.background = new BackgroundLayer(context(bg));
    this.particles = new ParticleLayer(context(px));
    this.portraits = new PortraitLayer(context(pt));
    // Cards sit above everything the scene adds later (the text box, choices): depth, not order.
    this.cards = new Cards(scene, layer().setDepth(100), layout, reducedMotion);
  }

  /**
   * Starts loading the art these commands will want, all at once, so it arrives while a chapter
   * card or a transition runs instead of one piece after another.
   */
  prefetch(commands: readonly Command[]): void {
    const wanted = commands.map((c) =>
      c.kind === 'scene'
        ? this.textures.wantBackground(c.background, this.layout)
        : c.kind === 'show'
          ? this.textures.wantPortrait(c.who, c.expression, this.layout.portraitHeight)
          : null,
    );
    if (wanted.some((w) => w !== null)) void this.textures.ensure(this.scene, wanted);
  }

  /**
   * Draws a state at once. The story screen shows its line meanwhile, so a command that arrives
   * before the art has loaded waits for it (apply), and the restored art never lands on top of newer.
   */
  restore(state: PresentationState): Promise<void> {
    this.state = state;
    this.restoring = this.draw(state);
    return this.restoring;
  }

  private async draw(state: PresentationState): Promise<void> {
    if (state.background) await this.background.show(state.background, 'cut');
    await this.particles.set(particlesFor(state.background, state.particles));
    await this.portraits.restore(state.portraits);
  }

  /** Applies one command; resolves when its transition has finished. */
  async apply(command: Command): Promise<void> {
    this.state = presentationAfter(this.state, command);
    await this.restoring;
    switch (command.kind) {
      case 'scene':
        this.portraits.hide('all');
        void this.particles.set('none');
        await this.background.show(command.background, command.transition);
        return;
      case 'show':
        await this.portraits.show(command.who, command.expression, command.position);
        return;
      case 'hide':
        this.portraits.hide(command.who);
        return;
      case 'particles':
        await this.particles.set(particlesFor(this.state.background, command.particles));
        return;
      case 'chapter':
        await this.cards.showChapter(command.number, command.title);
        return;
      case 'card':
        this.cards.showCaption(command.text);
        return;
      case 'fx':
        this.effect(command.effect);
        return;
      default:
        return;
    }
  }

  private effect(effect: 'shake' | 'flash' | 'blackout'): void {
    if (this.reducedMotion()) return;
    const camera = this.scene.cameras.main;
    if (effect === 'shake') camera.shake(320, 0.006);
    else if (effect === 'flash') camera.flash(380, 255, 250, 235);
    else {
      camera.fadeOut(500, 0, 0, 0);
      this.scene.time.delayedCall(1100, () => camera.fadeIn(700, 0, 0, 0));
    }
  }
}
