import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { fromToStartShift, periodTextOf } from '../src/document/period-segments.ts';
import { maskEventYears, periodsNamed } from '../src/document/context.ts';

const verdicts = verdictsOf;
const periodOf = (sentence: string, number: string) => {
  const at = sentence.indexOf(number);
  return periodTextOf(sentence, at, at + number.length);
};

describe('the period of each number in a sentence that names several', () => {
  it('leaves a sentence with one period alone: every number takes it', () => {
    expect(periodOf('In 2023 there were 214 recalls covering 6.73 million vehicles.', '6.73 million')).toBe(
      undefined,
    );
  });

  it("reads a number's own clause, an earlier leading period, or a bare period after it", () => {
    const s = 'In 2022, 4,488,000 vehicles were recalled, and 6,728,000 in 2023.';
    expect(periodOf(s, '4,488,000')).toBe('In 2022');
    expect(periodOf(s, '6,728,000')).toContain('2023');
    expect(
      periodOf(
        'Carmakers recalled 11.2 million cars, double the 6.7 million of 2023, and 4.5 million NEVs in 2025.',
        '11.2 million',
      ),
    ).toBe('');
  });

  it('splits at a pipe, the cell separator of a row written as text ("2022: 204 | 2023: 214")', () => {
    const s = 'veh_recalls | 2022: 204 | 2023: 214 | 2024: 233';
    expect(periodOf(s, '204')).toBe(' 2022');
    expect(periodOf(s, '214')).toBe(' 2023');
    expect(verdicts('Vehicle recall campaigns | 2022: 204 | 2023: 214 | 2024: 233')).toMatchObject({
      '204': 'verified',
      '214': 'verified',
      '233': 'verified',
    });
  });

  it('does not split a number at its digit-group comma', () => {
    const s = 'There were 1,242 certification bodies at the end of 2023 and 1,230 at the end of 2024.';
    expect(periodOf(s, '1,230')).toContain('2024');
    expect(periodOf(s, '1,242')).toContain('2023');
  });

  it('splits at a full-width comma followed by a year, as at any comma after a word', () => {
    const s = '截至2024年底，有效认证证书为415.8万张，2023年底约为376万张。';
    expect(periodOf(s, '415.8万')).toContain('2024');
    expect(periodOf(s, '376万')).toContain('2023');
    expect(verdicts(s, '2025-01-20')['415.8万']).toBe('verified');
  });

  it('shifts "a year earlier" and "a year later" from the other period, but not a change\'s base', () => {
    const s = 'National standards stood at 43,027 at the end of 2022 and 44,499 a year later.';
    expect(periodOf(s, '44,499')).toBe('2023');
    expect(periodOf('Bodies fell to 1,203 at the end of 2024 from 1,242 a year earlier.', '1,242')).toBe(
      '2023',
    );
    // "on the previous year" is what 49.9% is measured from, not its period.
    const change =
      'In 2023 recalls rose to 6.73 million, up 49.9% on the previous year, and in 2024 to 11.2 million.';
    expect(periodOf(change, '49.9%')).toBe('In 2023 recalls rose');
  });

  it('checks each number against its own year', () => {
    expect(
      verdicts('China had 1,242 certification bodies at the end of 2023 and 1,230 at the end of 2024.'),
    ).toEqual({ '1,242': 'verified', '1,230': 'verified' });
    expect(
      verdicts(
        'China had 43,027 national standards at the end of 2022, of which 2,117 were mandatory, and 44,499 a year later.',
      ),
    ).toEqual({ '43,027': 'verified', '2,117': 'verified', '44,499': 'verified' });
    // The right number for the wrong clause's year is still caught.
    expect(
      verdicts('China had 1,230 certification bodies at the end of 2023 and 1,242 at the end of 2024.'),
    ).toEqual({ '1,230': 'contradicted', '1,242': 'contradicted' });
  });

  it('dates a clause by "now", and a later period only the number it follows', () => {
    const now =
      'There are now more than 54,000 testing institutions, and private ones exceeded 34,000 at the end of last year.';
    expect(verdicts(now, '2024-08-17')['54,000']).toBe('verified');
    const after =
      'China has more than 45,000 national standards, Liu said, and the rate has surpassed 83 per cent, up from 82 per cent in 2023.';
    expect(verdicts(after, '2024-08-17')).toMatchObject({ '45,000': 'verified' });
    // A change between a number and its period does not own the period.
    expect(
      periodOf(
        'Carmakers recalled 11.2 million cars, up 67%, in 2024, and 6.7 million the year before.',
        '11.2 million',
      ),
    ).toBe(' in 2024');
  });
});

