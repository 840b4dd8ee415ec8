import { describe, expect, it } from 'vitest';
import { kindCue } from '../src/resolve/reference.ts';
import { verdictsOf } from './verdicts-of.ts';

describe('a kind named in the sentence before ("such recalls", "of that kind")', () => {
  it('finds kind cues, not examples', () => {
    expect(kindCue('Such campaigns covered')).toBe('Such');
    expect(kindCue('there were 40 recalls of this kind')).toBe('of this kind');
    expect(kindCue('此类召回涉及')).toBe('此类');
    expect(kindCue('products such as power banks')).toBeUndefined();
    expect(kindCue('Vehicle recalls covered')).toBeUndefined();
    expect(kindCue('those recalls covered')).toBe('those');
    // (A part of a number named before, and "as such", point at no kind.)
    expect(kindCue('Investigations drove 649 of those')).toBeUndefined();
    expect(kindCue('As such, 19 were')).toBeUndefined();
  });

  it('reads "those recalls" after a semicolon as the kind the clause before named', () => {
    const text =
      'In 26 cases the carmaker acted after the regulator pressed it to; those recalls covered 5.672 million vehicles.';
    expect(verdictsOf(text, '2025-03-20')['5.672 million']).toBe('verified');
  });

  it("names a part by its whole's words when the sentence names the part's scope", () => {
    // "vehicles" names all vehicles recalled; "the regulator pressed" the SAMR-prompted part of them.
    const text =
      'In 26 cases the carmaker acted after the regulator pressed it to, and those campaigns covered 5.672 million vehicles.';
    expect(verdictsOf(text, '2025-03-20')['5.672 million']).toBe('verified');
    // Without the part's scope, the number is read as all vehicles recalled (2023: 6.728 million).
    expect(verdictsOf('In 2023 recalls covered 5.672 million vehicles.', '2025-03-20')['5.672 million']).toBe(
      'contradicted',
    );
  });

  it('reads the kind (its scope) from the sentence before, right and wrong', () => {
    const v = verdictsOf(
      'Campaigns launched under pressure from the regulator were a big part of the total in 2024. Such recalls covered 5.672 million vehicles.',
      '2025-04-01',
    );
    expect(v['5.672 million']).toBe('verified');
    const wrong = verdictsOf(
      'Campaigns launched under pressure from the regulator were a big part of the total in 2024. Recalls of this kind covered 6.572 million vehicles.',
      '2025-04-01',
    );
    expect(wrong['6.572 million']).toBe('contradicted');
  });

  it('does not lend a kind across paragraphs, nor without a cue', () => {
    const v = verdictsOf(
      'Campaigns launched under pressure from the regulator were a big part of the total in 2024.\n\nRecalls covered 5.672 million vehicles.',
      '2025-04-01',
    );
    expect(v['5.672 million']).not.toBe('verified');
  });
});

describe('a clause that continues the one before', () => {
  it("English: a participle after a comma shares the clause before's subject", () => {
    const v = verdictsOf(
      "In 2023 the regulator's defect investigations led to 27 recalls, involving 3.996 million vehicles.",
      '2024-04-01',
    );
    expect(v['3.996 million']).toBe('verified');
  });

  it('Chinese: a leading 受…影响 clause belongs to the clause it sets off and its continuation', () => {
    const v = verdictsOf('受市场监管总局督促影响，2024年共召回26次，涉及车辆567.2万辆。', '2025-04-01');
    expect(v['567.2万']).toBe('verified');
    const hk = verdictsOf('2025年，受總局督促而實施的召回有55次，涉及車輛293.4萬輛。', '2026-04-01');
    expect(hk['55']).toBe('verified');
    expect(hk['293.4萬']).toBe('verified');
  });
});

describe('a figure restated in other forms', () => {
  it('"I have seen that written as …" points back at the figure of the sentence before', () => {
    const v = verdictsOf(
      'Officials said in August 2024 the testing industry earned more than RMB470bn a year. I have seen that written as Rmb407bn.',
      '2024-10-01',
    );
    expect(v['Rmb407bn']).toBe('contradicted');
  });

  it('"qualified testing bodies" names qualified inspection and testing institutions', () => {
    const v = verdictsOf(
      'In August 2024 the national total of qualified testing bodies was more than 54,000.',
      '2024-10-01',
    );
    expect(v['54,000']).toBe('verified');
  });
});

describe('a kind named by no noun of its own', () => {
  it('"the same category" takes the subject of the sentence before, with its scope', () => {
    const v = verdictsOf(
      'Recalls prompted by SAMR numbered 55 last year and covered 2.934 million vehicles. In 2024 the same category covered 5.672 million vehicles.',
      '2026-03-25',
    );
    expect(v['5.672 million']).toBe('verified');
  });
});

describe('"Those 27 campaigns covered nearly 4 million vehicles"', () => {
  const text =
    'Manufacturers carried out 214 recall campaigns covering 6.728 million vehicles in 2023.\n\nMore than half of the vehicles were recalled after the regulator opened a probe. Those 27 campaigns covered nearly 4 million vehicles.';
  it('a probe is a defect investigation: "more than half" is the share prompted by SAMR (59.4%)', () => {
    expect(verdictsOf(text, '2024-03-12')['half']).toBe('approximate');
  });
  it('a determiner before a number and its noun points back at the kind: 3.996 million, not all vehicles', () => {
    const v = verdictsOf(text, '2024-03-12');
    expect(v['27']).toBe('verified');
    expect(v['4 million']).toBe('approximate');
  });
});
