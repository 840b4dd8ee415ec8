import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { verdictsOf } from './verdicts-of.ts';

describe('two values of one sentence that give each other’s figures', () => {
  it('are both contradicted as swapped, in English and Chinese', () => {
    const en = verdictsOf(
      'By early September, accreditation results were written into 24 departmental rules and 17 normative documents, CNAS said.',
      '2024-09-20',
    );
    expect(en).toMatchObject({ '24': 'contradicted', '17': 'contradicted' });
    const zh = verdictsOf('2025年，因设计原因召回的车辆占比36.5%，因制造原因召回的占61.6%。', '2026-03-25');
    expect(zh).toMatchObject({ '61.6%': 'contradicted', '36.5%': 'contradicted' });
  });

  it('says so on the card', () => {
    const m = checkText(
      'Accreditation results were written into 24 departmental rules and 17 normative documents by early September.',
      builtinSet(),
      { date: '2024-09-20' },
    ).mentions.find((x) => x.text === '24');
    expect(m?.likelyError?.kind).toBe('swapped');
    expect(m?.explanation).toMatch(/17 departmental rules/);
  });

  it('are left alone when in the right order, or when only one gives the other’s figure', () => {
    const right = verdictsOf(
      'By early September, accreditation results were written into 17 departmental rules and 24 normative documents, CNAS said.',
      '2024-09-20',
    );
    expect(right).toMatchObject({ '17': 'verified', '24': 'verified' });
    const one = verdictsOf(
      'By early September, accreditation results were written into 24 departmental rules and 19 normative documents, CNAS said.',
      '2024-09-20',
    );
    expect(one['24']).toBe('unverified');
  });
});

describe('a list value read with the sentence before', () => {
  it("is not confirmed by a figure another item names and its own item does not (a swapped pair's)", () => {
    const v = verdictsOf(
      'The first national survey counted 5,784 national standards as strongly implemented and 2,772 as weak. ' +
        'As shares, the strong and weak groups are 6.3% and 13.1% respectively.',
      '2024-03-30',
    );
    expect(v['6.3%']).not.toBe('verified');
    expect(v['13.1%']).not.toBe('verified');
  });
});

describe('values each given "for" its item, with "respectively" as well', () => {
  it('are judged by their own items: a swap is contradicted for both', () => {
    expect(
      verdictsOf(
        'One newspaper gave 79.85 for life services and 78.01 for public services, respectively.',
        '2024-03-01',
      ),
    ).toEqual({ '79.85': 'contradicted', '78.01': 'contradicted' });
    expect(
      verdictsOf(
        'The scores were 78.01 for life services and 79.85 for public services, respectively.',
        '2024-03-01',
      ),
    ).toEqual({ '78.01': 'verified', '79.85': 'verified' });
  });
});
