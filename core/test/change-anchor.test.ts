import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const verdicts = verdictsOf;

describe('a change read with the level written before it', () => {
  it('takes the measure of the nearest level before it (English and Chinese)', () => {
    expect(
      verdicts('Carmakers called back 11,237,000 vehicles in 2024, up 67% from a year earlier.'),
    ).toEqual({
      '11,237,000': 'verified',
      '67%': 'verified',
    });
    expect(verdicts('2023年末，全国认证机构共计1242家，同比增长超过10%。')).toMatchObject({
      '10%': 'verified',
    });
  });

  it('pairs a run of changes with the levels before it when the text says "respectively"', () => {
    const text =
      'China carried out 233 vehicle recalls in 2024 involving 11,237,000 vehicles, up 8.9% and 67% respectively.';
    expect(verdicts(text)).toMatchObject({ '8.9%': 'verified', '67%': 'verified' });
    const swapped =
      'China carried out 233 vehicle recalls in 2024 involving 11,237,000 vehicles, up 67% and 8.9% respectively.';
    expect(verdicts(swapped)).toMatchObject({ '67%': 'contradicted', '8.9%': 'contradicted' });
  });

  it('contradicts a slip and a change in the wrong direction, and leaves a share alone', () => {
    expect(verdicts('In 2024 China carried out 233 vehicle recalls, up 9.8% on 2023.')).toMatchObject({
      '9.8%': 'contradicted',
    });
    const down = checkText(
      'In 2024 China carried out 233 vehicle recalls, down 8.9% on 2023.',
      set,
    ).mentions.find((m) => m.text === '8.9%');
    expect(down).toMatchObject({ verdict: 'contradicted', likelyError: { kind: 'direction' } });
    // "or 40% of the total" is a share, not a change: the level does not lend it a measure.
    expect(verdicts('In 2024 China carried out 233 vehicle recalls, or 40% of the total.')['40%']).toBe(
      'unverified',
    );
  });
});

describe('a change in a sentence that points back', () => {
  it('takes the level of the sentence before (该数字同比增长…)', () => {
    const text =
      '汽车召回方面，去年新能源汽车召回72次，涉及车辆160万辆，占全年召回总数量的两成多；该数字同比增长32.3%，创历史新高。';
    expect(verdicts(text, '2024-03-13')['32.3%']).toBe('verified');
  });
});

describe('one company', () => {
  it('is not the subject of a total', () => {
    const text =
      'In 2024, a joint-venture carmaker recalled 11,237 sport utility vehicles over a faulty seatbelt buckle.';
    expect(verdicts(text)['11,237']).toBe('unverified');
  });
});

describe('"respectively" over any other reading', () => {
  it('finds a swapped pair of changes even when each fits some measure', () => {
    const text = '去年全国共实施汽车召回233次，涉及车辆1123.7万辆，分别较上年增长67%和8.9%。';
    expect(verdicts(text, '2025-03-20')).toMatchObject({ '67%': 'contradicted', '8.9%': 'contradicted' });
  });
});

describe('a change set right after a level', () => {
  it("is the level's change, whatever other measure's change its value fits", () => {
    // 2023: testing revenue +9% ("more than"), staff (more than 1.56 million) +1% ("about").
    const text =
      'Industry revenue was about RMB470bn, up more than 9%, with some 1.6 million staff, up about 10%.';
    const v = verdicts(text, '2024-07-01');
    expect(v['9%']).toBe('verified');
    expect(v['10%']).toBe('contradicted');
    const right = verdicts(text.replace('up about 10%', 'up about 1%'), '2024-07-01');
    expect(right['1%']).toBe('verified');
  });
});
