// The interactive player (stdin is a terminal), drawn with ink (React for command lines). The story
// text scrolls into the terminal's own scrollback (ink's <Static>); below it sit the choices and a
// panel with the story's variables. Keys: 1-9 or arrows and Enter to choose, u to undo a choice,
// r to show the run string, q or Esc to quit (the run string is printed on the way out, so the branch
// can be pinned in a test or replayed with --run). Plain createElement, no JSX: the project's
// TypeScript config has no JSX setting, and this is the only React in it.
import { Box, render, Static, Text, useApp, useInput } from 'ink';
import { createElement as h, useState } from 'react';
import type { PlaySession, Turn } from './session.ts';

interface Entry {
  key: number;
  text: string;
  color?: 'gray' | 'cyan' | 'red' | 'yellow';
}

/** The lines a turn adds to the scrollback: its text, its tags dimmed, its problems in colour. */
function entriesOf(turn: Turn, next: () => number): Entry[] {
  const out: Entry[] = [];
  for (const line of turn.lines) {
    const text = line.text.replace(/\n$/, '');
    if (text.trim() !== '') out.push({ key: next(), text });
    if (line.tags.length > 0) out.push({ key: next(), text: `# ${line.tags.join(' # ')}`, color: 'gray' });
  }
  for (const warning of turn.warnings) out.push({ key: next(), text: warning, color: 'yellow' });
  if (turn.error) out.push({ key: next(), text: turn.error, color: 'red' });
  return out;
}

const entryText = (e: Entry) => h(Text, { key: e.key, color: e.color }, e.text);

function App({ session, history }: { session: PlaySession; history: Turn[] }) {
  const { exit } = useApp();
  const [counter] = useState(() => ({ n: 0 }));
  const next = () => counter.n++;
  const [entries, setEntries] = useState<Entry[]>(() => history.flatMap((t) => entriesOf(t, next)));
  const [turn, setTurn] = useState<Turn>(() => history.at(-1) as Turn);
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState('');

  const show = (t: Turn, before: Entry[]) => {
    setEntries((all) => [...all, ...before, ...entriesOf(t, next)]);
    setTurn(t);
    setSelected(0);
  };
  const choose = (index: number) => {
    const text = turn.choices[index]?.text ?? '';
    const t = session.choose(index);
    if (t) show(t, [{ key: next(), text: `> ${text}`, color: 'cyan' }]);
  };

  useInput((input, key) => {
    setMessage('');
    if (input === 'q' || key.escape) exit();
    else if (input === 'u') {
      const t = session.undo();
      if (t) {
        setEntries((all) => [...all, { key: next(), text: '— undone: back to the last choice —', color: 'gray' }]);
        setTurn(t);
        setSelected(0);
      } else setMessage('Nothing to undo.');
    } else if (input === 'r') setMessage(`run: ${session.runString}`);
    else if (/^[1-9]$/.test(input) && Number(input) <= turn.choices.length) choose(Number(input) - 1);
    else if (key.upArrow) setSelected((s) => Math.max(0, s - 1));
    else if (key.downArrow) setSelected((s) => Math.min(turn.choices.length - 1, s + 1));
    else if (key.return && turn.choices.length > 0) choose(selected);
  });

  const choices = turn.choices.map((c, i) =>
    h(Text, { key: i, color: i === selected ? 'cyan' : undefined }, `${i === selected ? '›' : ' '} ${i + 1}. ${c.text}`),
  );
  const variables = session
    .variables()
    .map(([name, value]) => h(Text, { key: name, wrap: 'truncate-end' }, `${name} `, h(Text, { color: 'green' }, value || '—')));
  const hint = turn.ended ? 'The end. u undo · q quit' : '1-9 or ↑↓ Enter choose · u undo · r run string · q quit';
  return h(
    Box,
    { flexDirection: 'column' },
    // biome-ignore lint/correctness/noChildrenProp: <Static> renders each item with a function child, which createElement's types only accept as a prop.
    h(Static, { items: entries, children: (item: unknown) => entryText(item as Entry) }),
    h(
      Box,
      { flexDirection: 'row', marginTop: 1 },
      h(
        Box,
        { flexDirection: 'column', flexGrow: 1 },
        ...choices,
        h(Text, { dimColor: true }, hint),
        h(Text, { color: 'yellow' }, message),
      ),
      h(
        Box,
        { flexDirection: 'column', width: 34, borderStyle: 'round', paddingX: 1 },
        h(Text, { bold: true }, 'Variables'),
        ...variables,
      ),
    ),
  );
}

/** Runs the interactive player until the author quits. `history`: the turns played so far (at least one). */
export async function playInteractive(session: PlaySession, history: Turn[]): Promise<number> {
  const app = render(h(App, { session, history }), { exitOnCtrlC: true });
  await app.waitUntilExit();
  console.log(`run: ${session.runString}`);
  return session.turn?.error ? 1 : 0;
}
