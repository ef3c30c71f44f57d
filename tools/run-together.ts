// `tsx tools/run-together.ts "<command>" ["<command>" ...]`: runs the commands at the same time and
// exits with the first non-zero status, after all have ended. `npm test` runs the test suite this
// way beside the type-check, the lint and story:check: none needs another's output, and on a 2-core
// machine their CPU fills the time the browser tests spend waiting on Chromium instead of adding to it.
// The first command's output is shown as it comes; each other's is held and shown whole when it
// ends, so that the suite's report is not cut into by theirs. A summary of times ends the output.
import { spawn } from 'node:child_process';

interface Outcome {
  command: string;
  status: number;
  seconds: number;
}

function run(command: string, live: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const held: Buffer[] = [];
    const child = spawn(command, { shell: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    const done = (status: number, why = '') => {
      const seconds = (performance.now() - started) / 1000;
      if (!live) {
        process.stdout.write(`\n── ${command}: ${status === 0 ? 'ok' : `failed${why}`} (${seconds.toFixed(1)} s)\n`);
        process.stdout.write(Buffer.concat(held));
      }
      resolve({ command, status, seconds });
    };
    child.on('error', (e) => done(1, `: could not start (${e.message})`));
    child.on('close', (code, signal) => done(code ?? 1, signal ? ` (${signal})` : ` (exit code ${code})`));
  });
}

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: tsx tools/run-together.ts "<command>" ["<command>" ...]');
  process.exit(2);
}
const outcomes = await Promise.all(commands.map((command, i) => run(command, i === 0)));
console.log('\nrun together:');
for (const o of outcomes)
  console.log(`  ${o.status === 0 ? 'ok    ' : 'FAILED'} ${o.seconds.toFixed(1).padStart(6)} s  ${o.command}`);
process.exit(outcomes.find((o) => o.status !== 0)?.status ?? 0);
