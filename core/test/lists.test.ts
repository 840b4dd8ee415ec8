import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { extractFigures } from '../src/extract/extract.ts';
import { findLists } from '../src/document/lists.ts';

const set = builtinSet();
const verdicts = (text: string) => checkText(text, set).mentions.map((m) => [m.text, m.verdict]);

describe('lists that pair items with values in order', () => {
  it('finds the items of written lists and of earlier clauses', () => {
    const en = 'Hebei and Henan had 24,163 and 23,309 such standards respectively.';
    const lists = findLists(en, extractFigures(en));
    expect([...lists.values()].map((l) => l.item)).toEqual(['Hebei', 'Henan had']);
    const zh = '2023年，全国共实施汽车召回214次，涉及车辆672.8万辆，分别比上年增长4.9%和49.9%。';
    const zhLists = findLists(zh, extractFigures(zh));
    expect([...zhLists.values()].map((l) => [l.item, l.shared])).toEqual([
      ['全国共实施汽车召回214', '分别比上年增长'],
      ['涉及车辆672.8万', '分别比上年增长'],
    ]);
  });

  it('reads each change with the clause of its own figure (分别比上年增长…和…)', () => {
    expect(
      verdicts('2023年，全国共实施汽车召回214次，涉及车辆672.8万辆，分别比上年增长4.9%和49.9%。'),
    ).toEqual([
      ['214', 'verified'],
      ['672.8万', 'verified'],
      ['4.9%', 'verified'],
      ['49.9%', 'verified'],
    ]);
  });

  it('contradicts both values of a swapped pair, never verifies either', () => {
    const right = '截至2023年底，国家标准和行业标准分别为44499项和80828项。';
    expect(verdicts(right)).toEqual([
      ['44499', 'verified'],
      ['80828', 'verified'],
    ]);
    const swapped = checkText('截至2023年底，国家标准和行业标准分别为80828项和44499项。', set).mentions;
    expect(swapped.map((m) => m.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(swapped.map((m) => m.likelyError?.kind)).toEqual(['swapped', 'swapped']);
    expect(swapped[0]!.figure?.value).toBe(44499);
    const en = checkText(
      'By the end of 2023, the numbers of national standards and industry standards were 80,828 and 44,499 respectively.',
      set,
    ).mentions;
    expect(en.map((m) => m.verdict)).toEqual(['contradicted', 'contradicted']);
  });

  it('keeps each region its own scope', () => {
    const text =
      'Strategic emerging industry standards on the enterprise platform: Hebei and Henan had 24,163 and 23,309 respectively.';
    expect(verdicts(text)).toEqual([
      ['24,163', 'verified'],
      ['23,309', 'verified'],
    ]);
    const swapped = verdicts(
      'Strategic emerging industry standards on the enterprise platform: Hebei and Henan had 23,309 and 24,163 respectively.',
    );
    expect(swapped).toEqual([
      ['23,309', 'contradicted'],
      ['24,163', 'contradicted'],
    ]);
  });
});
