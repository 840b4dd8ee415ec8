import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, file, type TextReportJson } from './cli-harness.ts';
import { decodeInput } from '../src/cli/read-input.ts';

const ZH = '截至2023年底，我国国家标准总数达到44499项。';
// The same sentence in GBK and (traditional) in Big5, as Chinese Windows tools save it.
const GBK = Buffer.from(
  'bdd8d6c132303233c4eab5d7a3acced2b9fab9fabcd2b1ead7bcd7dccafdb4efb5bd3434343939cfeea1a3',
  'hex',
);
const BIG5 = Buffer.from(
  'ba49a6dc32303233a67ea9b3a141a7dab0eab0eaae61bcd0b7c7c160bcc6b946a8ec3434343939b6b5a143',
  'hex',
);
const EN = 'By the end of 2023, China had 44,499 national standards.';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}

async function checkJson(path: string, ...args: string[]) {
  const run = await cli(['check', path, '--json', ...args]);
  return { ...run, report: JSON.parse(run.stdout) as TextReportJson };
}

describe('input encodings', () => {
  it.each([
    ['UTF-16 LE with a BOM', 'le' as const, 'utf-16le'],
    ['UTF-16 BE with a BOM', 'be' as const, 'utf-16be'],
  ])('reads %s and says so', async (_what, endian, name) => {
    const { report, stderr, code } = await checkJson(file(`u16${endian}.txt`, utf16(EN, endian)));
    expect(code).toBe(0);
    expect(report.input.encoding).toBe(name);
    expect(stderr).toBe(`factcheck: ${report.input.name}: read as ${name} (byte order mark)\n`);
    expect(report.mentions.map((m) => [m.text, m.verdict])).toEqual([['44,499', 'verified']]);
  });

  it.each([
    ['GBK (read as GB18030, its superset)', GBK, 'gb18030', ZH],
    ['Big5', BIG5, 'big5', '截至2023年底，我國國家標準總數達到44499項。'],
  ])('detects %s', async (_what, bytes, name, text) => {
    const { report, stderr } = await checkJson(file(`${name}.txt`, bytes));
    expect(report.input.encoding).toBe(name);
    expect(stderr).toMatch(new RegExp(`read as ${name} \\(detected\\)`));
    const m = report.mentions[0]!;
    expect(m.text).toBe('44499');
    expect(text.slice(m.start, m.end)).toBe('44499');
  });

  it('takes --encoding, and names an unknown one', async () => {
    const latin1 = file(
      'latin1.txt',
      Buffer.from('Caf\xe9: 44,499 national standards by the end of 2023.', 'latin1'),
    );
    const plain = await cli(['check', latin1]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/not valid UTF-8 text \(first bad byte at offset 3\)/);
    const named = await checkJson(latin1, '--encoding', 'latin1');
    expect(named.report.input.encoding).toBe('windows-1252');
    expect(named.report.mentions[0]?.text).toBe('44,499');
    const unknown = await cli(['check', latin1, '--encoding', 'klingon']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--encoding "klingon": not an encoding/);
  });

  it('defines offsets against the text as readFileSync(f, "utf8") returns it, BOM included', async () => {
    const path = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EN)]));
    const { report } = await checkJson(path);
    const asNodeReadsIt = readFileSync(path, 'utf8');
    expect(asNodeReadsIt.startsWith('\uFEFF')).toBe(true);
    const m = report.mentions[0]!;
    expect(asNodeReadsIt.slice(m.start, m.end)).toBe('44,499');
    expect(m.start).toBe(EN.indexOf('44,499') + 1);
    expect(report.input.encoding).toBe('utf-8');
  });

  it('still calls UTF-16 without a BOM binary, with a hint', () => {
    expect(() => decodeInput(Buffer.from(EN, 'utf16le'), 'x.txt')).toThrow(/binary.*--encoding utf-16le/);
  });
});
