export { SPEAKERS, splitSpeaker, unknownSpeaker } from './speakers.ts';
export { type Beat, type ChoiceOption, loadStory, StoryEngine, StoryError } from './story-engine.ts';
export * from './tags.ts';
