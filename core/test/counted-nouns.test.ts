import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';

describe('what a number counts', () => {
  it('a number followed by a noun of its own counts that noun, not the measure named nearby', () => {
    expect(
      verdictsOf('There were 44,499 people at the national standards conference in 2023.')['44,499'],
    ).toBe('unverified');
    expect(verdictsOf('The vehicle recall hotline received 233 calls in 2024.')['233']).toBe('unverified');
    expect(
      verdictsOf('Some 1,230 people attended the certification bodies forum at the end of 2024.')['1,230'],
    ).toBe('unverified');
    expect(verdictsOf('BYD recalled 214 models in 2023.')['214']).toBe('unverified');
  });

  it('the noun counted is the head of the phrase after the number, not its first word', () => {
    // ("testing institutions", not "testing": 45,000 is no count of national standards named before it.)
    const v = verdictsOf(
      'By August 2024 there were 54,000 national standards and 45,000 testing institutions.',
    );
    expect(v['45,000']).not.toBe('verified');
    expect(v['45,000']).not.toBe('approximate');
    expect(verdictsOf('By the end of 2023 China had 44,499 national standards in force.')['44,499']).toBe(
      'verified',
    );
  });

  it("still reads the measure's own nouns and their synonyms", () => {
    expect(verdictsOf('By the end of 2023 China had 44,499 national standards.')['44,499']).toBe('verified');
    expect(
      verdictsOf('Carmakers recalled 11.237 million autos in 2024.', '2025-04-01')['11.237 million'],
    ).toBe('verified');
    expect(
      verdictsOf('At the end of 2023 there were about 1.02 million certified organisations.', '2024-07-01')[
        '1.02 million'
      ],
    ).toBe('verified');
  });

  it('chooses among candidates the one that counts the noun', () => {
    const v = verdictsOf(
      "In 2023 the regulator's defect investigations pushed companies into 27 recalls, covering almost 4 million vehicles.",
      '2024-04-01',
    );
    expect(v['4 million']).toBe('approximate');
  });
});

describe('slips that are not slips', () => {
  it('a count in digits a thousand times another count is no scale slip', () => {
    expect(verdictsOf('Toyota recalled 233,000 cars in 2024.')['233,000']).not.toBe('contradicted');
  });

  it('a zero too many or too few is', () => {
    const v = verdictsOf(
      'By March 2024, Guangdong, Hong Kong and Macao had jointly released 161 "Bay Area Standards", and nearly 9,000 enterprises have declared that they use them.',
      '2024-04-01',
    );
    expect(v['9,000']).toBe('contradicted');
  });

  it('a company named as agent after the number owns it', () => {
    expect(
      verdictsOf('The recall of 11,237 vehicles by a single carmaker in 2024 made headlines.')['11,237'],
    ).toBe('unverified');
  });

  it('a rate fourteen points away is no misquote of an official rate', () => {
    expect(verdictsOf('About 82% of consumers said product quality had improved in 2023.')['82%']).not.toBe(
      'contradicted',
    );
  });
});

describe('another activity, another body', () => {
  it('a clause about deliveries or sales is no recall figure', () => {
    const v = verdictsOf(
      'BYD, the largest seller of electric cars, delivered about 4.49 million vehicles in 2024.',
      '2025-04-01',
    );
    expect(v['4.49 million']).toBe('unverified');
  });

  it('an activity named earlier in a long sentence does not count', () => {
    const v = verdictsOf(
      'Drawing on indicators ranging from download and sales volume to citations, the survey classified 5,784 national standards as strongly implemented in 2023.',
      '2024-04-01',
    );
    expect(v['5,784']).toBe('verified');
  });

  it('the International Organization for Standardization is a body of its own, and is ISO', () => {
    const v = verdictsOf(
      'In 2023, the International Organization for Standardization has published more than 25,000 standards.',
      '2024-04-01',
    );
    expect(v['25,000']).not.toBe('contradicted');
  });
});

describe('what a share is a share of (data/lexicon/counted-nouns.json shareWholes)', () => {
  it('is no share of vehicles recalled when it is a share of revenue or of respondents', () => {
    const text =
      'Our revenue for 2024 was RMB1,284.6 million; automotive and new-energy testing contributed 37% of revenue.';
    expect(verdictsOf(text, '2025-06-30')['37%']).toBe('unverified');
    const survey = 'New-energy vehicles took 40% of respondents in 2024.';
    expect(verdictsOf(survey, '2025-06-30')['40%']).toBe('unverified');
    // (A share of the vehicles recalled is checked as before.)
    const recalls = 'New-energy vehicles made up 40% of the vehicles recalled in 2024.';
    expect(verdictsOf(recalls, '2025-06-30')['40%']).toBe('verified');
  });

  it("is no official share when it is a share of a policy's limit, a price or a cost", () => {
    // 2022: 19.8% of vehicles recalled were recalled by OTA.
    const policy =
      'For recalls carried out by over-the-air (OTA) update in 2022, the Insurer pays up to 20% of the per-event limit.';
    expect(verdictsOf(policy, '2025-06-30')['20%']).toBe('unverified');
  });
});

describe('a share of people or things the figure does not count', () => {
  it('is no share of the official whole ("96% of last year\'s exhibitors rated the show good")', () => {
    expect(
      verdictsOf("96% of last year's exhibitors rated the show good or excellent.", '2025-05-01'),
    ).toEqual({
      '96%': 'unverified',
    });
    expect(verdictsOf('93.93% of the delegates rated the product quality pass rate talk highly.')).toEqual({
      '93.93%': 'unverified',
    });
  });
  it('still reads a share of the whole the figure names', () => {
    expect(verdictsOf('In 2024, 40% of recalled vehicles were new-energy vehicles.')).toEqual({
      '40%': 'verified',
    });
  });
});

describe('an English noun that Chinese counts with a classifier of its own', () => {
  it('keeps "items" off a count of vehicles', () => {
    // 103 million vehicles recalled in total by the end of 2023; 101 million items is the consumer
    // products' total, which these words do not name.
    const text = 'By the end of last year the cumulative total was 4,885 recalls covering 101 million items.';
    expect(verdictsOf(text, '2024-04-01')['101 million']).not.toBe('contradicted');
    expect(
      verdictsOf(
        'By the end of last year the cumulative total of recalls covered 101 million vehicles.',
        '2024-04-01',
      )['101 million'],
    ).toBe('contradicted');
  });
});
