/**
 * Big inputs through the built CLI, each run as a child process: wall time, bytes of JSON out,
 * and the child's peak resident memory (read by a preload that reports
 * `process.resourceUsage().maxRSS` at exit), against the same CLI on a one-line input.
 * Run by `npm run bench -w core` after the core benchmark (bench/run.ts imports it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBenchmarkSection } from './write-section.ts';

const bin = fileURLToPath(new URL('../bin/factcheck.js', import.meta.url));
const sourcesDir = fileURLToPath(new URL('../../data/sources/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'factcheck-big-'));
const rssFile = join(dir, 'rss');
const preload = join(dir, 'report-rss.mjs');
writeFileSync(
  preload,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.FACTCHECK_BENCH_RSS, String(process.resourceUsage().maxRSS)));
`,
);

interface Run {
  ms: number;
  code: number | null;
  outBytes: number;
  /** Peak resident set size in MB. */
  rssMb: number;
  stderr: string;
}

/** Runs the CLI with stdout piped to a reader that only counts bytes (a real pipe, with backpressure). */
function runCli(args: string[]): Promise<Run> {
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, bin, ...args], {
    env: { ...process.env, FACTCHECK_BENCH_RSS: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let outBytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (outBytes += chunk.length));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      let rssKb = Number.NaN;
      try {
        rssKb = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // The child died before its exit handler (out of memory): no peak to report.
      }
      resolve({ ms: performance.now() - t0, code, outBytes, rssMb: rssKb / 1024, stderr });
    });
  });
}

const sources = readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(sourcesDir, f), 'utf8'))
  .join('\n\n');

function textOf(mb: number): string {
  const copies = Math.ceil((mb * 1e6) / Buffer.byteLength(sources));
  return Array.from({ length: copies }, () => sources)
    .join('\n\n')
    .slice(0, mb * 1e6);
}

const LABELS = [
  'National standards (end of year)',
  'Defective vehicles recalled',
  'Effective implementation rate of national standards',
  'Certified organizations',
  'Testing and inspection bodies',
];
/** A sheet of `rows` data rows and `cols` columns (one label column): rows x cols cells. */
function sheetOf(rows: number, cols: number): string {
  const lines = [
    ['Indicator', ...Array.from({ length: cols - 1 }, (_, i) => String(2000 + (i % 25)))].join(','),
  ];
  for (let r = 1; r < rows; r++) {
    const cells = [LABELS[r % LABELS.length]!];
    for (let c = 1; c < cols; c++) cells.push(String(1000 + ((r * 7919 + c * 104729) % 90000)));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

const cases: Array<{ name: string; make: () => string; command: 'check' | 'sheet'; ext: string }> = [
  { name: '1 MB of text', make: () => textOf(1), command: 'check', ext: 'txt' },
  { name: '10 MB of text', make: () => textOf(10), command: 'check', ext: 'txt' },
  { name: '50 MB of text', make: () => textOf(50), command: 'check', ext: 'txt' },
  { name: '20 MB on one line', make: () => textOf(20).replace(/\n/g, ' '), command: 'check', ext: 'txt' },
  { name: '1.4 MB of "1,1,1,…"', make: () => '1,'.repeat(700_000), command: 'check', ext: 'txt' },
  { name: '100,000 cells (10,000 rows x 10)', make: () => sheetOf(10_000, 10), command: 'sheet', ext: 'csv' },
  {
    name: '1,000,000 cells (125,000 rows x 8)',
    make: () => sheetOf(125_000, 8),
    command: 'sheet',
    ext: 'csv',
  },
];

// Other work on the machine slows the runs down (not their memory): the load is reported.
const loadBefore = loadavg()[0]!;
const baselinePath = join(dir, 'one-line.txt');
writeFileSync(baselinePath, 'By the end of 2023, China had 44,499 national standards.\n');
const baseline = await runCli(['check', baselinePath, '--json']);
const rows: string[] = [];
for (const c of cases) {
  const path = join(dir, `input.${c.ext}`);
  writeFileSync(path, c.make());
  const mb = statSync(path).size / 1e6;
  const r = await runCli([c.command, path, '--json']);
  const ok = r.code === 0 || r.code === 1;
  const outcome = ok
    ? `${(r.outBytes / 1e6).toFixed(1)} MB of JSON`
    : `failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0] ?? ''}`;
  rows.push(
    `| ${c.name} | ${mb.toFixed(1)} MB | ${(r.ms / 1000).toFixed(1)} s | ${r.rssMb.toFixed(0)} MB | ${(r.rssMb / mb).toFixed(1)} | ${((r.rssMb - baseline.rssMb) / mb).toFixed(1)} | ${outcome} |`,
  );
  console.log(rows[rows.length - 1]);
  rmSync(path, { force: true });
}
rmSync(dir, { recursive: true, force: true });

writeBenchmarkSection(
  'big-input',
  `## Big inputs through the CLI (\`npm run bench -w core\`)

\`factcheck check|sheet FILE --json\` as a child process (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}),
stdout piped to a reader that counts bytes; peak RSS is the child's \`process.resourceUsage().maxRSS\`.
The same CLI on a one-line input peaks at ${baseline.rssMb.toFixed(0)} MB (Node and the figure set): that
fixed part dominates small inputs. Budget: at most 20 MB of RSS per MB of input.
Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${String(
    availableParallelism(),
  )} cores: times are wall-clock and grow with the load; peak memory does not.

| input | size | time | peak RSS | RSS per MB | above one-line run, per MB | output |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`,
);
