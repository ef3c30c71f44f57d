// Scene keys and texture keys in one place, so no string is repeated across scenes.
export const SceneKey = {
  Boot: 'Boot',
  Preload: 'Preload',
  Title: 'Title',
  Story: 'Story',
  Error: 'Error',
} as const;

export const CacheKey = {
  story: 'story-json',
} as const;

export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;
