import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import {
  csvRowsAsTabs,
  findAlignedTables,
  findChartLines,
  findTextTables,
  wikiTablesAsTabs,
} from '../src/document/text-tables.ts';
import { extractFigures } from '../src/extract/extract.ts';
import { verdictsOf } from './verdicts-of.ts';
import { scaleOfLabel } from '../src/rules/numbers.ts';

const set = builtinSet();

describe('tables written as text', () => {
  const text = [
    'Key indicators',
    '',
    '| Indicator | 2022 | 2023 |',
    '|---|---|---|',
    '| Defective vehicles recalled | 4,488,000 | 6,728,000 |',
    '| National standards in force | 43,027 | 45,000 |',
    '',
    'Note: figures from SAMR.',
  ].join('\n');

  it('finds pipe and tab tables with the offsets of their cells', () => {
    const [table] = findTextTables(text);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Indicator', '2022', '2023'],
      ['Defective vehicles recalled', '4,488,000', '6,728,000'],
      ['National standards in force', '43,027', '45,000'],
    ]);
    const cell = table!.rows[1]![2]!;
    expect(text.slice(cell.start, cell.end)).toBe('6,728,000');
    expect(findTextTables('Measure\t2023\nNational standards\t44499\n')[0]?.rows.length).toBe(2);
    expect(findTextTables('A | B on one line only')).toEqual([]);
  });

  it('checks each number with its row label and column header', () => {
    const got = checkText(text, set).mentions.map((m) => [m.text, m.verdict]);
    expect(got).toEqual([
      ['4,488,000', 'verified'],
      ['6,728,000', 'verified'],
      ['43,027', 'verified'],
      ['45,000', 'contradicted'],
    ]);
  });

  it('checks "Indicator: value" lines by their label', () => {
    const m = checkText('2023 at a glance\nNational standards at the end of 2023: 44,499\n', set)
      .mentions[0]!;
    expect(m.verdict, m.explanation).toBe('verified');
  });
});

describe('a caption above a table written as text', () => {
  it('gives its units to the columns it names, and to the others by kind', () => {
    const text = [
      '表1　2022—2025年汽车召回车辆（车辆单位：万辆；占比单位：%）',
      '年份\t涉及车辆\t其中OTA召回\tOTA占比',
      '2024\t1123.7\t406.8\t36.2',
    ].join('\n');
    const got = Object.fromEntries(checkText(text, builtinSet()).mentions.map((m) => [m.text, m.verdict]));
    expect(got).toMatchObject({ '1123.7': 'verified', '406.8': 'verified' });
  });
});

describe('a caption in traditional characters, and a table set with ideographic spaces', () => {
  it('gives its 單位 to the columns it names', () => {
    const text = [
      '表一：內地汽車召回概況（召回次數單位：次；涉及車輛單位：萬輛）',
      '',
      '年份\u3000\u3000召回次數\u3000\u3000涉及車輛',
      '2022\u3000\u3000204\u3000\u3000\u3000448.8',
      '2025\u3000\u3000190\u3000\u3000\u3000648.6',
    ].join('\n');
    const got = Object.fromEntries(checkText(text, builtinSet()).mentions.map((m) => [m.text, m.verdict]));
    expect(got).toMatchObject({ '448.8': 'verified', '648.6': 'contradicted' });
  });
});

describe('a caption spanning years', () => {
  it('does not give its years to every row', () => {
    const text = [
      '表1　2022—2025年汽车召回车辆（车辆单位：万辆；占比单位：%）',
      '年份\t涉及车辆\t其中OTA召回\tOTA占比',
      '2023\t672.8\t171.3\t17.4',
    ].join('\n');
    const got = checkText(text, builtinSet()).mentions.find((m) => m.text === '17.4');
    expect(got?.verdict).not.toBe('contradicted');
  });
});

describe('charts written as text', () => {
  it('date each point by its year and take the caption before the first point as the measure', () => {
    const text =
      'Key findings\n\nFigure 1: Vehicles recalled in China, 2021–2024 (million units). 2021: 8.73; 2022: 4.488; 2023: 6.278; 2024: 11.237. Source: SAMR.';
    const got = checkText(text, builtinSet(), { date: '2025-04-01' }).mentions.map((m) => [
      m.text,
      m.verdict,
    ]);
    expect(got).toEqual([
      ['8.73', 'unverified'],
      ['4.488', 'verified'],
      ['6.278', 'contradicted'],
      ['11.237', 'verified'],
    ]);
  });

  it('need three points on one line', () => {
    expect(findChartLines('In 2022: 4.488 million; in 2023: 6.728 million.')).toEqual([]);
  });
});

