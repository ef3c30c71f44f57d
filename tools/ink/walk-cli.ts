// `npx tsx tools/ink/walk-cli.ts [story/main.ink] [runs]`: a quick random walk for authors.
// Reports endings reached, dead ends, runtime errors, choices per run and unvisited knots/stitches.
// (The full explorer is tools/explore; this is the writer's quick check.)
import { Story } from 'inkjs';
import { compileInkFile, formatIssue } from './compile.ts';

const file = process.argv[2] ?? 'story/main.ink';
const runs = Number(process.argv[3] ?? 300);
const result = compileInkFile(file);
for (const issue of [...result.errors, ...result.warnings]) console.error(formatIssue(issue));
if (!result.json) process.exit(1);

const all = JSON.parse(result.json.replace(/^\uFEFF/, ''));
const named: string[] = [];
const root = all.root;
const top = root[root.length - 1] ?? {};
for (const [k, v] of Object.entries<any>(top ?? {})) {
  if (k === '#f' || k === 'global decl') continue;
  named.push(k);
  const sub = Array.isArray(v) ? v[v.length - 1] : null;
  if (sub && typeof sub === 'object')
    for (const s of Object.keys(sub))
      if (!s.startsWith('#') && !/^\d/.test(s) && !s.startsWith('c-') && !s.startsWith('g-')) named.push(`${k}.${s}`);
}
let rng = 12345;
const rand = (n: number) => {
  rng = (rng * 1103515245 + 12345) & 0x7fffffff;
  return rng % n;
};
const endings = new Map<string, number>();
const deadEnds = new Map<string, number>();
const errors = new Set<string>();
const visited = new Set<string>();
let choiceTotal = 0;
let minChoices = Infinity;
let maxChoices = 0;
const words = new Set<string>();
for (let r = 0; r < runs; r++) {
  const story = new Story(result.json);
  story.onError = (m) => errors.add(m);
  let choices = 0;
  let ending = '';
  let lastPath = '';
  try {
    for (let guard = 0; guard < 20000; guard++) {
      while (story.canContinue) {
        const line = story.Continue() ?? '';
        words.add(line.trim());
        for (const t of story.currentTags ?? []) if (t.startsWith('ending:')) ending = t.slice(7).trim();
        const p = story.state.currentPathString;
        if (p) lastPath = p;
      }
      if (story.currentChoices.length === 0) break;
      choices++;
      story.ChooseChoiceIndex(rand(story.currentChoices.length));
    }
  } catch (e) {
    errors.add(String(e));
  }
  for (const n of named) if ((story.state.VisitCountAtPathString(n) ?? 0) > 0) visited.add(n);
  if (ending) endings.set(ending, (endings.get(ending) ?? 0) + 1);
  else deadEnds.set(lastPath, (deadEnds.get(lastPath) ?? 0) + 1);
  choiceTotal += choices;
  minChoices = Math.min(minChoices, choices);
  maxChoices = Math.max(maxChoices, choices);
}
const wordCount = [...words].join(' ').split(/\s+/).filter(Boolean).length;
console.log(`runs: ${runs}; choices per run: min ${minChoices}, mean ${(choiceTotal / runs).toFixed(1)}, max ${maxChoices}`);
console.log('endings:', Object.fromEntries(endings));
console.log('dead ends (last path, count):', Object.fromEntries(deadEnds));
console.log('runtime errors:', [...errors]);
console.log(`distinct lines seen: ${words.size}, words in them: ${wordCount}`);
const unvisited = named.filter((n) => !visited.has(n) && !/^(raise|lower|total_bonds|all_memories)$/.test(n));
console.log('knots/stitches never visited by this walk:', unvisited);
