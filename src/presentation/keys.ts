// Scene keys and cache keys in one place, so no string is repeated across scenes.
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