describe('tables aligned with spaces (papers, prospectuses, plain-text mail)', () => {
  const paper = [
    'Table 1. Vehicle recalls in China by year and remedy, 2022-2025',
    '(vehicles in thousands; shares in % of vehicles recalled)',
    '',
    'Year    Vehicles  OTA recalls  OTA vehicles  OTA share',
    '2022       4,488           17           887       19.8',
    '2023       6,728            6         1,137      17.4',
    '2024      11,237           19         4,068      36.2',
  ].join('\n');

  it('reads cells parted by two spaces or more, a right-aligned header over the value columns', () => {
    const [table] = findAlignedTables(paper);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Year', 'Vehicles', 'OTA recalls', 'OTA vehicles', 'OTA share'],
      ['2022', '4,488', '17', '887', '19.8'],
      ['2023', '6,728', '6', '1,137', '17.4'],
      ['2024', '11,237', '19', '4,068', '36.2'],
    ]);
    const right = findAlignedTables(
      '                 2023      2024\nCertification bodies    1,242     1,230\nCertified organisations (mn)    1.02    1.1\n',
    );
    expect(right[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', '2023', '2024'],
      ['Certification bodies', '1,242', '1,230'],
      ['Certified organisations (mn)', '1.02', '1.1'],
    ]);
  });

  it('is no table for prose with double spaces, or lines without numbers', () => {
    expect(
      findAlignedTables(
        'The count rose.  It was 233 in 2024.\nThen it fell.  It was 190.\nSo it goes.  Or not.\n',
      ),
    ).toEqual([]);
    expect(findAlignedTables('Name    Role\nAnn    Chair\nBo    Member\n')).toEqual([]);
    expect(findAlignedTables('A    1\nB    2\n')).toEqual([]);
  });

  it("checks its cells with the caption's scale, each in its row's year", () => {
    const v = Object.fromEntries(
      checkText(paper, set).mentions.map((m) => [`${m.text}@${m.start}`, m.verdict]),
    );
    const at = (written: string, row: string) => `${written}@${paper.indexOf(written, paper.indexOf(row))}`;
    expect(v[at('4,488', '2022 ')]).toBe('verified');
    expect(v[at('17', '2022 ')]).toBe('verified');
    expect(v[at('887', '2022 ')]).toBe('verified');
    expect(v[at('1,137', '2023 ')]).toBe('contradicted'); // 1,173 thousand: digits swapped
    expect(v[at('4,068', '2024 ')]).toBe('verified');
  });

  it("leaves a study's statistics unchecked (odds ratios, confidence intervals, p-values)", () => {
    const text = [
      'Table 2. Logistic regression (n = 612 owners; CI = 95% confidence interval)',
      'Variable              Odds ratio    p',
      'OTA remedy                  2.41    <0.001',
      'New-energy vehicle          1.18    0.30',
    ].join('\n');
    expect(checkText(text, set).mentions.filter((m) => m.verdict !== 'unverified')).toEqual([]);
  });
});

describe("a scale written as '000", () => {
  it('scales the cells of its row', () => {
    const text = [
      '                                   2023      2024',
      'Certification bodies             1,242     1,230',
      "Testing institutions ('000)       53.8      53+",
    ].join('\n');
    expect(Object.fromEntries(checkText(text, set).mentions.map((m) => [m.text, m.verdict]))).toMatchObject({
      '53.8': 'approximate',
      '53': 'verified',
    });
  });
});

describe('a chart written with ideographic spaces', () => {
  it('is read as a table ("2024年　85.6" under its caption)', () => {
    const text = '图2｜制造业质量竞争力指数\n2023年　85.2\n2024年　85.6\n2025年目标　86\n';
    const tables = findAlignedTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['2023年', '85.2'],
      ['2024年', '85.6'],
      ['2025年目标', '86'],
    ]);
  });
});

