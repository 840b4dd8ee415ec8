/** Regression tests for the twelfth session's review: each case read wrong before its mend. */
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