describe('the base of a comparison and a sentence looking back', () => {
  it('dates values after "up from" by the period said after them', () => {
    const text =
      'Certifiers had more than 4.158mn valid certificates at the end of 2024, up from about 3.76mn certificates and 1.2mn organisations at the end of 2023.';
    expect(verdicts(text, '2025-01-09')['3.76mn']).toBe('verified');
  });

  it("does not take its paragraph's year from a sentence looking back", () => {
    const text =
      'Some 470,000 firms had self-declared their own standards by the end of 2023. That total had been 402,284 at the end of 2022. Those firms disclosed 3,165,625 standards.';
    expect(verdicts(text, '2024-04-01')['3,165,625']).toBe('verified');
  });
});

describe('上年 counts from the year its paragraph gives', () => {
  it('in a later sentence of the paragraph, even beside another year: the second 19 is wrong for 2023', () => {
    const text = '2024年通过OTA方式实施召回19次。有文章称，上年OTA召回也是19次，但2023年实际只有6次。';
    const got = checkText(text, builtinSet(), { date: '2025-04-01' }).mentions.map((m) => [
      m.text,
      m.verdict,
    ]);
    expect(got).toEqual([
      ['19', 'verified'],
      ['19', 'contradicted'],
      ['6', 'verified'],
    ]);
  });

  it('比上年 stays a comparison base, not a date', () => {
    expect(verdictsOf('2024年，实施OTA召回19次，比上年增加。', '2025-04-01')['19']).toBe('verified');
  });
});

describe('a flow said of a stock', () => {
  it('"一年就公布逾5万项" is no rounding of the cumulative 51078', () => {
    const v = verdictsOf('有文章说，2022年一年就公布团体标准逾5万项。', '2023-05-01');
    expect(v['5万']).not.toBe('approximate');
    expect(v['5万']).not.toBe('verified');
  });
});

describe('"from X the year before" in a sentence that names no year', () => {
  it("dates X a year before the paragraph's year", () => {
    const v = verdictsOf(
      'Carmakers ran 190 recalls in 2025 covering 6.846 million vehicles. That total was down 39.1% from 11.237 million the year before.',
      '2026-04-01',
    );
    expect(v['11.237 million']).toBe('verified');
  });

  it('is not shifted twice where the sentence names its own period', () => {
    const v = verdictsOf(
      'The number of certification bodies fell to 1,230 at the end of 2024 from 1,242 a year earlier.',
      '2025-02-01',
    );
    expect(v['1,242']).toBe('verified');
  });
});

describe('a shift that leads its sentence, and a clause that is the time of the one before', () => {
  it('dates "a year later … rose to N" a year after the paragraph\'s year', () => {
    const text =
      'At the end of 2022 the country had 43,027 national standards. A year later the tally had grown to 44,499, with 2,902 approved during 2023.';
    expect(verdicts(text, '2024-06-01')).toMatchObject({ '43,027': 'verified', '44,499': 'verified' });
  });
  it('does not let a shifted clause with a number of its own date the clauses after it', () => {
    const text =
      'Recall campaigns numbered 214 in 2023. The year before there were 204, and 4,488,000 vehicles were recalled.';
    expect(verdicts(text, '2024-06-01')).toMatchObject({ '214': 'verified', '204': 'verified' });
  });
  it('reads ", when …" in the time of the clause before it, a base year included', () => {
    expect(
      verdicts(
        'Twenty-three technical committees were added in 2023, against 35 in 2022, when the total stood at 1,319.',
        '2024-06-01',
      ),
    ).toMatchObject({ '1,319': 'verified' });
    expect(
      verdicts(
        'Campaigns rose to 214 in 2023. That is 4.9 per cent more than the previous year, when 204 campaigns covered 4.488 million vehicles.',
        '2024-06-01',
      ),
    ).toMatchObject({ '204': 'verified', '4.488 million': 'verified' });
  });
});

