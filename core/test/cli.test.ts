import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/cli.ts';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/factcheck.js', import.meta.url));
const sample = fileURLToPath(new URL('../../data/samples/news-article.txt', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'factcheck-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The parts of the JSON reports these tests read. */
interface FigureJson {
  id: string;
  source: { url?: string; title: string };
}
interface TextReportJson {
  mentions: Array<{ text: string; start: number; end: number; figure: string | null }>;
  figures: Record<string, FigureJson>;
  summary: Record<string, number>;
  input: { name: string; encoding: string };
}
interface CellJson {
  row: number;
  col: number;
  verdict: string;
  text: string;
  checkedValue: number;
}

async function cli(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => (stderr += t),
    readStdin: () => Promise.resolve(Buffer.from(stdin)),
    stdinIsTTY: false,
  });
  return { code, stdout, stderr };
}

const ARTICLE =
  'By the end of 2023, China had 44,499 national standards. In 2023 regulators recalled 7.28 million defective vehicles. The stadium seats 65,000 fans.';

describe('factcheck check', () => {
  it('prints a readable report with citations and exits 1 when something is contradicted', async () => {
    const { code, stdout, stderr } = await cli(['check', file('a.txt', ARTICLE)]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/✔ verified\s+"44,499"/);
    expect(stdout).toMatch(/✘ contradicted\s+"7\.28 million"/);
    expect(stdout).toMatch(/Cite: Xiao Han, "/);
    expect(stdout).toMatch(/http:\/\/en\.uicec\.com\/news\/987\.html/);
  });

  it('exits 0 when nothing is contradicted', async () => {
    const { code } = await cli([
      'check',
      file('ok.txt', 'By the end of 2023, China had 44,499 national standards.'),
    ]);
    expect(code).toBe(0);
  });

  it('--json prints exactly one JSON object: mentions, the figures they name by id, summary, input', async () => {
    const { stdout } = await cli(['check', '--json', file('b.txt', ARTICLE)]);
    const report = JSON.parse(stdout) as TextReportJson;
    expect(Object.keys(report)).toEqual(['mentions', 'figures', 'summary', 'input']);
    expect(report.input).toEqual({ name: join(dir, 'b.txt'), encoding: 'utf-8' });
    const first = report.mentions[0]!;
    for (const key of [
      'text',
      'start',
      'end',
      'value',
      'unit',
      'qualifier',
      'verdict',
      'figure',
      'alternatives',
      'explanation',
    ]) {
      expect(first).toHaveProperty(key);
    }
    expect(ARTICLE.slice(first.start, first.end)).toBe(first.text);
    expect(typeof first.figure).toBe('string');
    const figure = report.figures[first.figure!]!;
    expect(figure.id).toBe(first.figure);
    expect(figure.source.url).toMatch(/^http/);
    expect(report.summary).toMatchObject({ verified: 1, contradicted: 1, unverified: 1, total: 3 });
  });

  it('reads stdin with "-" and renders markdown', async () => {
    const { stdout, code } = await cli(['check', '-', '--format', 'markdown'], ARTICLE);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^# Figure Check: stdin/);
    expect(stdout).toMatch(/\| 1 \| 44,499 \| verified \|/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', () => dir, /is a directory/],
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['a binary file', () => file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), /binary/],
    [
      'invalid UTF-8',
      () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31])),
      /not valid UTF-8 text \(first bad byte at offset 3\)/,
    ],
  ])('rejects %s with one clear line and exit 2', async (_kind, path, message) => {
    const { code, stdout, stderr } = await cli(['check', path()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects unknown commands and options with usage', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['check', '--wat'])).stderr).toMatch(/Usage/);
  });
});

describe('report positions', () => {
  it('gives the line and column of every figure, also deep into a long text', async () => {
    const { lineIndex } = await import('../src/report/report.ts');
    const text = 'a\nbb\n\nccc 12';
    const at = lineIndex(text);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 2, column: 1 });
    expect(at(6)).toEqual({ line: 4, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 5 });
  });
});

describe('factcheck sheet', () => {
  it('checks a CSV with labels from rows and headers, 0-based cells', async () => {
    const csv = file(
      't.csv',
      'Indicator,2023,Note\nNational standards (end of year),"44,499",\nDefective vehicles recalled,7280000,\nEffective implementation rate of national standards,0.937,\n',
    );
    const { stdout, code } = await cli(['sheet', csv, '--json']);
    expect(code).toBe(1);
    const { cells } = JSON.parse(stdout) as { cells: CellJson[] };
    const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col);
    expect(at(1, 1)?.verdict).toBe('verified');
    expect(at(2, 1)?.verdict).toBe('contradicted');
    expect(at(3, 1)?.verdict).toBe('verified');
    expect(at(3, 1)?.checkedValue).toBeCloseTo(93.7);
  });

  it('checks the bundled sample sheet: text cells with figures, years as periods, one wrong value', async () => {
    const sheet = fileURLToPath(new URL('../../data/samples/sheet.csv', import.meta.url));
    const { stdout, code } = await cli(['sheet', sheet, '--json']);
    expect(code).toBe(1);
    const { cells } = JSON.parse(stdout) as {
      cells: Array<{ row: number; col: number; verdict: string; text: string }>;
    };
    // Row 1 ("44,499 standards", all text) is data, not a header; the Period column is never a figure.
    expect(cells.find((c) => c.row === 1)?.verdict).toBe('verified');
    expect(cells.every((c) => c.col === 1)).toBe(true);
    expect(cells.filter((c) => c.verdict === 'contradicted').map((c) => c.text)).toEqual(['1897']);
    expect(cells.filter((c) => c.verdict === 'verified')).toHaveLength(15);
  });

  it('reports a malformed CSV with its line', async () => {
    const { code, stderr } = await cli(['sheet', file('bad.csv', 'a,b\n1,2\n3,"4\n5,6\n')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.csv: malformed CSV at line \d+/);
  });

  it('reports a ragged CSV row with its line', async () => {
    const { code, stderr } = await cli(['sheet', file('ragged.csv', 'a,b\n1,2\n3,4,5\n')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/line 3: 3 fields where the first row has 2/);
  });
});

describe('factcheck figures', () => {
  it('--json lists the set with sources', async () => {
    const { stdout } = await cli(['figures', '--json']);
    const figures = JSON.parse(stdout) as FigureJson[];
    expect(figures.length).toBeGreaterThan(170);
    expect(figures[0]!.source.title).toBeTruthy();
  });
});

describe('the factcheck bin', () => {
  it('runs as a real process on the bundled sample article', async () => {
    mkdirSync(dir, { recursive: true });
    const result = (await run(process.execPath, [bin, 'check', sample]).catch((e: unknown) => e)) as {
      code?: number;
      stdout: string;
    };
    expect([0, 1]).toContain(result.code ?? 0);
    expect(result.stdout).toMatch(/Figure Check/);
    expect(result.stdout).toMatch(/verified/);
  }, 30_000);

  it('prints no stack trace for a missing file', async () => {
    const error = (await run(process.execPath, [bin, 'check', '/no/such/file']).catch((e: unknown) => e)) as {
      code: number;
      stderr: string;
    };
    expect(error.code).toBe(2);
    expect(error.stderr.trim()).toBe('factcheck: /no/such/file: no such file');
  }, 30_000);
});
