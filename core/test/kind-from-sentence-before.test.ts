import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';

describe('a number with a noun of its measure, whose kind the sentence before names', () => {
  it('takes the kind from the sentence before ("72 recalls and 1.603 million vehicles" after new-energy cars)', () => {
    const v = verdictsOf(
      'Electric cars have their own story. New-energy vehicle recalls numbered 47 in 2022. ' +
        'In 2023 that climbed to 72 recalls and 1.603 million vehicles.',
      '2025-05-01',
    );
    expect(v['1.603 million']).toBe('verified');
    const urged = verdictsOf(
      'SAMR sometimes pushes a carmaker to recall. Last year such urging led to 55 campaigns. ' +
        'In 2023 it was 27 campaigns and 3.996 million vehicles.',
      '2025-05-01',
    );
    expect(urged['3.996 million']).toBe('verified');
  });

  it('only confirms: a value no figure of that kind has stays unchecked', () => {
    const v = verdictsOf(
      'Electric cars have their own story. New-energy vehicle recalls numbered 47 in 2022. ' +
        'In 2023 that climbed to 72 recalls and 1.703 million vehicles.',
      '2025-05-01',
    );
    expect(v['1.703 million']).toBe('unverified');
  });

  it('is read at the date the sentence before gives, not a vaguer one from further back', () => {
    const v = verdictsOf(
      'We counted 202 national measurement benchmarks by last August, and 1,958 calibration and ' +
        'measurement capabilities by the end of the year. Old slides still give 192 benchmarks as the August figure.',
      '2025-06-14',
    );
    expect(v['192']).toBe('unverified');
  });

  it('is not lent to a noun no figure counts ("1,603 samples a day")', () => {
    const v = verdictsOf(
      'New-energy vehicle recalls covered 1.603 million vehicles in 2023. The new laboratory tests 1,603 samples a day.',
      '2025-05-01',
    );
    expect(v['1,603']).toBe('unverified');
  });

  it('reads a Chinese count by its classifier the same way, and a list item by its list', () => {
    const lead = '答：截至2022年年底，累计实施消费品召回4114次，涉及产品9.02亿件；截至2023年年底，累计召回';
    expect(verdictsOf(`${lead}4885次。`, '2024-05-01')['4885']).toBe('verified');
    expect(verdictsOf(`${lead}4886次。`, '2024-05-01')['4886']).toBe('unverified');
    // (Swapped items of a list stay the list's: contradicted, not confirmed by the sentence before.)
    const list = verdictsOf(
      '截至2023年底，备案行业标准逾8万项；备案地方标准近7万项。2023年当年新备案的行业标准和地方标准分别为10751项和4141项。',
      '2024-05-01',
    );
    expect(list['10751']).not.toBe('verified');
  });
});

describe('a sentence dated by a shift from the one before', () => {
  it('dates itself: "A year earlier the figures were … about 1.02 million organisations"', () => {
    const text =
      'Those bodies had issued more than 4.158 million valid certificates by the end of 2024, to about 1.1 million certified organisations. A year earlier the figures were about 3.76 million certificates, up nearly 12%, and about 1.02 million organisations, up more than 9%.';
    expect(verdictsOf(text, '2025-06-01')).toMatchObject({ '1.02 million': 'verified', '9%': 'verified' });
  });
});
