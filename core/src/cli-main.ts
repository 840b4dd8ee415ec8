/** Process entry of the `factcheck` bin: wires runCli to the real stdio. */
import { runCli } from './cli.ts';

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