describe('asides and compared values', () => {
  it('keeps a shift inside brackets to the aside ("(the year before it was …)")', () => {
    expect(
      verdicts(
        'In 2024, 40% of recalled vehicles were new-energy vehicles (the year before it was 23.8%).',
        '2025-05-01',
      ),
    ).toEqual({ '40%': 'verified', '23.8%': 'verified' });
  });
  it('dates a number by a period in brackets right after it', () => {
    expect(verdicts('Founded: 2001\nNational standards: 44,499 (end of 2023)', '2024-06-01')).toMatchObject({
      '44,499': 'verified',
    });
  });
  it('does not date later clauses by the year of a value compared with ("double the 26 of 2024")', () => {
    expect(
      verdicts(
        'SAMR-urged recalls numbered 55 last year, more than double the 26 of 2024, and covered 42.9% of the total.',
        '2026-04-01',
      ),
    ).toMatchObject({ '55': 'verified', '42.9%': 'verified' });
  });
});

describe('Chinese comparison bases', () => {
  it('does not shift a level by the year its change is measured from (較前一年同期增長)', () => {
    const v = verdicts(
      '回溯去年8月底，CNAS累計認可各類機構19,510家；獲認可醫學實驗室963家，較前一年同期增長33%。',
      '2025-02-12',
    );
    expect(v['963']).toBe('verified');
    expect(v['33%']).toBe('contradicted');
  });

  it('keeps the date of a base value written with it (比前年末的51078项)', () => {
    const v = verdicts(
      '截至上年末，全国社会团体在全国团体标准信息平台上累计公布团体标准74240项，比前年末的51078项增长45.3%。',
      '2024-06-01',
    );
    expect(v['74240']).toBe('verified');
    expect(v['51078']).toBe('verified');
  });

  it('dates a value compared with by its own words (較前年底之1,242家, 比2023年底的1242家)', () => {
    expect(periodOf('惟依官方數據，去年底家數較前年底之1,242家略減。', '1,242')).toBe('前年底');
    expect(periodOf('2024年底认证机构1230家，比2023年底的1242家减少12家。', '1242')).toBe('2023年底');
    expect(verdicts('去年底大陸認證機構1,230家，較前年底之1,242家略減。', '2025-02-12')['1,242']).toBe(
      'verified',
    );
  });
});

describe('a shift after a value compared with', () => {
  it('dates that value only ("published 23,162 group standards, compared with 17,675 the year before")', () => {
    const v = verdicts(
      'During last year SAMR approved and released 2,902 national standards; and associations published 23,162 group standards, compared with 17,675 the year before.',
      '2024-05-01',
    );
    expect(v).toMatchObject({ '2,902': 'verified', '23,162': 'verified', '17,675': 'verified' });
  });
});

describe('a clause that is only a shift', () => {
  it('dates the clauses after it from the year before it ("In 2024, …, and the year before, … 60%")', () => {
    const s =
      'In 2024, recalls urged by SAMR covered about half of all recalled vehicles, and the year before, recalls triggered by its investigations covered nearly 60%.';
    expect(periodTextOf(s, s.indexOf('half'), s.indexOf('half') + 4)).toBe('In 2024');
    expect(periodTextOf(s, s.indexOf('60%'), s.indexOf('60%') + 3)).toBe('2023');
  });

  it('but not as the base of a comparison ("35% more than the year before, and … nearly 2,400")', () => {
    const s =
      'In 2024 the regulator approved 2,869 standards, 35% more than the year before, and the stations reached nearly 2,400 by the end of the year.';
    expect(periodTextOf(s, s.indexOf('2,400'), s.indexOf('2,400') + 5)).not.toBe('2023');
  });
});

describe('a count after a hedge, written like a year', () => {
  it('is no year ("more than 2000 enterprises", "some 2000 firms")', () => {
    const v = verdictsOf(
      'In 2023, more than 2000 enterprises took part, and enterprise standard leaders numbered 3,631.',
      '2024-06-01',
    );
    expect(v['3,631']).toBe('verified');
    expect(periodsNamed('some 2000 firms and over 2000 labs').years).toEqual([]);
    expect(periodsNamed('in 2000 and by 2023').years).toEqual([2000, 2023]);
  });
});

