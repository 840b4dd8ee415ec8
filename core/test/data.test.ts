import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { verdictsOf } from './verdicts-of.ts';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FigureFileSchema, type FigureFile } from '../src/set/schema.ts';
import { BUILTIN_FILES, builtinSet } from '../src/set/builtin-set.ts';
import { extractFigures } from '../src/extract/extract.ts';
import { parseChineseNumeral } from '../src/extract/number-words.ts';

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

  it('curates about 400 figures with unique ids, each id prefixed by its source', () => {
    const set = builtinSet();
    expect(set.size).toBeGreaterThanOrEqual(390);
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

  it('finds each Chinese figure with its value and unit where the extractor reads it (known gaps listed)', () => {
    const gaps: string[] = [];
    for (const f of builtinSet().figures) {
      if (!/^zh/.test(f.source.language)) continue;
      const found = extractFigures(f.quote).some(
        (m) =>
          (m.text.includes(f.numberText) || f.numberText.includes(m.text)) &&
          Math.abs(m.value - f.value) <= 1e-6 * Math.max(1, f.value) &&
          unitFamily(m.unit) === unitFamily(f.unit),
      );
      if (!found) gaps.push(f.id);
    }
    // Forms the extractor does not read yet (core/src/extract.ts is not data; see the data README notes):
    // 十/百 before a word that is not a classifier, and "连续5年" (a span of years, read as a
    // date-like number).
    expect(gaps.sort()).toEqual(
      [
        'samr-2025-03-02-quality-2024/quality-chain-landmark-projects',
        'samr-2025-03-02-quality-2024/quality-chain-key-projects-list',
        'samr-2025-03-02-quality-2024/service-quality-satisfaction-rising-years',
      ].sort(),
    );
  });

  it('keeps the Chinese releases byte for byte as stored (sha256 of the shared source files)', () => {
    // The shared folder is not on every machine: the hashes of its files 005-014 are kept here.
    const hashes: Record<string, string> = {
      'samr-2023-03-10-recalls-2022.txt': 'd46d186df779e397d062b3ec257927f49a255b7f41939c549ef7223afccd8e80',
      'samr-2024-03-12-recalls-2023.txt': 'a8610519bb634ab7546668093b68e1fc0071951b8b708d8d8e4c99a75b608ec7',
      'samr-2025-03-18-recalls-2024.txt': '6051978999ee6f156baccb980e012e6d766c10acdc05f03b2bcc7debb93c26dc',
      'samr-2026-03-19-recalls-2025.txt': '7206ddc38875acf6efa2494b35de2719377ff26206185a5656f89ac88130f2d7',
      'cqn-2024-03-04-quality-2023.txt': '285feab392b570731af1cfdc8cf4e6a438f3e6463c52b90e2d9abb5b6dd061be',
      'samr-2025-03-02-quality-2024.txt': '4fa0925ab54bc3954b1b22a43ae72f06b851c0f766557f7405c1aafb4509696b',
      'cnca-2024-06-07-certification-testing-2023.txt':
        'd6b2a9b329dd8a5a3683757a83b240bd10d4c3959aa20294d9bf8d6bf967e4d8',
      'samr-2025-01-08-certification-testing-2024.txt':
        'f2dc11848d70e9cc43b2e94d9e6d279c9b5d99fd6ddc11f61d84b4c30e427115',
      'cnas-2024-09-03-accreditation-2024-08.txt':
        'd1224ed24b28216ca11153a7028c6a90dd02d76fcddf2da5c046d287ad642cdf',
      'samr-2023-04-19-standardization-report-2022.txt':
        '607102c59ed9491f7e5099752a7d7a6c0d7133acd8296d6216614063c875ae18',
    };
    for (const [name, hash] of Object.entries(hashes)) {
      const bytes = readFileSync(join(dataDir, 'sources', name));
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(hash);
    }
  });

  it('gives every Chinese source its copy metadata and every figure from it the measure in Chinese', () => {
    for (const { file } of parsed) {
      if (!/^zh/.test(file.source.language)) continue;
      expect(['zh-Hans', 'zh-Hant'], file.source.id).toContain(file.source.language);
      expect(file.source.titleZh, file.source.id).toBeTruthy();
      expect(file.source.copy, file.source.id).toBeDefined();
      expect(file.source.completeness, file.source.id).toBeDefined();
      expect(file.source.byline, file.source.id).toBeTruthy();
      for (const f of file.figures) {
        expect(f.measureZh, f.id).toBeTruthy();
        expect(f.keywords.zh.length, f.id).toBeGreaterThan(0);
      }
    }
  });

  it('states one unit per measure, and links changes and shares to measures of the set', () => {
    const set = builtinSet();
    const units = new Map<string, Set<string>>();
    for (const f of set.figures) units.set(f.measureKey, (units.get(f.measureKey) ?? new Set()).add(f.unit));
    const mixed = [...units].filter(([, u]) => u.size > 1).map(([k, u]) => `${k}: ${[...u].join(', ')}`);
    expect(mixed).toEqual([]);
    for (const f of set.figures) {
      for (const key of [f.changeOf, f.shareOf]) {
        if (key === undefined) continue;
        expect(set.byMeasure(key).length, `${f.id} -> ${key}`).toBeGreaterThan(0);
        expect(key).not.toBe(f.measureKey);
      }
      if (f.shareOf) expect(f.unit, f.id).toBe('percent');
      if (f.changeOf) expect(f.period.kind, f.id).toBe('change');
    }
  });

  it('rejects a share above 100%, a change without direction and a negative change', () => {
    const base = parsed.find((p) => p.name === 'samr-2024-03-12-recalls-2023.json')!.file;
    const share = structuredClone(base.figures.find((f) => f.shareOf !== undefined)!);
    share.value = 123.8;
    expect(FigureFileSchema.safeParse({ source: base.source, figures: [share] }).success).toBe(false);
    const change = structuredClone(base.figures.find((f) => f.changeOf !== undefined)!);
    delete change.changeDirection;
    expect(FigureFileSchema.safeParse({ source: base.source, figures: [change] }).success).toBe(false);
    const negative = structuredClone(base.figures.find((f) => f.changeOf !== undefined)!);
    negative.value = -4.9;
    expect(FigureFileSchema.safeParse({ source: base.source, figures: [negative] }).success).toBe(false);
  });

  it('links measures that the sources state differently, keeping each with its own source and date', () => {
    const set = builtinSet();
    // key, the values of its unscoped figures, and how many sources state them
    const pairs: Array<[string, number[], number]> = [
      ['national-measurement-benchmarks', [192, 202], 2],
      ['national-standards-total', [43027, 44499, 45000], 3],
      ['international-standard-conversion-rate', [82, 83], 2],
      ['quality-infrastructure-service-stations', [1400, 1450, 2372], 3],
      ['defective-vehicles-recalled', [4488000, 6728000, 6728000, 6728000, 6846000, 11237000], 5],
      ['vehicle-recall-campaigns', [190, 204, 214, 214, 233], 4],
      ['vehicle-recall-campaigns-total', [2628, 2842, 3075], 3],
      ['defective-vehicles-recalled-total', [95787000, 103000000, 114000000], 3],
      ['defective-consumer-products-recalled', [9966000, 10420000, 10420000], 3],
      ['vehicle-emission-recall-campaigns-total', [37, 50], 2],
      ['manufacturing-product-qualification-rate', [93.65, 93.65, 93.93], 3],
      ['certification-bodies', [1230, 1242, 1242], 2],
      ['certified-organizations', [1000000, 1020000, 1100000], 3],
      ['accredited-conformity-assessment-bodies', [17870, 19000, 19000, 19510, 20251], 3],
      ['inspection-testing-institutions', [53000, 53000, 53015, 54000], 4],
      ['inspection-testing-reports-issued', [600000000, 600000000], 2],
      ['internationally-recognized-calibration-measurement-capabilities', [1879, 1958], 2],
      ['group-standards-total', [51078, 74240], 2],
    ];
    for (const [key, values, sources] of pairs) {
      const figures = set.byMeasure(key).filter((f) => f.scope.length === 0);
      expect(
        figures.map((f) => f.value).sort((a, b) => a - b),
        key,
      ).toEqual(values);
      expect(new Set(figures.map((f) => f.sourceId)).size, key).toBe(sources);
    }
    // Sources that disagree on the same date keep both values, each with a note saying so.
    const reports2024 = set.byId('samr-2025-01-08-certification-testing-2024/inspection-testing-reports')!;
    expect(reports2024.note).toMatch(/5\.51亿/);
    const emission2024 = set.byId('samr-2025-03-18-recalls-2024/emission-recalls-total')!;
    expect(emission2024.value).toBe(37);
    expect(emission2024.note).toMatch(/40 recalls/);
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

function unitFamily(unit: string): string {
  return unit === 'score' ? 'count' : unit;
}

describe('keywords in the words writers use', () => {
  it('name the reports issued, the uses counted and the results transformed', () => {
    expect(
      verdictsOf(
        'As at 31 December 2024 the number of qualified institutions was more than 53,000, and more than 600 million reports were issued in 2024, according to SAMR.',
        '2025-03-30',
      )['600 million'],
    ).toBe('verified');
    expect(
      verdictsOf(
        'The implementation survey collected more than 830,000 records and counted nearly 81.5 million uses.',
        '2024-03-28',
      ),
    ).toEqual({ '830,000': 'verified', '81.5 million': 'verified' });
    expect(
      verdictsOf(
        'At the end of 2024 some 4.158 million valid certificates were held by about 1.1 million organisations.',
        '2025-03-01',
      )['1.1 million'],
    ).toBe('verified');
    // (The set's one national conversion rate: "the conversion rate" names it.)
    expect(
      verdictsOf(
        'The regulator said in August 2024 that the conversion rate had surpassed 83%.',
        '2025-03-01',
      )['83%'],
    ).toBe('verified');
  });
});
