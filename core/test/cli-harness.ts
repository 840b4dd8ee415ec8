/** Runs the CLI in-process with captured output, and writes scratch input files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'factcheck-test-'));

export function file(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** How many pieces stdout was written in. */
  writes: number;
}

export async function cli(args: string[], stdin: string | Uint8Array = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
      writes++;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: () => Promise.resolve(Buffer.from(stdin)),
    stdinIsTTY: false,
  });
  return { code, stdout, stderr, writes };
}

/** The parts of `check --json` output the tests read. */
export interface TextReportJson {
  mentions: Array<{
    text: string;
    start: number;
    end: number;
    value: number;
    verdict: string;
    figure: string | null;
    alternatives: string[];
    context: string;
  }>;
  figures: Record<string, { id: string; value: number; source: { title: string } }>;
  summary: Record<string, number>;
  input: { name: string; encoding: string };
}
