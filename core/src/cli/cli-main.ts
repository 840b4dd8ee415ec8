/** Process entry of the `factcheck` bin: wires runCli to the real stdio. */
import { runCli } from './cli.ts';

// A reader that stops early (`factcheck figures | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
});
process.exitCode = code;
