/** Regression tests for the twelfth and thirteenth sessions' reviews: each case read wrong before its mend. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { extractFigures } from '../src/extract/extract.ts';
import { scopeWords } from '../src/document/context.ts';
import { isAnswerLead } from '../src/resolve/reference.ts';
import { signedLineDate } from '../src/document/text-date.ts';
import { verdictsOf } from './verdicts-of.ts';

const set = builtinSet();

describe('the twelfth session review mends', () => {
  it('reads no section number (二十六、) as a bare numeral', () => {
    expect(
      extractFigures('2023年汽车召回情况\n二十六、市场监管总局督促召回情况\n').map((m) => m.text),
    ).toEqual([]);
  });

  it('keeps a place before "new" or 近日报道 as a scope; only a capitalised media name drops it', () => {
    expect(scopeWords("Guangdong's new energy vehicle recalls")).toContain('guangdong');
    expect(scopeWords('a Zhejiang review counted')).toEqual(['zhejiang']);
    expect(scopeWords('浙江省近日报道')).toContain('浙江');
    expect(scopeWords('the Beijing News reported')).toEqual([]);
  });

  it('takes a reporting subject as a source only when it names one ("Guangdong reported 30." is no answer)', () => {
    expect(isAnswerLead('Guangdong reported ')).toBe(false);
    expect(isAnswerLead("The ministry's representative said ")).toBe(true);
    expect(
      verdictsOf(
        'In 2024, 190 vehicle recalls were carried out in China. Guangdong reported 30.',
        '2025-04-01',
      )['30'],
    ).not.toBe('contradicted');
  });

  it('reads no "(PDF)" as a signature, and a given date wins over a signature', () => {
    const line = "Vehicle recalls last year reached 190, according to SAMR's notice of 18 March 2025 (PDF)";
    expect(signedLineDate(line, line.indexOf('190'))).toBeUndefined();
    expect(verdictsOf(line, '2026-03-20')['190']).toBe('verified');
  });

  it('reads options typeset without spaces, in either case, and no long sentence as an option', () => {
    const text =
      '第一题：2023年我国农产品质量安全例行监测合格率是多少？\n（A）97.8%（B）93.65%（C）99%\n\nQ2. How many vehicle recalls were carried out in 2024?\na) 190 b) 233 c) 214\n\nWhat did the 2024 recall report find?\n(A) 250 vehicle recalls were carried out in 2024.\n(B) Nothing.\n';
    const v = checkText(text, set, { date: '2025-04-01' }).mentions.map((m) => [m.text, m.verdict]);
    expect(v).toEqual([
      ['97.8%', 'unverified'],
      ['93.65%', 'unverified'],
      ['99%', 'unverified'],
      ['190', 'unverified'],
      ['233', 'unverified'],
      ['214', 'unverified'],
      ['250', 'contradicted'],
    ]);
  });

  it('reads no decimal cut short by a word after it (百分之九十三点六五十分重要)', () => {
    expect(extractFigures('合格率为百分之九十三点六五十分重要。').map((m) => m.value)).not.toContain(93.6);
  });

  it('reads "taken up 40%" as a share, not a change', () => {
    expect(
      verdictsOf('In 2024, new-energy vehicles have taken up 40% of all vehicles recalled.', '2025-04-01')[
        '40%'
      ],
    ).toBe('verified');
  });

  it('reads a spoken decimal scaled by 万 (六百七十二点八万辆)', () => {
    expect(extractFigures('2023年共召回汽车六百七十二点八万辆。').map((m) => [m.text, m.value])).toEqual([
      ['六百七十二点八万', 6_728_000],
    ]);
  });

  it('reads a share apposed in a clause opened by ", and" as that clause\'s', () => {
    // 2024: SAMR-prompted recalls covered 5.672 million vehicles, 50.5% of the total.
    const text =
      'In 2024, new-energy vehicle recalls covered 4.491 million vehicles, and recalls prompted by SAMR covered 5.672 million, or 40% of the total.';
    expect(verdictsOf(text, '2025-04-01')['40%']).toBe('contradicted');
  });
});

describe("the thirteenth session's review", () => {
  it('confirms a number read with an earlier sentence only at that sentence’s date, or one it names', () => {
    const v = verdictsOf(
      'Last year, carmakers recalled 6.846 million vehicles.\n\nMy neighbour insists it was 11.237 million. He is wrong.',
      '2026-04-08',
    );
    expect(v['11.237 million']).toBe('unverified');
    expect(
      verdictsOf('2024年全国汽车召回涉及车辆1123.7万辆。\n\n隔壁老王说是672.8万，他错了。', '2025-06-01')[
        '672.8万'
      ],
    ).toBe('unverified');
  });

  it('reads "compared with the year before" as a comparison, not as a shift of the clauses after it', () => {
    const v = verdictsOf(
      'In 2024, recalls grew much faster compared with the year before, and carmakers recalled 11.237 million vehicles.',
      '2025-06-01',
    );
    expect(v['11.237 million']).toBe('verified');
  });

  it('gives "greater than" a direction, and reads "predict" (not "as predicted") as a forecast', () => {
    expect(
      verdictsOf('In 2022, vehicles recalled were 48.6% greater than in 2021.', '2025-10-01')['48.6%'],
    ).toBe('contradicted');
    expect(
      verdictsOf('Analysts predict 11.237 million vehicles recalled in 2024.', '2025-06-01')[
        '11.237 million'
      ],
    ).toBe('unverified');
    expect(
      verdictsOf('As predicted, carmakers recalled 11.237 million vehicles in 2024.', '2025-06-01')[
        '11.237 million'
      ],
    ).toBe('verified');
  });

  it('reads 预计 as a goal only when it names the year of the goal (预计到2025年)', () => {
    expect(
      verdictsOf('业内原本预计召回量会下降，但2024年汽车召回仍涉及车辆1123.7万辆。', '2025-10-01')[
        '1123.7万'
      ],
    ).toBe('verified');
  });

  it('leaves a different value for a year whose figure came out after the text unchecked (an early tally)', () => {
    expect(
      verdictsOf('In 2024, carmakers recalled 10.5 million vehicles.', '2025-01-10')['10.5 million'],
    ).toBe('unverified');
  });
});
