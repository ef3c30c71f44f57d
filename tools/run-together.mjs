// `node tools/run-together.mjs "<command>" "<command>" ...`: runs the commands at the same time and
// exits with the first non-zero status (after all have finished). `npm test` runs story:check beside
// the test suite this way: the explorer's CPU fills the time the browser tests spend waiting on
// Chromium, instead of adding its 15-30 s before them.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node tools/run-together.mjs "<command>" ["<command>" ...]');
  process.exit(2);
}
const statuses = await Promise.all(
  commands.map(
    (command) =>
      new Promise((resolve) => {
        const child = spawn(command, { shell: true, stdio: 'inherit' });
        child.on('error', (e) => {
          console.error(`could not start "${command}": ${e.message}`);
          resolve(1);
        });
        child.on('exit', (code, signal) => {
          if (code !== 0) console.error(`"${command}" failed (${signal ?? `exit code ${code}`})`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exit(statuses.find((s) => s !== 0) ?? 0);
