import { describe, expect, it } from 'vitest';
import { builtinSet, VERDICT_ORDER, verdictHeading } from '@figure-check/core';
import {
  groupFigures,
  isUnrelated,
  problemReport,
  reportCsv,
  reportMarkdown,
  sentenceAround,
  unrelatedCount,
} from '../../src/lib/page-report.ts';
import { FigureSearch, SEARCH_OPTIONS } from '../../src/lib/figure-search.ts';
import { dismissalKey, pageKey, withDismissal } from '../../src/lib/dismissals.ts';
import { findQuote, renderSourceText } from '../../src/lib/source-view.ts';
import type { ListedFigure, TabReport } from '../../src/lib/messages.ts';

let nextId = 1;
function listed(over: Partial<ListedFigure>): ListedFigure {
  return {
    id: nextId++,
    text: '44,499',
    verdict: 'verified',
    summary: '44,499 national standards in force, by the end of 2023',
    sentence: 'By the end of 2023, there were a total of 44,499 national standards.',
    figureId: 'src/national-standards',
    citation: 'Xiao Han, "…"',
    nearby: false,
    shown: true,
    dismissed: false,
    key: 'k',
    ...over,
  };
}

const FIGURES = [
  listed({ text: '44,499' }),
  listed({ text: '4,411', verdict: 'contradicted' }),
  listed({ text: '12', verdict: 'unverified', figureId: null, citation: null, summary: 'Nothing…' }),
  listed({ text: '202', verdict: 'unverified', figureId: null, citation: null, nearby: true }),
  listed({ text: '45,000', verdict: 'approximate' }),
  listed({ text: '4,164', dismissed: true }),
];
const REPORT: TabReport = {
  enabled: true,
  host: 'news.example',
  url: 'https://news.example/story?id=1',
  checkedAt: '2026-12-01T02:00:00.000Z',
  busy: false,
  counts: { verified: 2, approximate: 1, contradicted: 1, unverified: 2 },
  figures: FIGURES,
};
const ALL = { verdicts: new Set<never>(), showUnrelated: false };

describe('the page report', () => {
  it('lists figures by verdict in the core’s order, contradicted first, without dismissed ones', () => {
    const groups = groupFigures(FIGURES, ALL);
    expect(groups.map((g) => g.verdict)).toEqual(
      VERDICT_ORDER.filter((v) => groups.some((g) => g.verdict === v)),
    );
    expect(groups[0]!.verdict).toBe('contradicted');
    expect(groups[0]!.heading).toBe(verdictHeading('contradicted'));
    expect(groups.flatMap((g) => g.figures.map((f) => f.text))).not.toContain('4,164');
  });

  it('hides numbers that are not about the set unless asked, but keeps nearby-figure ones', () => {
    expect(isUnrelated(FIGURES[2]!)).toBe(true);
    expect(isUnrelated(FIGURES[3]!)).toBe(false);
    expect(unrelatedCount(FIGURES)).toBe(1);
    const hidden = groupFigures(FIGURES, ALL).flatMap((g) => g.figures.map((f) => f.text));
    expect(hidden).not.toContain('12');
    expect(hidden).toContain('202');
    const shown = groupFigures(FIGURES, { ...ALL, showUnrelated: true }).flatMap((g) =>
      g.figures.map((f) => f.text),
    );
    expect(shown).toContain('12');
  });

  it('filters by verdict', () => {
    const only = groupFigures(FIGURES, {
      verdicts: new Set(['approximate', 'contradicted'] as const),
      showUnrelated: true,
    });
    expect(only.map((g) => g.verdict)).toEqual(['contradicted', 'approximate']);
  });

  it('exports Markdown and CSV with the page address and the time checked', () => {
    const md = reportMarkdown(REPORT, ALL);
    expect(md).toContain('https://news.example/story?id=1');
    expect(md).toContain('2026-12-01T02:00:00.000Z');
    expect(md.indexOf('## Contradicted')).toBeLessThan(md.indexOf('## Verified'));
    expect(md).toContain('| 4,411 |');
    const csv = reportCsv(REPORT, ALL).trim().split('\r\n');
    expect(csv[0]).toBe('page,checked,figure,verdict,sentence,official figure or reason,figure id,citation');
    expect(csv).toHaveLength(1 + 4);
    expect(csv[1]).toMatch(
      /^https:\/\/news\.example\/story\?id=1,2026-12-01T02:00:00\.000Z,"4,411",contradicted,/,
    );
    // The citation's quotes are escaped by doubling, as CSV wants.
    expect(csv[1]).toContain('"Xiao Han, ""…"""');
  });

  it('writes a complete problem report', () => {
    const text = problemReport({
      url: 'https://news.example/a',
      sentence: 'In 2023, 4,411 industry standards were filed.',
      number: '4,411',
      verdict: 'contradicted',
      figureId: 'samr/industry-standards',
      explanation: 'The source says 4,141.',
      version: '0.1.0',
    });
    for (const part of [
      'https://news.example/a',
      'In 2023, 4,411 industry',
      'Number: 4,411',
      'contradicted',
      'samr/industry-standards',
      '0.1.0',
    ])
      expect(text).toContain(part);
  });

  it('finds the sentence around a figure', () => {
    const text = 'First one. By the end of 2023, there were 44,499 standards and 6.7 million cars. Last one.';
    const at = text.indexOf('44,499');
    expect(sentenceAround(text, at, at + 6)).toBe(
      'By the end of 2023, there were 44,499 standards and 6.7 million cars.',
    );
    expect(sentenceAround('到2023年底，共有国家标准44499项。其他。', 12, 17)).toBe(
      '到2023年底，共有国家标准44499项。',
    );
  });
});

