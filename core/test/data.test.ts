import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FigureFileSchema, type FigureFile } from '../src/schema.ts';
import { BUILTIN_FILES, builtinSet } from '../src/builtin-set.ts';
import { parseChineseNumeral } from '../src/number-words.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const figureFiles = readdirSync(join(dataDir, 'figures')).filter((f) => f.endsWith('.json'));
const parsed: Array<{ name: string; file: FigureFile }> = figureFiles.map((name) => ({
  name,
  file: FigureFileSchema.parse(JSON.parse(readFileSync(join(dataDir, 'figures', name), 'utf8'))),
}));

describe('the verified figure set on disk', () => {
  it('has one figure file per archived source, and every file is part of the built-in set', () => {
    const archives = readdirSync(join(dataDir, 'sources')).filter((f) => f.endsWith('.txt'));
    expect(archives.map((a) => a.replace(/\.txt$/, '')).sort()).toEqual(
      figureFiles.map((f) => f.replace(/\.json$/, '')).sort(),
    );
    expect(BUILTIN_FILES.map((f) => f.name).sort()).toEqual([...figureFiles].sort());
  });

  it.each(figureFiles)('%s: its name is its source id and its archive exists', (name) => {
    const { file } = parsed.find((p) => p.name === name)!;
    expect(name).toBe(`${file.source.id}.json`);
    expect(file.source.archive).toBe(`${file.source.id}.txt`);
    expect(existsSync(join(dataDir, 'sources', file.source.archive!))).toBe(true);
  });

  it('quotes every figure word for word from its archived source, with the number as written there', () => {
    const problems: string[] = [];
    for (const { file } of parsed) {
      const archive = readFileSync(join(dataDir, 'sources', `${file.source.id}.txt`), 'utf8');
      for (const f of file.figures) {
        if (!archive.includes(f.quote)) problems.push(`${f.id}: quote not in archive`);
        if (!f.quote.includes(f.numberText))
          problems.push(`${f.id}: numberText "${f.numberText}" not in quote`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps archived sources free of page chrome', () => {
    for (const name of readdirSync(join(dataDir, 'sources'))) {
      const text = readFileSync(join(dataDir, 'sources', name), 'utf8');
      expect(text, name).not.toMatch(
        /Comment\(s\)|Adjust font size|Follow China\.org\.cn|分享缩略图|Add your comments/,
      );
    }
  });

  it('curates about 180 figures with unique ids, each id prefixed by its source', () => {
    const set = builtinSet();
    expect(set.size).toBeGreaterThanOrEqual(170);
    expect(new Set(set.figures.map((f) => f.id)).size).toBe(set.size);
    for (const f of set.figures) expect(f.id.startsWith(`${f.sourceId}/`)).toBe(true);
  });

  it('states each value consistently with its numberText', () => {
    const problems: string[] = [];
    for (const f of builtinSet().figures) {
      const value = numberTextValue(f.numberText);
      if (value === 'words') continue;
      if (value === undefined) problems.push(`${f.id}: cannot read numberText "${f.numberText}"`);
      else if (Math.abs(value - f.value) > 1e-6 * Math.max(1, Math.abs(f.value)))
        problems.push(`${f.id}: numberText "${f.numberText}" is ${value}, value is ${f.value}`);
      // 余 after the digits ("5.3万余", "156余万") is "more than".
      if (/余/.test(f.numberText) && f.qualifier !== 'more-than')
        problems.push(`${f.id}: "${f.numberText}" is "more than", qualifier is ${f.qualifier}`);
    }
    expect(problems).toEqual([]);
  });

  it('links measures that the sources state differently, keeping each with its own source and date', () => {
    const set = builtinSet();
    const pairs: Array<[string, number[]]> = [
      ['national-measurement-benchmarks', [192, 202]],
      ['national-standards-total', [44499, 45000]],
      ['international-standard-conversion-rate', [82, 83]],
      ['quality-infrastructure-service-stations', [1400, 1450]],
    ];
    for (const [key, values] of pairs) {
      const figures = set.byMeasure(key).filter((f) => f.scope.length === 0);
      expect(
        figures.map((f) => f.value).sort((a, b) => a - b),
        key,
      ).toEqual(values);
      expect(new Set(figures.map((f) => f.sourceId)).size, key).toBe(2);
    }
  });

  it('gives the headline measures Chinese keywords', () => {
    const set = builtinSet();
    const zh = (id: string) => set.byId(id)?.keywords.zh ?? [];
    expect(zh('samr-2024-03-27-standardization-report/national-standards-total')).toContain('国家标准');
    const recalls = set.figures.find((f) => f.measureKey.includes('defective-vehicles'))!;
    expect(recalls.keywords.zh.join(' ')).toMatch(/缺陷汽车/);
  });

  it('rejects a malformed figure file with the field that is wrong', () => {
    const bad = structuredClone(parsed[0]!.file) as unknown as { figures: Array<Record<string, unknown>> };
    bad.figures[0]!.value = 'many';
    const result = FigureFileSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['figures', 0, 'value']);
  });
});

/** Base-unit value of a number as written ("672.8万" -> 6728000, "1.03亿", "5.3万余", "45.3%", "3.3 million", "十"). */
function numberTextValue(text: string): number | 'words' | undefined {
  const en = /^([\d,]+(?:\.\d+)?)\s*(million|billion|thousand)?%?$/.exec(text);
  if (en) {
    const scale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
    return Number(en[1]!.replace(/,/g, '')) * (en[2] ? scale[en[2]]! : 1);
  }
  const zh = /^(\d+(?:\.\d+)?)\s*余?\s*([万萬亿億])?余?%?$/.exec(text);
  if (zh) {
    const scale: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
    return Number(zh[1]) * (zh[2] ? scale[zh[2]]! : 1);
  }
  if (text === '百') return 100;
  if (/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return parseChineseNumeral(text);
  if (text.toLowerCase() === 'doubled') return 2;
  return /^[A-Za-z-]+$/.test(text) ? 'words' : undefined;
}
