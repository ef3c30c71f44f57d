// The story lint: every tag must fit the grammar (src/engine/tags.ts), every speaker must be known,
// every asset a tag names must exist in the manifests, and exhibit/memory tags must name LIST items.
// It reads the .ink sources so that each problem comes with its file and line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENDINGS } from '../../src/engine/endings.ts';
import { type ExternalTable, STORY_EXTERNALS } from '../../src/engine/externals.ts';
import { unknownSpeaker } from '../../src/engine/speakers.ts';
import { type Command, parseTag, TagError } from '../../src/engine/tags.ts';

export interface LintIssue {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

export interface AssetIds {
  backgrounds: Set<string>;
  characters: Map<string, Set<string>>;
  music: Set<string>;
  ambience: Set<string>;
  sfx: Set<string>;
}

/** The ink files reachable from a root file through INCLUDE lines, in order. */
export function inkFiles(root: string): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    if (seen.includes(file)) return;
    seen.push(file);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /^\s*INCLUDE\s+(.+?)\s*$/.exec(line);
      if (m?.[1]) visit(path.join(path.dirname(root), m[1]));
    }
  };
  visit(root);
  return seen;
}

/** Splits a source line into its content and its static tags (text after unescaped `#`). */
export function tagsOnLine(line: string): { content: string; tags: string[] } {
  const code = stripComment(line);
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\' && i + 1 < code.length) {
      current += ch + code[i + 1];
      i++;
    } else if (ch === '#') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const [content = '', ...tags] = parts;
  return { content, tags: tags.map((t) => t.trim()).filter(Boolean) };
}

function stripComment(line: string): string {
  const i = line.indexOf('//');
  return i >= 0 && line[i - 1] !== ':' ? line.slice(0, i) : line;
}

const LOGIC = /^(~|=|VAR\b|CONST\b|LIST\b|INCLUDE\b|EXTERNAL\b|TODO\b|->|<-|\{|\}|\/\*|\*\/)/;

/** Reads the two asset manifests; null when the art or the audio is not there yet. */
export function readAssetIds(assetsDir: string): AssetIds | null {
  const artFile = path.join(assetsDir, 'art', 'manifest.json');
  const audioFile = path.join(assetsDir, 'audio', 'manifest.json');
  if (!existsSync(artFile) || !existsSync(audioFile)) return null;
  const art = JSON.parse(readFileSync(artFile, 'utf8'));
  const audio = JSON.parse(readFileSync(audioFile, 'utf8'));
  const characters = new Map<string, Set<string>>();
  for (const [who, expressions] of Object.entries<Record<string, string>>(art.portraits ?? {})) {
    characters.set(who, new Set(Object.keys(expressions)));
  }
  return {
    backgrounds: new Set(Object.keys(art.backgrounds ?? {})),
    characters,
    music: new Set(Object.keys(audio.music ?? {})),
    ambience: new Set(Object.keys(audio.ambience ?? {})),
    sfx: new Set(Object.keys(audio.sfx ?? {})),
  };
}

function assetProblem(cmd: Command, assets: AssetIds): string | null {
  const missing = (what: string, value: string, known: Iterable<string>) =>
    `${what} "${value}" is not in the asset manifest (known: ${[...known].join(', ')}).`;
  switch (cmd.kind) {
    case 'scene':
      return assets.backgrounds.has(cmd.background) ? null : missing('background', cmd.background, assets.backgrounds);
    case 'show': {
      const expressions = assets.characters.get(cmd.who);
      if (!expressions) return missing('character', cmd.who, assets.characters.keys());
      return expressions.has(cmd.expression) ? null : `character "${cmd.who}" has no "${cmd.expression}" portrait.`;
    }
    case 'hide':
      return cmd.who === 'all' || assets.characters.has(cmd.who) ? null : missing('character', cmd.who, assets.characters.keys());
    case 'music':
      return cmd.track === null || assets.music.has(cmd.track) ? null : missing('music', cmd.track, assets.music);
    case 'ambience':
      return cmd.loop === null || assets.ambience.has(cmd.loop) ? null : missing('ambience', cmd.loop, assets.ambience);
    case 'sfx':
      return assets.sfx.has(cmd.effect) ? null : missing('effect', cmd.effect, assets.sfx);
    default:
      return null;
  }
}

