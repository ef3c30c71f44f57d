// Story and save text never go into HTML as markup: no source file of the game uses an HTML sink
// (text reaches the DOM through textContent and createTextNode only, src/a11y/mirror.ts), and none
// evaluates strings as code (the Content-Security-Policy forbids it: tools/vite-plugin-csp.ts).
// tests/browser/security.test.ts shows the same in the page: markup in a save shows as text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const SINKS: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['a string as a timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|html)$/.test(entry.name) ? [full] : [];
  });
}

/** Every use of a sink in this text, as "file:line: sink". */
function sinksIn(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => SINKS.filter(([, re]) => re.test(line)).map(([name]) => `${file}:${i + 1}: ${name}`));
}

test('the scanner finds each sink it looks for', () => {
  const sample = [
    'el.innerHTML = text;',
    'el.outerHTML = text;',
    "el.insertAdjacentHTML('beforeend', text);",
    'document.write(text);',
    'range.createContextualFragment(text);',
    'new DOMParser().parseFromString(text, "text/html");',
    'frame.srcdoc = text;',
    'eval(text);',
    'new Function(text)();',
    "setTimeout('go()', 10);",
  ].join('\n');
  expect(sinksIn('sample', sample)).toHaveLength(SINKS.length);
  expect(sinksIn('sample', 'p.textContent = text; story.evaluate(x); const medieval = 1;')).toEqual([]);
});

test('no file of the game (src/, index.html) uses an HTML sink or evaluates a string', () => {
  const files = [...sourceFiles('src'), 'index.html'];
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((file) => sinksIn(file, readFileSync(file, 'utf8')));
  expect(found).toEqual([]);
});
