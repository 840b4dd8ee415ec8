import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkTable, type CellValue } from '../src/check/check-table.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const verdicts = (values: CellValue[][], caption = '') =>
  checkTable({ values, caption }, set).cells.map((c) => `${c.text} ${c.verdict}`);

describe('a table row read as a reader reads it', () => {
  const caption = '我把几个核心数字整理成一张表(单位:次、万辆):';

  it("completes a header that names no measure with the row's other headers", () => {
    expect(
      verdicts(
        [
          ['年份', '召回次数', '涉及车辆'],
          ['2022', '204', '448.8'],
          ['2023', '214', '672.8'],
        ],
        caption,
      ),
    ).toEqual(['204 verified', '448.8 verified', '214 verified', '672.8 verified']);
    // Alone, "召回次数" may count vehicle or consumer product recalls: no verdict.
    expect(
      verdicts(
        [
          ['年份', '召回次数'],
          ['2022', '204'],
        ],
        '(单位:次)',
      ),
    ).toEqual(['204 unverified']);
  });

  it('completes nothing with a label column\'s header: "Measure" names no measure', () => {
    const r = checkTable(
      {
        values: [
          ['Measure', 'Period', 'Value', 'Unit', 'Source'],
          ['Stadium capacity', '2023', 65000, 'seats', 'City'],
        ],
        sheetName: 'Standards',
      },
      set,
    );
    expect(r.cells.map((c) => c.verdict)).toEqual(['unverified']);
  });

  it('never completes a header whose own words named a figure it could not be', () => {
    const rows: CellValue[][] = [
      ['Jurisdiction', 'Campaigns', 'Vehicles affected (million)', 'Of which remote remedy (million)'],
      ['China', '233', '11.237', '4.068'],
      ['United Kingdom', '411', '1.9', '0.2'],
    ];
    const r = checkTable({ values: rows, caption: 'Table 1: Vehicle recalls, 2024' }, set);
    expect(r.cells.find((c) => c.text === '4.068')?.verdict).not.toBe('contradicted');
  });

  it("gives each column of a caption's list of units its own unit, by its header's noun", () => {
    const r = checkTable(
      {
        values: [
          ['年份', '召回次数', '涉及车辆'],
          ['2024', '233', '1123.7'],
        ],
        caption,
      },
      set,
    );
    expect(r.cells.map((c) => c.checkedValue)).toEqual([233, 11_237_000]);
  });

  it('reads a signed number in a dated row as a change and its direction', () => {
    const rows = (cell: string): CellValue[][] => [
      ['年份', '涉及车辆', '车辆数同比'],
      ['2022', '448.8', cell],
    ];
    expect(verdicts(rows('-48.6%'), caption)).toEqual(['448.8 verified', '-48.6% verified']);
    const wrongWay = checkTable({ values: rows('+48.6%'), caption }, set).cells[1];
    expect(wrongWay?.verdict).toBe('contradicted');
    expect(wrongWay?.likelyError?.kind).toBe('direction');
  });

  it('leaves a signed number in an undated row to the writer', () => {
    const r = verdicts([
      ['Indicator (unit)', 'End-2023', 'End-2024', 'YoY (%)'],
      ['Certified organisations (mn)', '1.20', '1.10', '-8.3'],
    ]);
    expect(r).toContain('-8.3 unverified');
  });

  it("reads each row of a company column as that company's, no national total", () => {
    const r = checkTable(
      {
        values: [
          ['公司', '营业收入(亿元)', '同比'],
          ['华测检测', '56.05', '+8.2%'],
          ['广电计量', '28.9', '+22%'],
        ],
        caption: '表2 部分A股检测上市公司2023年营业收入',
      },
      set,
    );
    expect(r.cells.map((c) => c.verdict)).toEqual(['unverified', 'unverified', 'unverified', 'unverified']);
    expect(r.cells[3]?.explanation).toContain('单个企业');
  });

  it("reads a cell of a hedged number with its row's unit, and never as a label of the others", () => {
    const r = checkTable(
      {
        values: [
          ['指标', '2023年底', '2024年底', '变化'],
          ['有效认证证书(万张)', '约376', '415.8余', '约+10.6%'],
          ['获证组织(万家)', '约102', '约110', '约+7.8%'],
        ],
      },
      set,
    );
    const byText = new Map(r.cells.map((c) => [c.text, c]));
    expect(byText.get('376')?.verdict).toBe('verified');
    expect(byText.get('415.8余')?.checkedValue).toBe(4_158_000);
    expect(byText.get('415.8余')?.verdict).toBe('verified');
    expect(byText.get('110')?.verdict).toBe('verified');
  });

  it('judges identical cells once, with the verdicts each would get alone', () => {
    const header = ['Defective vehicles recalled', 'National standards in force'];
    const rows: CellValue[][] = Array.from({ length: 40 }, (_, r) =>
      r % 3 === 0 ? [6728000, 44499] : r % 3 === 1 ? [1, 44500] : [7400000, 12],
    );
    const together = checkTable({ values: [header, ...rows] }, set).cells.map((c) => c.verdict);
    const alone = rows.flatMap((row) =>
      checkTable({ values: [header, row] }, set).cells.map((c) => c.verdict),
    );
    expect(together).toEqual(alone);
    expect(new Set(together)).toEqual(new Set(['verified', 'unverified', 'approximate', 'contradicted']));
  });

  it('reads a table written with spaces in a text the same way', () => {
    const text = [
      '市场监管总局每年3月发布上一年的召回通告。我把几个核心数字整理成一张表(单位:次、万辆):',
      '',
      '年份    召回次数    涉及车辆      车辆数同比',
      '2022    204         448.8         -48.6%',
      '2023    214         672.8         +49.9%',
      '2024    233         1123.7        +67%',
      '',
    ].join('\n');
    const r = checkText(text, set, { date: '2026-03-25' });
    expect(r.mentions.filter((m) => m.verdict === 'verified').map((m) => m.text)).toEqual([
      '204',
      '448.8',
      '48.6%',
      '214',
      '672.8',
      '49.9%',
      '233',
      '1123.7',
      '67%',
    ]);
  });
});
