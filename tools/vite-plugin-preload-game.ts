// The page's entry (src/start.ts) is small: it fetches the story and imports the game (src/main.ts,
// with Phaser) dynamically, so that a run link can parse the story while Phaser's chunk downloads.
// Vite writes modulepreload links into index.html only for the entry's static imports; this adds one
// for each chunk the game's import needs, so their download and compile start with the page, not
// when the entry has run. Build only (the dev server serves modules one by one).
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The chunk of `entry` (a module's path ending) and every chunk it imports statically, the largest first. */
export function chunksOf(bundle: OutputBundle, entry: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const root = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(entry));
  if (!root) return [];
  const seen: string[] = [];
  const visit = (fileName: string) => {
    if (seen.includes(fileName)) return;
    seen.push(fileName);
    for (const next of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(next);
  };
  visit(root.fileName);
  // The largest first (Phaser): it takes longest, and a browser opens only six connections to a
  // server speaking HTTP/1.1, so later requests may wait for one.
  const size = (fileName: string) => chunks.find((c) => c.fileName === fileName)?.code.length ?? 0;
  return seen.sort((a, b) => size(b) - size(a));
}

export default function preloadGame(entry = '/src/main.ts'): Plugin {
  return {
    name: 'room7-preload-game',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return;
        const tags: HtmlTagDescriptor[] = [];
        for (const fileName of chunksOf(ctx.bundle, entry)) {
          // Already there: the entry's own static imports, which Vite preloads itself.
          if (html.includes(`/${fileName}"`)) continue;
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' });
        }
        return tags;
      },
    },
  };
}
