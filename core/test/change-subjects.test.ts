import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';

describe('what a change counts, when its sentence sets campaigns beside what they covered', () => {
  it('reads "recalls rose" as campaigns and "items recalled rose" as items', () => {
    // 2023: consumer product recalls +11.7%, products recalled +4.6%.
    const right = verdictsOf(
      'In 2023 consumer product recalls rose 11.7% and items recalled rose 4.6%.',
      '2024-03-14',
    );
    expect(right['11.7%']).toBe('verified');
    // Swapped, the campaigns' change is never confirmed by the items' 4.6%.
    const wrong = verdictsOf(
      'In 2023 consumer product recalls rose 4.6% and items recalled rose 11.7%.',
      '2024-03-14',
    );
    expect(wrong['4.6%']).not.toBe('verified');
    expect(wrong['11.7%']).not.toBe('verified');
  });

  it('leaves a lone "recalls jump" to its words: headlines use it for vehicles', () => {
    // 2024: vehicles recalled +67% (campaigns +8.9%).
    expect(verdictsOf("China's car recalls jump 67% to record in 2024", '2025-03-20')['67%']).toBe(
      'verified',
    );
  });
});

describe('two changes set side by side with their subjects crossed', () => {
  it('are swapped, in English and in Chinese', () => {
    const en = verdictsOf('The 2023 consumer tooltip gave recalls up 4.6% and items up 11.7%.', '2024-03-15');
    expect(en).toMatchObject({ '4.6%': 'contradicted', '11.7%': 'contradicted' });
    const zh = verdictsOf(
      '去年全国消费品召回771次，涉及产品1042.0万件。召回次数比前年增长了4.6%，产品数量增长了11.7%。',
      '2024-03-15',
    );
    expect(zh).toMatchObject({ '4.6%': 'contradicted', '11.7%': 'contradicted' });
  });

  it('are swapped when the first change names its base year ("fell 12.4% from 2021 and …")', () => {
    // 2022: campaigns -12.4%, vehicles recalled -48.6%.
    const crossed = verdictsOf(
      'The notice for 2022 says vehicles recalled fell 12.4% from 2021 and campaigns 48.6%.',
      '2023-04-01',
    );
    expect(crossed).toMatchObject({ '12.4%': 'contradicted', '48.6%': 'contradicted' });
    const right = verdictsOf(
      'The notice for 2022 says vehicles recalled fell 48.6% from 2021 and campaigns 12.4%.',
      '2023-04-01',
    );
    expect(right).toMatchObject({ '12.4%': 'verified', '48.6%': 'verified' });
  });

  it("read the borrowed verb as the second change's own", () => {
    // 2022: campaigns -12.4%, vehicles recalled -48.6%.
    expect(
      verdictsOf(
        'The notice for 2022 says vehicles recalled fell 48.6% from 2021 and campaigns 12.4%.',
        '2023-04-01',
      ),
    ).toMatchObject({ '12.4%': 'verified', '48.6%': 'verified' });
  });

  it("are swapped when the second subject borrows the first one's verb", () => {
    // 2025 emission recalls: campaigns +44.4%, vehicles +108.0%.
    const v = verdictsOf(
      'The tooltip for 2025 said emission recalls grew 108.0% and vehicles 44.4%.',
      '2026-04-01',
    );
    expect(v).toMatchObject({ '108.0%': 'contradicted', '44.4%': 'contradicted' });
  });

  it('are not swapped when they are in their right places', () => {
    const zh = verdictsOf('去年全国消费品召回771次。次数增长11.7%，件数增长4.6%。', '2024-03-15');
    expect(zh['11.7%']).not.toBe('contradicted');
    expect(zh['4.6%']).not.toBe('contradicted');
  });
});

describe('crossed changes that are not the swapped pair', () => {
  it('are left alone for another year, another scope or an unpaired sentence', () => {
    expect(
      Object.values(verdictsOf('In 2021, recalls rose 4.6% and items rose 11.7%.', '2024-04-01')),
    ).not.toContain('contradicted');
    expect(
      Object.values(verdictsOf('2021年召回次数增长4.6%，涉及产品增长11.7%。', '2024-04-01')),
    ).not.toContain('contradicted');
    // (Two changes apart in one sentence are no pair: "car recalls" may be vehicles here.)
    const v = verdictsOf('In 2024 car recalls jumped 67%, while products recalled fell 3%.', '2025-04-01');
    expect(v['67%']).toBe('verified');
  });
});

describe('a subject that says what its change counts on its own', () => {
  it('reads "recall campaigns fell" and "the number of vehicles fell" without a pair', () => {
    // 2025: campaigns −18.5%, vehicles recalled −39.1%; "while" joins no pair.
    const swapped = verdictsOf(
      'Recall campaigns fell 39.1% in 2025 while the number of vehicles fell 18.5%, regulator says',
      '2026-03-20',
    );
    expect(swapped).toMatchObject({ '39.1%': 'contradicted', '18.5%': 'contradicted' });
    const right = verdictsOf(
      'Recall campaigns fell 18.5% in 2025 while the number of vehicles fell 39.1%, regulator says',
      '2026-03-20',
    );
    expect(right).toMatchObject({ '18.5%': 'verified', '39.1%': 'verified' });
  });

  it('reads the head of a subject before "of" or "for", not the noun after it', () => {
    // 2025: campaigns −18.5%, vehicles recalled −39.1%.
    const campaigns = verdictsOf('Recall campaigns for passenger cars fell 18.5% in 2025.', '2026-04-20');
    expect(campaigns['18.5%']).toBe('verified');
    const wrong = verdictsOf('Recall campaigns for passenger cars fell 39.1% in 2025.', '2026-04-20');
    expect(wrong['39.1%']).not.toBe('verified');
    // 2023: consumer product recalls (campaigns) +11.7%. "Recalls of" is the ambiguous head.
    const recalls = verdictsOf('Recalls of consumer products rose 11.7% in 2023.', '2024-04-01');
    expect(recalls['11.7%']).toBe('verified');
  });
});
