// Parsing the compiled story is most of what starting a playthrough costs (new Story(json): about
// 90-160 ms for the real story's 312 kB here), while what it builds, the tree of containers and the
// list definitions, never changes while the story runs: inkjs keeps everything a run changes in
// story.state. So the last story parsed is kept, and a new Story for the same JSON shares its tree
// (inkjs's Story(contentContainer, lists) constructor, then ResetState as the JSON constructor does):
// 0.06 ms instead of a parse. A load, a rewind by replay, a run link and a new game all start this way.
// One story is kept (the game runs one; hot reload replaces it). The one thing that grows on it is
// inkjs's own cache of the paths it resolves, on the objects play reaches: once per object, never past
// the story (the real story: 1,920 of its 15,942 objects after a run, 0.28 MB of heap; 2,512 after
// 150 random runs; all of them would be 5.3 MB), just as a freshly parsed story would warm again.
import { Story } from 'inkjs';

interface Parsed {
  json: string;
  container: Story['mainContentContainer'];
  lists: NonNullable<Story['listDefinitions']>['lists'] | null;
}

let last: Parsed | null = null;

/** A fresh Story (its own state) for `json`, sharing the parsed tree when `json` was parsed last. */
export function storyFor(json: string, parse: (json: string) => Story): Story {
  if (last !== null && last.json === json) {
    const story = new Story(last.container, last.lists);
    story.ResetState();
    return story;
  }
  const story = parse(json);
  last = { json, container: story.mainContentContainer, lists: story.listDefinitions?.lists ?? null };
  return story;
}

/** Parses `json` unless it is the story parsed last; makes no Story when it is (a check that it reads). */
export function ensureParsed(json: string, parse: (json: string) => Story): void {
  if (last === null || last.json !== json) storyFor(json, parse);
}

/** A value derived from the story JSON (its hash, its nodes), computed once for the last story seen. */
export function perStory<T>(derive: (json: string) => T): (json: string) => T {
  let memo: { json: string; value: T } | null = null;
  return (json) => {
    if (memo === null || memo.json !== json) memo = { json, value: derive(json) };
    return memo.value;
  };
}