export interface LintOptions {
  /** Folder holding art/manifest.json and audio/manifest.json; omit to skip asset checks. */
  assetsDir?: string;
  /** listDefs of the compiled story, to check exhibit/memory ids. */
  listDefs?: Record<string, Record<string, number>>;
  /** The EXTERNAL bindings the game declares; default: STORY_EXTERNALS. */
  externals?: ExternalTable;
}

export function lintStory(rootFile: string, options: LintOptions = {}): LintIssue[] {
  const issues: LintIssue[] = [];
  const assets = options.assetsDir ? readAssetIds(options.assetsDir) : null;
  const rootDir = path.dirname(rootFile);
  if (options.assetsDir && !assets) {
    issues.push({
      severity: 'warning',
      file: 'assets',
      line: 0,
      message: 'asset manifests not found: asset ids were not checked.',
    });
  }
  for (const file of inkFiles(rootFile)) {
    const rel = path.relative(rootDir, file);
    const lines = readFileSync(file, 'utf8').split('\n');
    let inBlockComment = false;
    lines.forEach((source, i) => {
      const at = (severity: LintIssue['severity'], message: string) => issues.push({ severity, file: rel, line: i + 1, message });
      if (inBlockComment) {
        if (source.includes('*/')) inBlockComment = false;
        return;
      }
      if (source.trim().startsWith('/*')) {
        inBlockComment = !source.includes('*/');
        return;
      }
      const external = /^\s*EXTERNAL\s+(\w+)\s*\(/.exec(stripComment(source));
      if (external?.[1] && !Object.hasOwn(options.externals ?? STORY_EXTERNALS, external[1])) {
        at('error', `EXTERNAL ${external[1]} has no binding: add it to STORY_EXTERNALS in src/engine/externals.ts.`);
      }
      const { content, tags } = tagsOnLine(source);
      for (const tag of tags) {
        if (tag.includes('{')) continue; // a dynamic tag: checked when it runs
        try {
          const cmd = parseTag(tag);
          const problem = assets ? assetProblem(cmd, assets) : null;
          if (problem) at('error', `Tag "# ${tag}": ${problem}`);
          if (cmd.kind === 'ending' && !ENDINGS.some((e) => e.id === cmd.id)) {
            at(
              'error',
              `Tag "# ${tag}": no ending "${cmd.id}" in src/engine/endings.ts (known: ${ENDINGS.map((e) => e.id).join(', ')}).`,
            );
          }
          const listName = cmd.kind === 'exhibit' ? 'Exhibits' : cmd.kind === 'memory' ? 'Memories' : null;
          const list = listName ? options.listDefs?.[listName] : undefined;
          if (listName && list && 'id' in cmd && !(cmd.id in list)) {
            at('error', `Tag "# ${tag}": "${cmd.id}" is not an item of the ${listName} LIST.`);
          }
        } catch (e) {
          at('error', e instanceof TagError ? e.message : String(e));
        }
      }
      const text = content
        .trim()
        .replace(/^([*+-]\s*)+(\([\w]+\)\s*)?/, '')
        .trim();
      if (!text || LOGIC.test(text)) return;
      // A switch case (`- Me: ~ return`, `- 2:`, `- "a": -> x`): a value and logic, not a speaker and words.
      if (/^[^:]+:\s*(~|->|\{|$)/.test(text)) return;
      const name = unknownSpeaker(text.replace(/^\[[^\]]*\]\s*/, ''));
      if (name)
        at('error', `"${name}:" starts the line like a speaker, but "${name}" is not one (see story/README.md, Speakers).`);
    });
  }
  return issues;
}
