import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import {
  citationFor,
  describeFigureIn,
  formatCitationIn,
  formatNumberZh,
  formatOfficialValueIn,
  languageOf,
  shortAttributionIn,
} from '../src/report/language.ts';
import { formatSeriesIn, seriesOf } from '../src/report/series.ts';

const set = builtinSet();
const figure = (id: string) => {
  const f = set.byId(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const recalled2023 = figure('samr-2024-03-12-recalls-2023/vehicles-recalled');
const recalled2023En = figure('scio-2024-01-31-quality-powered-nation/defective-vehicles-recalled');
const standards2023En = figure('samr-2024-03-27-standardization-report/national-standards-total');

describe('the language to answer in', () => {
  it('is Chinese for a Chinese sentence and English otherwise', () => {
    expect(languageOf('2023年，我国共实施汽车召回214次')).toBe('zh');
    expect(languageOf('In 2023, 6.728 million vehicles were recalled.')).toBe('en');
  });
});

describe('Chinese numbers as the sources write them', () => {
  it('uses 万 and 亿 where the value is round in them, plain digits otherwise', () => {
    expect(formatNumberZh(6_728_000)).toBe('672.8万');
    expect(formatNumberZh(103_000_000)).toBe('1.03亿');
    expect(formatNumberZh(470_000_000_000)).toBe('4700亿');
    expect(formatNumberZh(44_499)).toBe('44499');
    expect(formatNumberZh(2_621_816)).toBe('2621816');
    expect(formatNumberZh(19_000)).toBe('1.9万');
  });

  it('carries the hedge and the classifier of the Chinese source', () => {
    expect(formatOfficialValueIn(recalled2023, 'zh')).toBe('672.8万辆');
    expect(formatOfficialValueIn(figure('samr-2024-03-12-recalls-2023/vehicles-recalled-total'), 'zh')).toBe(
      '1.03亿辆',
    );
    expect(
      formatOfficialValueIn(figure('cnas-2024-09-03-accreditation-2024-08/headline-accredited-bodies'), 'zh'),
    ).toBe('超过1.9万家');
    expect(
      formatOfficialValueIn(
        figure('cqn-2024-03-04-quality-2023/manufacturing-product-quality-pass-rate-change'),
        'zh',
      ),
    ).toBe('0.36个百分点');
    expect(formatOfficialValueIn(recalled2023, 'en')).toBe('6,728,000');
  });
});

describe('a figure described in Chinese', () => {
  it('names the period and the Chinese measure', () => {
    expect(describeFigureIn(recalled2023, 'zh')).toBe('2023年，汽车召回涉及车辆672.8万辆');
    expect(
      describeFigureIn(figure('cnas-2024-09-03-accreditation-2024-08/headline-accredited-bodies'), 'zh'),
    ).toBe('截至2024年8月底，CNAS认可各类机构超过1.9万家');
    expect(describeFigureIn(figure('samr-2024-03-12-recalls-2023/vehicles-recalled-change'), 'zh')).toBe(
      '2023年，汽车召回涉及车辆比上年增长49.9%',
    );
  });
});

describe('citations', () => {
  it('cite a Chinese source in Chinese: issuing body, Chinese title, publisher of the copy, dates, byline', () => {
    const text = formatCitationIn(recalled2023, 'zh');
    expect(text).toContain('国家市场监督管理总局');
    expect(text).toContain('《2023年我国实施汽车召回214次 涉及车辆672.8万辆》');
    expect(text).toContain('经济参考报（转载）');
    expect(text).toContain('2024年3月12日发布，2024年3月13日刊载');
    expect(text).toContain('来源:经济参考报');
  });

  it('attribute briefly in either language', () => {
    expect(shortAttributionIn(recalled2023, 'zh')).toBe('国家市场监督管理总局，2024年3月13日');
    expect(shortAttributionIn(recalled2023, 'en')).toBe('SAMR, 2024-03-13');
    expect(formatCitationIn(standards2023En, 'zh')).toContain(
      '《Annual Report on the Development of Standardization in China (2023) Released》',
    );
  });

  it('quote the Chinese sentence for Chinese text', () => {
    const c = citationFor(recalled2023, set, 'zh');
    expect(c.quoted).toBe(recalled2023);
    expect(c.quoteLanguage).toBe('zh');
    expect(c.quote).toContain('涉及车辆672.8万辆');
    expect(c.gloss).toBeUndefined();
    expect(c.text.startsWith('2023年，汽车召回涉及车辆672.8万辆。“')).toBe(true);
  });

  it('quote an English source of the same measure, date and value for English text', () => {
    const c = citationFor(recalled2023, set, 'en');
    expect(c.quoted).toBe(recalled2023En);
    expect(c.quoteLanguage).toBe('en');
    expect(c.quote).toContain('6.728 million defective vehicles');
    expect(c.numberText).toBe('6.728 million');
    expect(c.source).toMatch(/^Liu Sanjiang, "/);
  });

  it('quote the Chinese sentence with the English measure beside it when no English source has the figure', () => {
    const recalled2022 = figure('samr-2023-03-10-recalls-2022/vehicles-recalled');
    const c = citationFor(recalled2022, set, 'en');
    expect(c.quoted).toBe(recalled2022);
    expect(c.quoteLanguage).toBe('zh');
    expect(c.quote).toContain('448.8万辆');
    expect(c.gloss).toBe(recalled2022.measure);
    expect(c.text).toContain(`[${recalled2022.measure}]`);
    expect(c.description).toBe(`4,488,000 ${recalled2022.measure}, ${recalled2022.period.label}`);
  });

  it('never quotes another value of the same measure and date', () => {
    for (const f of set.figures) {
      for (const lang of ['en', 'zh'] as const) {
        const c = citationFor(f, set, lang);
        expect(c.quoted.value).toBe(f.value);
        expect(c.quoted.period.end).toBe(f.period.end);
        expect(c.quoted.quote).toContain(c.numberText);
      }
    }
  });

  it('speak Chinese for an English-only figure, with the Chinese measure and classifier of its measure', () => {
    const c = citationFor(standards2023En, set, 'zh');
    expect(c.description).toBe('截至2023年底，现行有效国家标准44499项');
    expect(c.quoteLanguage).toBe('en');
    expect(c.gloss).toBe('现行有效国家标准');
  });
});

describe('a series in Chinese', () => {
  it('writes each date and value as the Chinese sources do, marking the matched date', () => {
    const series = seriesOf(recalled2023, set)!;
    expect(formatSeriesIn(series, 'zh')).toBe(
      '2022年：448.8万辆 · [2023年：672.8万辆] · 2024年：1123.7万辆 · 2025年：684.6万辆',
    );
    expect(formatSeriesIn(series, 'en')).toBe(
      '2022: 4,488,000 · [2023: 6,728,000] · 2024: 11,237,000 · 2025: 6,846,000',
    );
  });

  it('gives year-end stocks as 年底 and one classifier to the whole series', () => {
    const series = seriesOf(standards2023En, set)!;
    expect(formatSeriesIn(series, 'zh')).toBe(
      '2022年底：43027项 · [2023年底：44499项] · 2024年8月底：超过4.5万项',
    );
  });
});
