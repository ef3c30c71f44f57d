// The next scene's art, fetched ahead: at each choice point the backgrounds down each option
// (the engine's Lookahead) are requested at low priority, so the scene that follows draws without
// waiting on the network. Best effort: a prefetch that fails says nothing (the real load warns).
import type Phaser from 'phaser';
import { Lookahead } from '../engine/index.ts';
import { currentSession, storyJson } from './play/enter.ts';
import { services } from './services.ts';

let lookahead: { json: string; ahead: Lookahead } | null = null;

export function prefetchNextScenes(scene: Phaser.Scene): void {
  const svc = services(scene);
  const session = currentSession(scene);
  if (!svc.textures || !session) return;
  const json = storyJson(scene);
  if (lookahead?.json !== json) lookahead = { json, ahead: new Lookahead(json) };
  const here = session.presentation.background;
  const urls = lookahead.ahead
    .nextBackgrounds(session.playthrough.inkState())
    .filter((id) => id !== here && !scene.textures.exists(`bg:${id}`))
    .map((id) => svc.textures?.backgroundUrl(id))
    .filter((url): url is string => url !== undefined);
  if (urls.length > 0) svc.platform.prefetch(urls);
}