describe('the start of a change written "from X to Y" in a sentence that names one year', () => {
  it("stood at the end of the year before (the year is the change's)", () => {
    // The pass rate was 93.65% in 2023 and 93.93% in 2024.
    const en = verdictsOf(
      "In 2024 China's manufacturing product quality pass rate rose from 93.65% to 93.93%.",
    );
    expect(en['93.65%']).toBe('verified');
    expect(en['93.93%']).toBe('verified');
    const zh = verdictsOf('2024年制造业产品质量合格率从93.65%提高到93.93%。');
    expect(zh['93.65%']).toBe('verified');
  });

  it('whether the end value is written in digits or in words, hedged or not', () => {
    // The pass rate was 93.65% in 2023 and 93.93% in 2024.
    const s = 'In 2024 the pass rate rose from 93.65% to well over 93%.';
    const at = s.indexOf('93.65%');
    expect(fromToStartShift(s, at, at + 6)).toBe(-1);
    const words = 'In 2023 the share jumped from about 30% to well over half.';
    expect(fromToStartShift(words, words.indexOf('30%'), words.indexOf('30%') + 3)).toBe(-1);
    const thirds = 'In 2023 it rose from 40% to two-thirds.';
    expect(fromToStartShift(thirds, thirds.indexOf('40%'), thirds.indexOf('40%') + 3)).toBe(-1);
    const zh = '2023年占比从三成提高到近七成。';
    expect(fromToStartShift(zh, zh.indexOf('三成'), zh.indexOf('三成') + 2)).toBe(-1);
  });

  it('but not when the sentence names two years, nor without "to" after it', () => {
    expect(fromToStartShift('From 2022 to 2024 it rose from 93.29% to 93.93%.', 28, 34)).toBe(0);
    const s = 'In 2024 recalls fell from the peak of 11.2 million.';
    expect(fromToStartShift(s, s.indexOf('11.2'), s.indexOf('11.2') + 12)).toBe(0);
  });
});

describe('a year that labels a value of its own in brackets', () => {
  it('dates that value, not the number before the brackets ("214 (2022: 204)")', () => {
    const text =
      'FACTBOX - China recalls in 2023 (source: SAMR)\n- Vehicle recall campaigns: 214 (2022: 204)\n- Vehicles recalled: 6.728 mln (2022: 4.488 mln)\n';
    expect(verdictsOf(text, '2024-03-20')).toMatchObject({
      '214': 'verified',
      '204': 'verified',
      '6.728 mln': 'verified',
      '4.488 mln': 'verified',
    });
  });
});

describe('values after "to" in "from A in YEAR to B, C and then D"', () => {
  it('are not dated by the year of the value they start from', () => {
    const v = verdictsOf(
      'The number of campaigns moved much less: from 204 in 2022 to 214, 233 and then 190, a fall of nearly a fifth last year.',
      '2026-04-01',
    );
    expect(v).toMatchObject({ '204': 'verified', '214': 'verified', '233': 'verified' });
    // (A total reached "to" a number, with no "from", keeps the sentence's year.)
    expect(
      verdictsOf(
        'China set up 35 new committees in 2022, and added 23 more in 2023, bringing the total to 1,338.',
        '2024-04-01',
      )['1,338'],
    ).not.toBe('contradicted');
  });
});

describe('a month said without its year', () => {
  it('is the month of the year the clause before names ("up from 1,879 in August")', () => {
    const v = verdictsOf(
      'Internationally recognised calibration and measurement capabilities (CMCs) reached 1,958 at the end of 2024, up from 1,879 in August.',
      '2025-03-05',
    );
    expect(v).toMatchObject({ '1,958': 'verified', '1,879': 'verified' });
  });
});

describe('a value compared with as "the YEAR level of X"', () => {
  it('keeps its year to itself: the clauses after it are dated by the sentence', () => {
    const v = verdictsOf(
      'Recalls of battery-electric and plug-in hybrid models covered 4.49mn cars in 2024, almost triple the 2023 level of 1.6mn, and exactly two-fifths of all vehicles recalled.',
      '2025-04-01',
    );
    expect(v).toMatchObject({ '1.6mn': 'approximate', 'two-fifths': 'verified' });
  });
});

