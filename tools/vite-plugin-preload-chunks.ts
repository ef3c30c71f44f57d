// Vite writes modulepreload links into index.html only for the entry's static imports. The entry
// (src/start.ts) is small on purpose and imports the rest dynamically; this adds links for the chunks
// of one of those imports, so that they download with the page instead of after the entry has run:
// the run link's early line (src/early-line.ts: inkjs, the engine, the text box drawn early). The
// game itself (src/main.ts, with Phaser) is left to the entry, which asks for it when it should.
// Build only (the dev server serves modules one by one).
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The chunk of `entry` (a module's path ending) and every chunk it imports statically. */
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
  return seen;
}

export default function preloadChunks(entry: string): Plugin {
  return {
    name: 'room7-preload-chunks',
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
