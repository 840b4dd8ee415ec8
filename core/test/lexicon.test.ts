import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { tokenize } from '../src/document/context.ts';
import { chineseVariants, lexicon } from '../src/document/lexicon.ts';

const set = builtinSet();
const verdictOf = (text: string, written: string) => {
  const m = checkText(text, set).mentions.find((x) => x.text === written);
  if (!m) throw new Error(`"${written}" not found in: ${text}`);
  return m;
};

describe('the domain lexicon (data/lexicon/synonyms.json)', () => {
  it('is valid reviewed data with English and Chinese entries', () => {
    expect(lexicon().en.length).toBeGreaterThan(10);
    expect(lexicon().zh.length).toBeGreaterThan(5);
  });

  it('rewrites writers’ words to the keywords’ words on both sides, after stemming', () => {
    expect(tokenize('autos')).toEqual(tokenize('vehicles'));
    expect(tokenize('firms')).toEqual(tokenize('enterprises'));
    expect(tokenize('categories')).toEqual(tokenize('types'));
    expect(tokenize('call-backs')).toEqual(tokenize('recalls'));
    expect(tokenize('motor vehicles recalled')).toEqual(tokenize('vehicles recalled'));
  });

  it('keeps the offsets of rewritten words so the clause can still be cut from its sentence', () => {
    const starts: number[] = [];
    const tokens = tokenize('Regulators oversaw motor vehicle recalls', starts);
    expect(tokens.length).toBe(starts.length);
    expect(starts).toEqual([0, 11, 19, 33]);
  });

  it('lets a paraphrase name the measure', () => {
    const m = verdictOf(
      'Regulators oversaw the recall of 6.728 million faulty autos in 2023.',
      '6.728 million',
    );
    expect(m.verdict, m.explanation).toBe('verified');
    expect(m.figure?.measureKey).toBe('defective-vehicles-recalled');
  });

  it('adds Chinese variants to the keywords that contain the canonical term', () => {
    expect(chineseVariants('国家标准总数')).toContain('国标总数');
    expect(chineseVariants('技术委员会')).toEqual(['技术委员会']);
    const m = verdictOf('截至2023年底，我国国标总数达到44499项。', '44499');
    expect(m.verdict, m.explanation).toBe('verified');
  });

  it('does not merge measures the set tells apart', () => {
    expect(tokenize('laboratories')).not.toEqual(tokenize('institutions'));
    expect(tokenize('certified organizations')).not.toEqual(tokenize('certification bodies'));
  });
});

describe('lexicon phrases after single-word rewriting', () => {
  it('match a phrase whose words are themselves variants ("testing firms")', () => {
    expect(tokenize('qualified inspection and testing firms')).toEqual(
      tokenize('qualified inspection and testing institutions'),
    );
  });
});

describe('the passive a Chinese writer uses for a recall', () => {
  it('spells 召回车辆 as 车被召回 too ("1123.7万辆车被召回")', () => {
    expect(chineseVariants('召回车辆')).toContain('车被召回');
  });
});

describe("Taiwan's word for quality", () => {
  it('spells 质量 as 品质 (品質成本 is 质量成本)', () => {
    expect(chineseVariants('质量成本')).toContain('品质成本');
  });
});

describe('"employed" names the people employed', () => {
  it('reads "the labs employed more than 1.56 million people" as the industry\'s employees', () => {
    expect(
      verdictsOf('Testing labs employed more than 1.56 million people in 2023.', '2025-01-01')[
        '1.56 million'
      ],
    ).toBe('verified');
  });
});

describe('"items" are products', () => {
  it('reads "10.42 million items" as consumer products recalled', () => {
    expect(
      verdictsOf(
        'SAMR publishes an annual notice each spring. For 2023 it reported 771 recalls covering 10.42 million items, up 11.7% and 4.6% respectively on 2022.',
        '2024-04-01',
      ),
    ).toMatchObject({ '10.42 million': 'verified', '4.6%': 'verified' });
  });

  it('tells a change of recalls from a change of items, even written "the number of"', () => {
    const text =
      'Last year China carried out 771 consumer-product recalls covering 10.42 million items. The number of recalls rose 4.6% and the number of items 11.7%.';
    expect(verdictsOf(text, '2024-04-01')).toMatchObject({ '4.6%': 'contradicted', '11.7%': 'contradicted' });
  });
});