describe('a number right after "the previous year\'s"', () => {
  it('is the year before the paragraph gives, in a sentence that names no year, and once only in one that does', () => {
    const tail =
      "Carmakers used over-the-air updates in 19 campaigns covering 4.07mn vehicles, more than three times the previous year's 1.17mn.";
    expect(verdictsOf(`OTA recalls had a record year in 2024. ${tail}`, '2025-04-01')['1.17mn']).toBe(
      'approximate',
    );
    expect(
      verdictsOf(
        `In 2024 carmakers used over-the-air updates in 19 campaigns covering 4.07mn vehicles, more than three times the previous year's 1.17mn.`,
        '2025-04-01',
      )['1.17mn'],
    ).toBe('approximate');
  });
});

describe('a goal the number is set against', () => {
  it('is the goal\'s, not the number\'s ("reached 85.21 in 2023 against a 2025 target of 86")', () => {
    const v = verdictsOf(
      'The manufacturing quality competitiveness index, a composite, reached 85.21 in 2023 against a 2025 target of 86.',
      '2024-04-01',
    );
    expect(v).toMatchObject({ '85.21': 'verified', '86': 'verified' });
  });
});

describe("a goal's year in the paragraph", () => {
  it('dates no level said after it ("The 2025 target is 94%. … the index reached 85.6")', () => {
    const v = verdictsOf(
      'The pass rate rose to 93.93% in 2024. The 2025 target is 94%, and China will probably hit it. The competitiveness index of manufacturing quality reached 85.6.',
      '2025-04-01',
    );
    expect(v['85.6']).toBe('verified');
  });
});

describe('"two years earlier"', () => {
  it('shifts the year by two', () => {
    const v = verdictsOf(
      'By the end of 2024 Chinese recalls had covered 114 million vehicles in total, up from 95.79 million two years earlier and 103 million at the end of 2023.',
      '2025-04-01',
    );
    expect(v).toMatchObject({
      '114 million': 'verified',
      '95.79 million': 'approximate',
      '103 million': 'verified',
    });
  });
});

describe('"a year earlier" than "now"', () => {
  it("is the year before the text's date, not now", () => {
    const v = verdictsOf(
      'By 31 August, 963 medical laboratories had been accredited. In other words, almost 1,000 medical laboratories are now accredited, against about 739 a year earlier.',
      '2024-09-20',
    );
    expect(v['739']).toBe('unverified');
  });
});

describe('a row written as text', () => {
  it('splits at slashes and column gaps, each value dated by the label before it', () => {
    expect(
      verdictsOf(
        '国家标准　　2022年底 43027　　2023年底 44499\n行业标准  2022年底 78431  2023年底 80828',
        '2024-03-28',
      ),
    ).toEqual({ '43027': 'verified', '44499': 'verified', '78431': 'verified', '80828': 'verified' });
    expect(verdictsOf('(GFX LINE 1: VEHICLE RECALLS 2023: 214 / 2024: 233)', '2025-03-20')).toEqual({
      '214': 'verified',
      '233': 'verified',
    });
  });
});

describe('a date in brackets that labels a value of its own', () => {
  it('dates that value only, a whole day as well as a year', () => {
    const sentence = (label: string) =>
      `As at 31 December 2024, there were 1,230 certification bodies in the PRC (${label}: 1,242), holding more than 4.158 million valid certificates in aggregate.`;
    for (const label of ['31 December 2023', '2023'])
      expect(verdictsOf(sentence(label), '2025-03-30')).toEqual({
        '1,230': 'verified',
        '1,242': 'verified',
        '4.158 million': 'verified',
      });
  });
});

describe('the year a change is measured against', () => {
  it('dates no clause after it ("49.9% more than in 2022, and that 23.8% of them …")', () => {
    expect(
      verdictsOf(
        "The regulator's recall notice for 2023 showed that carmakers called back 6.728 million vehicles that year, 49.9% more than in 2022, and that 23.8% of them were new-energy vehicles.",
        '2024-06-01',
      ),
    ).toEqual({ '6.728 million': 'verified', '49.9%': 'verified', '23.8%': 'verified' });
  });
});

