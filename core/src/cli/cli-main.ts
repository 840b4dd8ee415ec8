/** Process entry of the `factcheck` bin: wires runCli to the real stdio. */
import { once } from 'node:events';
import { runCli } from './cli.ts';
import { readCapped } from './read-input.ts';

// A reader that stops early (`factcheck figures | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  // A pipe to a slower reader queues writes in memory: wait for it to drain (big JSON reports).
  stdout: (t) => (process.stdout.write(t) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (t) => process.stderr.write(t),
  readStdin: (maxBytes) => readCapped(process.stdin, maxBytes),
  stdinIsTTY: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
