// The engine's public surface. The front end imports from here only.
export { chapterLabel, chapterLine } from './chapter-label.ts';
export { ENDINGS, type EndingInfo } from './endings.ts';
export { EngineUsageError, InkRuntimeError, StoryError, type UsageProblem } from './errors.ts';
export { Emitter, type EngineEvents, type InkIssue, type Listener } from './events.ts';
export {
  bindExternals,
  type ExternalBinding,
  type ExternalCall,
  type ExternalTable,
  externalsInStory,
  STORY_EXTERNALS,
  unboundExternals,
} from './externals.ts';
export { type BranchGraph, branchGraphOf, buildBranchGraph, type ChoicePointInfo, type GraphEdge } from './graph/branch-graph.ts';
export { EMPTY_PROGRESS, mergeProgress, type Progress, progressOf } from './graph/progress.ts';
export { type NodeKind, nodeOfPath, type StoryNode } from './graph/story-nodes.ts';
export { INK_WARNING, type InkMessage, inkPathOf, parseInkMessage } from './ink-messages.ts';
export { Lookahead } from './lookahead.ts';
export type { ChoicePointView, HistoryEntry, Restore, TakenChoice } from './playthrough/history.ts';
export { Playthrough, type StartOptions } from './playthrough/playthrough.ts';
export { type Divergence, describeReplay, type ReplayOptions, type ReplayOutcome, replayRun } from './playthrough/replay.ts';
export { captureSave, SAVE_FORMAT, type SaveEnvelope } from './playthrough/save-envelope.ts';
export { resumeRun, type SavedPlace, type Settlement } from './playthrough/saved-place.ts';
export {
  type ChapterMark,
  INITIAL_PRESENTATION,
  type Portrait,
  type PresentationState,
  presentationAfter,
  presentationAfterAll,
} from './presentation-state.ts';
export { choiceHash, MAX_SEED, newSeed, type Run } from './run/run.ts';
export { decodeRun, encodeRun, RunDecodeError, type RunDecodeProblem } from './run/run-codec.ts';
export { SPEAKERS, splitSpeaker, unknownSpeaker } from './speakers.ts';
export { type Beat, type ChoiceOption, checkStory, loadStory, StoryEngine, type StoryEngineOptions } from './story-engine.ts';
export { storyHash } from './story-hash.ts';
export * from './tags.ts';
