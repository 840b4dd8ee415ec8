import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkTable } from '../src/check/check-table.ts';
import { verdictsOf } from './verdicts-of.ts';

const set = builtinSet();

describe("a table's caption", () => {
  it('is found above a blank line, as Markdown writes it', () => {
    const text = [
      'Table 2: Recalls in China by kind, 2022 (vehicle units: 10,000)',
      '',
      '| Kind | Campaigns | Vehicles, 万辆 |',
      '| --- | --- | --- |',
      '| All recalls | 204 | 448.8 |',
      '| New-energy vehicles | 47 | 121.2 |',
    ].join('\n');
    const v = verdictsOf(text, '2023-04-01');
    expect(v['448.8']).toBe('verified');
    expect(v['121.2']).toBe('verified');
  });

  it('leaves a column the writer says they worked out unchecked, in English and Chinese', () => {
    const en = checkTable(
      {
        caption: 'CNAS-accredited bodies by type, end-August 2024 ("Share, %" is our calculation)',
        values: [
          ['Type', 'Bodies', 'Share, %'],
          ['Laboratories', '18,202', '93.3'],
          ['Inspection bodies', '1,024', '5.2'],
        ],
      },
      set,
    );
    const at = (r: number, c: number) => en.cells.find((x) => x.row === r && x.col === c);
    expect(at(1, 1)?.verdict).toBe('verified');
    expect(at(1, 2)).toMatchObject({
      verdict: 'unverified',
      explanation: expect.stringMatching(/worked out/),
    });
    const zh = checkTable(
      {
        caption: '2022年OTA召回（次数单位：次；车辆单位：万辆；“平均每次”一栏为本报计算）',
        values: [
          ['类别', '召回次数', '涉及车辆', '平均每次'],
          ['OTA召回', '17', '88.7', '6'],
        ],
      },
      set,
    );
    expect(zh.cells.map((c) => c.verdict)).toEqual(['verified', 'verified', 'unverified']);
  });

  it('leaves a column whose own header says it was worked out unchecked', () => {
    const report = checkTable(
      {
        values: [
          ['Measure', 'End of 2023', 'End of 2024', 'Change (our calculation)'],
          ['Certified organisations', 'about 1.02 million', 'about 1.1 million', 'about +9%'],
        ],
      },
      set,
    );
    expect(report.cells.map((c) => c.verdict)).toEqual(['verified', 'verified', 'unverified']);
  });

  it('gives a unit keyed to a row ("revenue in RMB bn") to that row only', () => {
    const report = checkTable(
      {
        caption: 'Certification in China, end-2023 (counts; revenue in RMB bn)',
        values: [
          ['Indicator', 'End-2023'],
          ['Certification bodies', '1,242'],
          ['Certification revenue', '50.3'],
        ],
      },
      set,
    );
    expect(report.cells.map((c) => [c.checkedValue, c.verdict])).toEqual([
      [1242, 'verified'],
      [50.3e9, 'verified'],
    ]);
  });
});

describe('a label line with a unit in brackets', () => {
  it('scales the bare number under it and makes it yuan', () => {
    const v = verdictsOf(
      'Dashboard, August 2024\n\nAnnual testing revenue (RMB bn): >470\nCertification fees waived (RMB mn): nearly 40\nFees waived (RMB mn): nearly 400',
      '2024-09-20',
    );
    expect(v['470']).toBe('verified');
    expect(v['40']).toBe('verified');
    expect(v['400']).not.toBe('verified');
  });
});

describe('hedged cells under a caption', () => {
  it('reads "c.3.76" and ">10" with the caption\'s units ("growth in % y/y", "(mn)")', () => {
    const report = checkTable(
      {
        caption: 'Certification in China, end-2023 (counts; growth in % y/y)',
        values: [
          ['Indicator', 'End-2023', 'y/y growth'],
          ['Certification bodies', '1,242', '>10'],
          ['Valid certificates (mn)', 'c.3.76', 'c.12'],
        ],
      },
      set,
    );
    expect(report.cells.map((c) => [c.text, c.checkedValue, c.unit, c.verdict])).toEqual([
      ['1,242', 1242, 'count', 'verified'],
      ['10', 10, 'percent', 'verified'],
      ['3.76', 3_760_000, 'count', 'verified'],
      ['12', 12, 'percent', 'approximate'],
    ]);
  });
});

describe('a Chinese caption unit in full-width brackets', () => {
  it('makes the cells percentages ("制造业产品质量合格率（%）")', () => {
    const report = checkTable(
      {
        values: [
          ['2023年', '93.65'],
          ['2024年', '93.93'],
        ],
        caption: '图1｜我国制造业产品质量合格率（%）',
      },
      builtinSet(),
    );
    expect(report.cells.map((c) => c.verdict)).toEqual(['verified', 'verified']);
  });
});
