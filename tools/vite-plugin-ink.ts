// Vite plugin: compiles story/main.ink (and its INCLUDEs) with the inkjs compiler, lints it, and serves
// the result as `story.json` (a dev middleware; an emitted asset in the build). Compile and lint errors
// fail `vite build` with file and line, and show in Vite's error overlay in dev. Saving an .ink file in
// dev recompiles and sends `room7:story` to the page, which replays the player's run on the new story
// (and clears the overlay of an earlier error); a divergence is reported with its file and line.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildBranchGraph } from '../src/engine/index.ts';
import { placeKey, STORY_EVENT } from '../src/story-event.ts';
import { SourceMap } from './explore/source-map.ts';
import { compileInk, formatIssue, type InkIssue } from './ink/compile.ts';
import { compileInkFileCached } from './ink/compile-cache.ts';
import { type LintIssue, lintStory } from './ink/lint.ts';

export interface InkPluginOptions {
  /** The root ink file, relative to the project root. */
  root?: string;
  /** Where the asset manifests live (for the lint). */
  assetsDir?: string;
}

interface Compiled {
  json: string | null;
  errors: (InkIssue | LintIssue)[];
  warnings: (InkIssue | LintIssue)[];
  /**
   * "story/file.ink:LINE" of each knot and stitch (by id) and of each option (by placeKey), for messages
   * about a place: where a replay diverged.
   */
  places: Record<string, string>;
}

export const STORY_URL = 'story.json';

/**
 * Compiles and lints. `places` (each node's and option's file:line, for the dev server's divergence
 * report) needs the compiler's own runtime story, so only `withPlaces` compiles afresh; the build and
 * the tools read the compile cache (tools/ink/compile-cache.ts).
 */
export function compileAndLint(root: string, assetsDir?: string, projectRoot = process.cwd(), withPlaces = false): Compiled {
  let source: string;
  try {
    source = readFileSync(root, 'utf8');
  } catch (e) {
    const message = `cannot read ${root}: ${e instanceof Error ? e.message : String(e)}`;
    return { json: null, errors: [{ severity: 'error', file: path.basename(root), line: 0, message }], warnings: [], places: {} };
  }
  const fresh = withPlaces ? compileInk(source, root) : null;
  const compiled = fresh ?? compileInkFileCached(root);
  const listDefs = compiled.json ? JSON.parse(compiled.json.replace(/^\uFEFF/, '')).listDefs : undefined;
  const lint = compiled.json ? lintStory(root, { ...(assetsDir ? { assetsDir } : {}), listDefs }) : [];
  const errors = [...compiled.errors, ...lint.filter((i) => i.severity === 'error')];
  const warnings = [...compiled.warnings, ...lint.filter((i) => i.severity === 'warning')];
  const places: Record<string, string> = {};
  if (compiled.json && fresh?.runtime) {
    const sources = new SourceMap(fresh.runtime.mainContentContainer, path.relative(projectRoot, path.dirname(root)) || '.');
    const graph = buildBranchGraph(compiled.json);
    for (const node of graph.nodes) places[node.id] = sources.describe(node.id);
    // Each option by its place and text (placeKey): the choice point where a replay stopped.
    for (const point of graph.choicePoints) {
      for (const option of point.options) places[placeKey(point.node, option.text)] ??= sources.describe(option.path);
    }
  }
  return { json: errors.length === 0 ? compiled.json : null, errors, warnings, places };
}

export default function inkStory(options: InkPluginOptions = {}): Plugin {
  let projectRoot = process.cwd();
  let rootFile = '';
  let storyDir = '';
  let lastGood: string | null = null;
  let lastPlaces: Compiled['places'] = {};
  let lastErrors: Compiled['errors'] = [];
  let server: ViteDevServer | undefined;
  let dev = false;

  const describe = (issues: Compiled['errors']) =>
    issues.map((i) => formatIssue(i, path.relative(projectRoot, storyDir))).join('\n');

  const compile = (): Compiled => {
    const result = compileAndLint(
      rootFile,
      options.assetsDir ? path.resolve(projectRoot, options.assetsDir) : undefined,
      projectRoot,
      dev,
    );
    lastErrors = result.errors;
    if (result.json) {
      lastGood = result.json;
      lastPlaces = result.places;
    }
    return result;
  };

  const sendError = () => {
    const first = lastErrors[0];
    if (!server || !first) return;
    const message = `The story did not compile:\n${describe(lastErrors)}`;
    server.ws.send({
      type: 'error',
      err: {
        message,
        stack: '',
        id: path.join(storyDir, first.file),
        plugin: 'room7-ink',
        loc: { file: path.join(storyDir, first.file), line: first.line, column: 1 },
      },
    });
    server.ws.send({ type: 'custom', event: STORY_EVENT, data: { ok: false, errors: lastErrors, message } });
  };

  return {
    name: 'room7-ink',
    configResolved(config) {
      projectRoot = config.root;
      dev = config.command === 'serve';
      rootFile = path.resolve(projectRoot, options.root ?? 'story/main.ink');
      storyDir = path.dirname(rootFile);
    },
    buildStart() {
      const result = compile();
      for (const w of result.warnings) this.warn(formatIssue(w, path.relative(projectRoot, storyDir)));
      if (result.errors.length > 0 && !server) {
        this.error(`The story did not compile:\n${describe(result.errors)}`);
      }
      for (const file of [rootFile]) this.addWatchFile(file);
    },
    generateBundle() {
      if (lastGood) this.emitFile({ type: 'asset', fileName: STORY_URL, source: lastGood });
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(path.join(storyDir, '**/*.ink'));
      const onChange = (file: string) => {
        if (!file.endsWith('.ink')) return;
        const result = compile();
        if (result.errors.length > 0) {
          devServer.config.logger.error(`[room7-ink] ${describe(result.errors)}`);
          sendError();
        } else {
          devServer.config.logger.info(`[room7-ink] story recompiled (${path.relative(projectRoot, file)})`);
          // The page clears Vite's error overlay and replays the run; `places` lets it say where it diverged.
          devServer.ws.send({ type: 'custom', event: STORY_EVENT, data: { ok: true, places: lastPlaces } });
        }
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.ws.on('connection', () => {
        if (lastErrors.length > 0) setTimeout(sendError, 50);
      });
      devServer.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.endsWith(`/${STORY_URL}`)) return next();
        if (!lastGood && lastErrors.length === 0) compile();
        if (!lastGood) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`The story did not compile:\n${describe(lastErrors)}`);
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(lastGood);
      });
    },
  };
}