describe('dismissals', () => {
  it('are remembered per page (not per query string) and undone', () => {
    expect(pageKey('https://a.example/story?x=1#top')).toBe('https://a.example/story');
    const key = dismissalKey('44,499', 'f/1', 'sentence');
    let all = withDismissal({}, 'https://a.example/story', key, true);
    expect(all['https://a.example/story']).toEqual([key]);
    all = withDismissal(all, 'https://a.example/story', key, false);
    expect(all).toEqual({});
  });
});

describe('looking up an official figure', () => {
  const set = builtinSet();
  const search = new FigureSearch(set.figures);

  it('uses deliberate fuse.js options', () => {
    expect(SEARCH_OPTIONS).toMatchObject({ threshold: 0.3, ignoreLocation: true, includeScore: true });
  });

  it('finds figures by what they count, best first, with scores', () => {
    const hits = search.search('national standards');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.figure.numberText === '44,499')).toBe(true);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
  });

  it('forgives typos (threshold) and finds words anywhere in a long measure (ignoreLocation)', () => {
    expect(search.search('natonal standrds').some((h) => h.figure.numberText === '44,499')).toBe(true);
    const long = set.figures.find((f) => f.measure.split(' ').length >= 5)!;
    const lastWords = long.measure.split(' ').slice(-2).join(' ');
    expect(search.search(lastWords).some((h) => h.figure.id === long.id)).toBe(true);
  });

  it('finds figures by their Chinese keywords', () => {
    const zh = set.figures.find((f) => f.keywords.zh.length > 0)!;
    expect(search.search(zh.keywords.zh[0]!).some((h) => h.figure.measureKey === zh.measureKey)).toBe(true);
  });

  it('finds nothing for unrelated words or an empty query', () => {
    expect(search.search('football stadium')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });
});

describe('the source viewer', () => {
  it('marks the quoted sentence with text nodes only', () => {
    const box = document.createElement('article');
    const text = 'Intro line.\nBy the end of 2023, there were 44,499 <b>standards</b>.\nMore.';
    const quote = 'By the end of 2023, there were 44,499 <b>standards</b>.';
    const mark = renderSourceText(box, text, quote)!;
    expect(mark.tagName).toBe('MARK');
    expect(mark.textContent).toBe(quote);
    expect(box.querySelector('b')).toBeNull();
    expect(box.textContent).toBe(text);
  });

  it('finds a quote whose line breaks differ, and says when it is missing', () => {
    expect(findQuote('a b\n  c d', 'b c')).toEqual({ start: 2, end: 7 });
    const box = document.createElement('article');
    expect(renderSourceText(box, 'text', 'absent')).toBeNull();
    expect(box.textContent).toBe('text');
  });
});
