// What a playthrough has seen, recorded across runs: the progress book and the map's routes.
import type Phaser from 'phaser';
import { branchGraphOf, progressOf } from '../../engine/index.ts';
import { services } from '../services.ts';
import { currentSession, storyJson } from './enter.ts';
import { recordRoutes } from './routes.ts';

/** Records what this playthrough has seen into the progress book (idempotent). */
export function recordProgress(scene: Phaser.Scene): void {
  const session = currentSession(scene);
  if (!session) return;
  const nodeIds = branchGraphOf(storyJson(scene)).nodes.map((n) => n.id);
  const svc = services(scene);
  const result = svc.progress.record(progressOf(session.playthrough, nodeIds, new Date()));
  if (!result.ok) svc.warn(result.error.message);
  recordRoutes(svc.store, session);
}
