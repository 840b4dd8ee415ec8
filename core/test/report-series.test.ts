import { describe, expect, it } from 'vitest';
import { writeTextReportJson } from '../src/report/json-stream.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { formatMarkdownReport, formatTableText, formatTextReport } from '../src/report/report.ts';
import { checkTable } from '../src/check/check-table.ts';
import { formatSeriesIn, seriesOf } from '../src/report/series.ts';

const set = builtinSet();
const zh = '2023年，我国共实施汽车召回214次，涉及车辆672.8万辆。';
const en = 'In 2022, 4.488 million vehicles were recalled in China.';

describe('the text report in the mention’s language', () => {
  it('speaks Chinese for a Chinese mention: verdict word, source sentence, citation, series', () => {
    const text = formatTextReport(checkText(zh, set), zh, 'zh.txt');
    const entry = text.split('\n\n').find((e) => e.includes('"672.8万"'))!;
    expect(entry).toContain('✔ 已核实');
    expect(entry).toContain('来源：“2023年我国实施汽车召回214次 涉及车辆672.8万辆”');
    expect(entry).toContain('引用：国家市场监督管理总局，《2023年我国实施汽车召回214次 涉及车辆672.8万辆》');
    expect(entry).toContain(
      '历年：2022年：448.8万辆 · [2023年：672.8万辆] · 2024年：1123.7万辆 · 2025年：684.6万辆',
    );
  });

  it('speaks English for an English mention, quoting the Chinese notice with the English measure beside it', () => {
    const text = formatTextReport(checkText(en, set), en, 'en.txt');
    expect(text).toContain('✔ verified');
    expect(text).toMatch(/Source: "[^"]*448\.8万辆[^"]*" \[vehicles recalled/);
    expect(text).toContain(
      'Series: [2022: 4,488,000] · 2023: 6,728,000 · 2024: 11,237,000 · 2025: 6,846,000',
    );
  });

  it('puts the series in the Markdown details', () => {
    const md = formatMarkdownReport(checkText(en, set), en, 'en.txt');
    expect(md).toContain('Series: [2022: 4,488,000] · 2023: 6,728,000');
    const mdZh = formatMarkdownReport(checkText(zh, set), zh, 'zh.txt');
    expect(mdZh).toContain('历年：2022年：448.8万辆 · [2023年：672.8万辆]');
    expect(mdZh).toContain('2023年，汽车召回涉及车辆672.8万辆');
  });

  it('gives JSON mentions their series, points by date with the matched one current', async () => {
    let out = '';
    await writeTextReportJson(checkText(en, set).mentions, (t: string) => {
      out += t;
    });
    const series = JSON.parse(out).mentions[0].series as {
      points: Array<{ label: string; value: number; current: boolean }>;
    };
    expect(series.points.map((p) => [p.label, p.value, p.current])).toEqual([
      ['2022', 4_488_000, true],
      ['2023', 6_728_000, false],
      ['2024', 11_237_000, false],
      ['2025', 6_846_000, false],
    ]);
  });
});

describe('a series of changes keeps their signs', () => {
  it('shows falls as negative (2022 −48.6%, 2025 −39.1%)', () => {
    const change = set.byId('samr-2024-03-12-recalls-2023/vehicles-recalled-change')!;
    const series = seriesOf(change, set)!;
    expect(series.points.map((p) => p.value)).toEqual([-48.6, 49.9, 67, -39.1]);
    expect(formatSeriesIn(series, 'en')).toBe(
      '2021–2022: −48.6% · [2022–2023: +49.9%] · 2023–2024: +67% · 2024–2025: −39.1%',
    );
    expect(formatSeriesIn(series, 'zh')).toBe(
      '2022年：−48.6% · [2023年：+49.9%] · 2024年：+67% · 2025年：−39.1%',
    );
  });
});

describe('the sheet report', () => {
  it('shows the series of a checked cell, in Chinese for Chinese labels', () => {
    const report = checkTable(
      {
        values: [
          ['指标', '2023年'],
          ['汽车召回涉及车辆（万辆）', '672.8'],
        ],
        sheetName: '召回',
      },
      set,
    );
    const text = formatTableText(report, '召回.csv');
    expect(text).toContain('历年：2022年：448.8万辆 · [2023年：672.8万辆]');
  });
});
