// The explorer's public surface, for the checker (tools/check), the bench (bench/run.ts) and tests.
export { type ExplorerThroughput, measureExplorerThroughput, type WalkThroughput } from './bench.ts';
export { type ExploreOptions, exploreStory } from './explore.ts';
export type { Phase } from './findings.ts';
export { type LoadedStory, type LoadResult, loadStoryFile } from './load.ts';
export type { DeadEndReport, EndingReport, ExploreReport, IssueReport, PlaceReport, RunReport } from './report.ts';
export { type InkIssue, type Line, Runner, type Segment } from './runner.ts';
export { SourceMap, type SourcePlace } from './source-map.ts';
export { formatSummary } from './summary.ts';
