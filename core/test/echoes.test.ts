import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { isCorrectionLead } from '../src/resolve/reference.ts';

const set = builtinSet();
/** The verdicts of every occurrence of `number` in `text`, in order. */
const verdictsOfAll = (text: string, number: string) =>
  checkText(text, set)
    .mentions.filter((m) => m.text === number)
    .map((m) => m.verdict);

describe('a distinctive number written again where nothing names its measure', () => {
  it("takes the earlier number's measure: a formula's operands", () => {
    const text = '截至2022年底，国家标准共计43027项。\n\n解析：（44499－43027）÷43027≈3.4%。';
    expect(verdictsOfAll(text, '43027')).toEqual(['verified', 'verified']);
  });

  it('repeats a wrong number as wrong', () => {
    const text =
      'In 2024 the recalls covered 12.37 million vehicles, the magazine said.\n\nReader: 12.37 million? Really?';
    expect(verdictsOfAll(text, '12.37 million')).toEqual(['contradicted', 'contradicted']);
  });

  it('leaves a look-alike in a clause with words of its own alone', () => {
    const text =
      'China had 44,499 national standards at the end of 2023. Officials spoke in Kunming.\n\nThe refurbished stadium in Kunming seats 44,499.';
    expect(verdictsOfAll(text, '44,499')).toEqual(['verified', 'unverified']);
  });

  it('leaves a repeat with a count of its own alone', () => {
    const text = 'Recalls covered 11,237,000 vehicles in 2024. The plant can test 11,237,000 samples.';
    expect(verdictsOfAll(text, '11,237,000')).toEqual(['verified', 'unverified']);
  });

  it("leaves the result of the writer's own sum alone, whatever number it equals", () => {
    const text = 'There were 3,075 recalls by the end of 2024 and 233 in 2024.\n\nCheck: 3,308 - 3,075 = 233';
    expect(verdictsOfAll(text, '233')).toEqual(['verified', 'unverified']);
  });
});

describe('a rounding written right after the number it restates', () => {
  const verdicts = (text: string, date: string) =>
    Object.fromEntries(checkText(text, set, { date }).mentions.map((m) => [m.text, m.verdict]));

  it('reads "約1,200家" and "逾2萬家" with the number before them', () => {
    const v = verdicts(
      '截至去年底，大陸共有認證機構1,230家，約1,200家。去年底獲認可機構數量20,251家，逾2萬家。',
      '2025-02-12',
    );
    expect(v).toMatchObject({
      '1,230': 'verified',
      '1,200': 'approximate',
      '20,251': 'verified',
      '2萬': 'approximate',
    });
  });

  it('reads ", or nearly 45,000" in English, and contradicts a rounding too far from the figure', () => {
    const v = verdicts(
      'There were 44,499 national standards at the end of 2023, or nearly 45,000. Certification bodies numbered 1,242, or about 1,300.',
      '2024-06-01',
    );
    expect(v).toMatchObject({ '44,499': 'verified', '45,000': 'approximate', '1,242': 'verified' });
    expect(v['1,300']).toBe('contradicted');
  });

  it('reads a restatement after the few words of the noun, with "which is", "so", "that is"', () => {
    const v = verdicts(
      'In 2025 steering defects accounted for 33.5% of the vehicles recalled, engine faults for 19.7% and ' +
        'instruments and lighting for 18.1%; together the three make up 71.3% of the total, which is more than seven in ten.',
      '2026-04-01',
    );
    expect(v).toMatchObject({ '71.3%': 'verified', 'seven in ten': 'approximate' });
  });

  it('does not read another measure, another currency or a far value as a restatement', () => {
    const v = verdicts(
      '2023年全国实施汽车召回214次，约672.8万辆。去年為小微企業提供認證貸608.5億元人民幣，約合新臺幣2,750億元。',
      '2025-02-12',
    );
    expect(v['新臺幣2,750億']).toBe('unverified');
    expect(v['672.8万']).toBe('verified');
  });

  it('judges the rounding against the figure the number before it matched ("1042.0萬件，即逾千萬件")', () => {
    const v = verdicts(
      '去年內地共實施消費品召回771次，即近八百次，涉及產品1042.0萬件，即逾千萬件。',
      '2024-03-20',
    );
    expect(v).toMatchObject({
      '771': 'verified',
      八百: 'approximate',
      '1042.0萬': 'verified',
      千萬: 'approximate',
    });
  });

  it('reads a change said again with its verb ("增長30.3%，即增長逾三成")', () => {
    const v = verdicts(
      '截至8月31日，全國獲認可醫學實驗室達963家，比去年同期增長30.3%，即增長逾三成。',
      '2024-09-10',
    );
    expect(v).toMatchObject({ '30.3%': 'verified', 三成: 'approximate' });
  });

  it('leaves a second number that goes on to say what it counts ("约1,100家为民营")', () => {
    const v = verdicts('2023年底全国认证机构1242家，约1,100家为民营。', '2024-06-01');
    expect(v['1,100']).toBe('unverified');
  });
});