describe('a period said only in a comparison base after the numbers', () => {
  it('dates the base alone ("— 42.9% of the total — …, down from just over half in 2024")', () => {
    expect(
      verdictsOf(
        'The agency said 55 recalls involving 2.934 million vehicles — 42.9% of the total — followed its own urging or defect investigations, down from just over half in 2024.',
        '2026-03-20',
      ),
    ).toMatchObject({ '55': 'verified', '2.934 million': 'verified', '42.9%': 'verified' });
  });

  it('is no base after a hedge ("More than seven out of ten of the cars recalled last year")', () => {
    expect(
      verdictsOf(
        'More than seven out of ten of the cars recalled last year had defects in their steering, engines or instruments and lighting, and steering alone accounted for a third.',
        '2026-04-08',
      ),
    ).toMatchObject({ 'a third': 'approximate' });
  });
});

describe('a Chinese change from one value to another (由…增至…)', () => {
  it('dates the start by its own words and the end by the text, as "from … to" does', () => {
    expect(
      verdictsOf(
        '与此同时，有效认证证书由2023年底的约376万张增至415.8万余张，获证组织由约102万家增至约110万家。',
        '2025-02-01',
      ),
    ).toEqual({ '376万': 'verified', '415.8万余': 'verified', '102万': 'verified', '110万': 'verified' });
  });
});

describe('the base of a change after "up from" or "down from"', () => {
  it('takes the measure of the clause before it', () => {
    expect(
      verdictsOf(
        'Carmakers recalled about 6.8 million vehicles last year, down from more than 11 million in 2024.',
        '2026-04-08',
      ),
    ).toEqual({ '6.8 million': 'approximate', '11 million': 'approximate' });
  });

  it('is dated by a shift said after it ("up from 37 and 3.535 million a year earlier")', () => {
    expect(
      verdictsOf(
        'Emission recalls are small but growing. The cumulative total of emission recalls reached 50 campaigns and 4.113 million vehicles at the end of 2025, up from 37 and 3.535 million a year earlier.',
        '2026-04-01',
      ),
    ).toMatchObject({ '37': 'verified', '3.535 million': 'verified' });
  });
});

describe("a document's release date", () => {
  it('dates the document, not the figures it gives', () => {
    // 44,499 national standards at the end of 2023; the annual report came out in March 2024.
    const text =
      'By the end of 2023, according to the annual report released in March 2024, the stock of national standards had grown to 44,499, group standards to more than 74,000 and local standards to nearly 70,000.';
    expect(verdictsOf(text, '2025-06-01')).toEqual({
      '44,499': 'verified',
      '74,000': 'approximate',
      '70,000': 'approximate',
    });
    expect(maskEventYears('the report published on 19 March 2025 said')).not.toMatch(/2025|March/);
  });

  it("but a count released in a year is that year's", () => {
    expect(maskEventYears('2,902 national standards were released in 2023')).toContain('2023');
    expect(verdictsOf('In all, 2,902 national standards were released in 2023.', '2024-06-01')['2,902']).toBe(
      'verified',
    );
  });
});

describe('"a year ago", 一年前', () => {
  it("is a year before the date just named: the year before's count is that year's", () => {
    const v = verdictsOf(
      '截至2023年底,我国国家标准共44499项,行业标准80828项,地方标准69709项;一年前,国标为43027项,行业标准和地方标准分别为61969项和78431项。',
      '2024-06-01',
    );
    expect(v).toMatchObject({ '44499': 'verified', '43027': 'verified' });
    // (The swapped pair is wrong for the year before, the year it is quoted for.)
    expect(
      checkText(
        '截至2023年底,行业标准80828项,地方标准69709项;一年前,行业标准和地方标准分别为61969项和78431项。',
        builtinSet(),
        {
          date: '2024-06-01',
        },
      ).mentions.find((m) => m.text === '61969')?.likelyError?.kind,
    ).toBe('swapped');
  });

  it("with no date before it, is a year before the text's date, not the time it is set against", () => {
    // 963 accredited medical laboratories at the end of August 2024, up 30.3% on a year earlier.
    const v = verdictsOf('國家醫學實驗室認可數量由一年前的約740家增至目前近千家,增長速度快。', '2024-09-20');
    expect(v['740']).toBe('unverified');
    expect(v['千']).toBe('approximate');
  });
});
