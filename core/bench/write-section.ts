/**
 * Writes one benchmark's results into docs/benchmarks.md, between markers of its own, so that
 * the core, extension and add-in benchmarks each keep their section of the one file up to date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_FILE = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

const HEADER = `# Benchmarks

All numbers are from one machine of this project's kind (2 cores), each section from one run of
its command; ratios compare measurements taken in the same run. \`npm run bench\` at the root runs
all three sections.
`;

export function writeBenchmarkSection(
  name: 'core' | 'cli-startup' | 'big-input' | 'extension' | 'excel-addin',
  markdown: string,
): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let doc = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : HEADER;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  doc =
    i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(BENCHMARKS_FILE, doc);
}