describe('comma-separated rows pasted into a text', () => {
  const csv = 'year,campaigns,vehicles_recalled_wan,ota_campaigns\n2022,204,448.8,17\n2023,214,672.8,6\n';

  it('are read with their commas as field separators, offsets kept', () => {
    const read = csvRowsAsTabs(`Units as in the notices:\n${csv}That is all.`);
    expect(read).toBe(`Units as in the notices:\n${csv.replaceAll(',', '\t')}That is all.`);
    expect(extractFigures(csv).map((m) => m.text)).toEqual(['204', '448.8', '17', '214', '672.8', '6']);
  });

  it('are checked as a table, its header naming the measure and its scale (万 as "wan")', () => {
    const v = verdictsOf(csv, '2024-04-01');
    expect(v).toMatchObject({
      '204': 'verified',
      '214': 'verified',
      '448.8': 'verified',
      '672.8': 'verified',
    });
  });

  it('leave prose and numbers grouped in thousands alone', () => {
    const prose =
      'Recalls rose to 1,123,700 vehicles, and 233 campaigns.\nIn 2024,233 campaigns,1,123,700 vehicles.';
    expect(csvRowsAsTabs(prose)).toBe(prose);
    const grouped = '11,237,000\n6,728,000\n';
    expect(csvRowsAsTabs(grouped)).toBe(grouped);
    // (A line of tags over a sentence that opens with a grouped number is no table either.)
    const tagged = 'Tags:recall,SAMR,vehicles\n6,846,000 vehicles were recalled in 2025.';
    expect(csvRowsAsTabs(tagged)).toBe(tagged);
    expect(verdictsOf(tagged, '2026-04-01')['6,846,000']).toBe('verified');
  });
});

describe('a wiki table pasted into a text (a talk page)', () => {
  const wiki = [
    'Vehicles in millions:',
    '',
    '{| class="wikitable"',
    '|+ Recalls by year',
    '! Year !! Recalls !! New-energy vehicles (million)',
    '|-',
    '| 2022 || 204 || 1.212',
    '|-',
    '| 2023 || 214 || 1.630',
    '|}',
    'The 2023 cell should be 1.603.',
  ].join('\n');

  it('is written as tab-separated rows, offsets kept', () => {
    const read = wikiTablesAsTabs(wiki);
    expect(read).toHaveLength(wiki.length);
    const lines = read.split('\n');
    expect(lines[2]!.trim()).toBe('');
    expect(lines[4]).toBe('  Year \t  Recalls \t  New-energy vehicles (million)');
    expect(lines[5]).toBe('--');
    expect(lines[6]).toBe('  2022 \t  204 \t  1.212');
    expect(findTextTables(wiki)[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Year', 'Recalls', 'New-energy vehicles (million)'],
      ['2022', '204', '1.212'],
      ['2023', '214', '1.630'],
    ]);
  });

  it('is checked as a table: each cell by its row and column', () => {
    expect(verdictsOf(wiki)).toMatchObject({
      '204': 'verified',
      '1.212': 'verified',
      '214': 'verified',
      '1.630': 'contradicted',
    });
  });

  it('leaves text with no wiki table alone', () => {
    const text = 'A set {| of braces | and pipes || here';
    expect(wikiTablesAsTabs('Plain text | with a pipe')).toBe('Plain text | with a pipe');
    expect(wikiTablesAsTabs(text).length).toBe(text.length);
  });
});

describe('a scale word in a column label', () => {
  it('stands apart from "_" (a dataset\'s column name) but not from a digit before it', () => {
    expect(scaleOfLabel('vehicles_wan')).toBe(1e4);
    expect(scaleOfLabel('revenue_bn')).toBe(1e9);
    // ("1100 million" is a scale of millions, no "100 million" = 亿.)
    expect(scaleOfLabel('Revenue (1100 million)')).toBe(1e6);
    expect(scaleOfLabel('Units 110 thousand')).toBe(1e3);
  });
});

describe('a row of a table written as text', () => {
  it("reads every cell with the row's label: a swap between rows is red for both", () => {
    const rows = (industry: string, local: string) =>
      `图1：2022年底与2023年底标准存量对比（单位：项）\n行业标准\u3000\u30002022年底 78431\u3000\u30002023年底 ${industry}\n地方标准\u3000\u30002022年底 61969\u3000\u30002023年底 ${local}\n`;
    expect(verdictsOf(rows('80828', '69709'), '2024-03-28')).toMatchObject({
      '80828': 'verified',
      '69709': 'verified',
    });
    expect(verdictsOf(rows('69709', '80828'), '2024-03-28')).toMatchObject({
      '69709': 'contradicted',
      '80828': 'contradicted',
    });
  });
});
