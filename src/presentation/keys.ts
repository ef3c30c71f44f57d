// The names scenes share: scene keys (go-to.ts pairs each with the data its scene starts with) and
// the cache key of the compiled story.
export const SceneKey = {
  Boot: 'Boot',
  Preload: 'Preload',
  Title: 'Title',
  ContentNote: 'ContentNote',
  Story: 'Story',
  Menu: 'Menu',
  Info: 'Info',
  Settings: 'Settings',
  Map: 'Map',
  Slots: 'Slots',
  Error: 'Error',
} as const;

export type SceneKeyName = (typeof SceneKey)[keyof typeof SceneKey];

export const CacheKey = {
  story: 'story-json',
} as const;
