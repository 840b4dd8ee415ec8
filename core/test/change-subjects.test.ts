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