describe('a correction alone in its sentence after a number found wrong', () => {
  it("is judged against the figure the wrong number was checked against, across a reply's break", () => {
    // End of 2024: 114 million vehicles recalled in total.
    const text =
      "> By the end of the year China had carried out 3,075 recalls since the system began, involving 1.14 billion vehicles.\n\nIt's 114 million; your figure would be most of the cars on the planet.";
    const mentions = checkText(text, builtinSet(), { date: '2025-03-20' }).mentions;
    expect(mentions.map((m) => [m.text, m.verdict])).toEqual([
      ['3,075', 'verified'],
      ['1.14 billion', 'contradicted'],
      ['114 million', 'verified'],
    ]);
    expect(mentions[2]?.explanation).toMatch(/corrects the one before it/);
    const wrong = checkText(text.replace("It's 114", "It's 141"), builtinSet(), { date: '2025-03-20' });
    expect(wrong.mentions[2]?.verdict).toBe('contradicted');
  });

  it('is of the same order as what it corrects: "2." opening the next item is no correction', () => {
    const text =
      '1. By the end of 2024 the count of CNAS-accredited bodies had reached 20,215.\n2. Next point.';
    const mentions = checkText(text, builtinSet(), { date: '2025-03-01' }).mentions;
    expect(mentions.find((m) => m.text === '2')?.verdict ?? 'unverified').toBe('unverified');
  });
});

describe('a correction opened by its own words after a wrong number (正确说法, "Should read")', () => {
  it('is judged against the figure the wrong number was checked against', () => {
    // 2024: 26 recalls prompted by SAMR (27 was 2023's count after its defect investigations).
    const text = '错误示例：坐席称"去年总局督促召回27次"。 正确说法：去年为26次。';
    const [wrong, right] = checkText(text, builtinSet(), { date: '2025-04-01' }).mentions;
    expect(wrong?.verdict).toBe('contradicted');
    expect(right?.verdict).toBe('verified');
    expect(isCorrectionLead('正确说法：增长')).toBe(true);
    expect(isCorrectionLead('Should read more than ')).toBe(true);
    expect(isCorrectionLead('正确说法：2024年全国')).toBe(false);
    expect(isCorrectionLead('The correctness of ')).toBe(false);
  });
});

describe('a value the text rejects beside a confirmed one', () => {
  it('is judged against the figure that confirmed the one before it', () => {
    // 2023: the manufacturing product quality pass rate was 93.65%; 2024: 93.93%.
    const text =
      'The manufacturing product quality pass rate kept rising. In 2023 it was 93.65%, not 93.56%, and in 2024 it was 93.93%.';
    expect(verdictsOfAll(text, '93.65%')).toEqual(['verified']);
    const [rejected] = checkText(text, set).mentions.filter((m) => m.text === '93.56%');
    expect(rejected?.verdict).toBe('contradicted');
    expect(rejected?.explanation).toMatch(/set against the one before it/);
  });

  it('is never green: a fair rounding the writer rejects gets no verdict', () => {
    const text = 'The manufacturing product quality pass rate kept rising. In 2024 it was 93.93%, not 94%.';
    const [rejected] = checkText(text, set).mentions.filter((m) => m.text === '94%');
    expect(rejected?.verdict).toBe('unverified');
    expect(rejected?.reason).toBe('rejected');
  });

  it('is read with its own date when it names one', () => {
    const text = 'The manufacturing product quality pass rate was 93.93% in 2024, not 93.65% as in 2023.';
    expect(verdictsOfAll(text, '93.65%')).not.toContain('contradicted');
  });

  it('is left alone when the one before it was not confirmed', () => {
    expect(verdictsOfAll('Our plant pass rate was 91.25%, not 92.15%.', '92.15%')).toEqual(['unverified']);
  });
});

describe("a value said with only its measure's head", () => {
  // The head of a name ("pass rate", 合格率, 指数) names many measures: an official value said with
  // it alone is a coincidence as often as a quote, and is never marked.
  it.each([
    'The school exam pass rate was 93.93% this year.',
    "Our factory's pass rate was 93.65% in 2023.",
    '驾考科目一合格率93.93%。',
    '2023年合格率为93.65%。',
  ])('is unverified: %s', (text) => {
    expect(checkText(text, set).mentions.map((m) => m.verdict)).not.toContain('verified');
  });
});
