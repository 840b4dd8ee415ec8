/**
 * `factcheck` start-up: the built CLI checking one paragraph, against a bare `node -e 0`, run in
 * turn (A B A B …) so that both see the same machine; medians of wall time and their ratio.
 * Editors run the CLI in pre-publish hooks, where start-up is most of the cost.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchmarkSection } from './write-section.ts';

const RUNS = 21;
const bin = fileURLToPath(new URL('../bin/factcheck.js', import.meta.url));
const coreDir = fileURLToPath(new URL('..', import.meta.url));
execFileSync('npm', ['run', 'build', '--silent'], { cwd: coreDir, stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'factcheck-startup-'));
const paragraph = join(dir, 'paragraph.txt');
writeFileSync(
  paragraph,
  'China recalled 6.728 million defective vehicles in 2023, and by the end of the year it had 44,499 national standards.\n',
);

function wallMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cases: Array<[string, string[]]> = [
  ['factcheck check paragraph.txt', [bin, 'check', paragraph]],
  ['factcheck --help', [bin, '--help']],
  // How the CLI ran before it was built: TypeScript transpiled by tsx at every start.
  [
    'before: tsx src/cli/cli-main.ts check paragraph.txt',
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('../src/cli/cli-main.ts', import.meta.url)),
      'check',
      paragraph,
    ],
  ],
];
const rows: string[] = [];
for (const [name, args] of cases) {
  wallMs(args);
  wallMs(['-e', '0']);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const x = wallMs(args);
    const y = wallMs(['-e', '0']);
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  rows.push(
    `| \`${name}\` | ${median(a).toFixed(0)} ms | ${median(b).toFixed(0)} ms | ${median(ratios).toFixed(1)}× |`,
  );
}

const markdown = `## CLI start-up (\`npm run bench -w core\`)

The built CLI (\`core/dist/factcheck.mjs\`, bundled by esbuild on \`npm install\`) started as a
whole process, against a bare \`node -e 0\` in the same run, ${RUNS} pairs, medians of wall time
(Node ${process.version}). \`npx factcheck\` adds npm's own start-up (about 0.4 s here) on top;
hooks that call \`node_modules/.bin/factcheck\` do not pay it. Target: under 4× \`node -e 0\`.

| command | factcheck | node -e 0 | ratio (median of pairs) |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
writeBenchmarkSection('cli-startup', markdown);
console.log(markdown);
