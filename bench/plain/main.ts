// The bench's baseline (bench/browser.ts): the same compiled story shown by inkjs and a few lines of
// DOM, nothing else. The game's time to its first line is reported as a ratio to this page's.
import { Story } from 'inkjs';

const response = await fetch('story.json');
const story = new Story((await response.text()).replace(/^\uFEFF/, ''));
const root = document.getElementById('story');
while (root && story.canContinue) {
  const line = (story.Continue() ?? '').trim();
  if (line === '') continue;
  const p = document.createElement('p');
  p.textContent = line;
  root.append(p);
  break;
}
