import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText, type CheckedMention } from '../src/check/check-text.ts';

const set = builtinSet();
/** The checked mention whose text is `written` in `text`. */
function verdictOf(text: string, written: string): CheckedMention {
  const m = checkText(text, set).mentions.find((x) => x.text === written);
  expect(m, `no mention "${written}" in: ${text}`).toBeDefined();
  return m!;
}

describe('verified', () => {
  it.each([
    ['By the end of 2023, China had 44,499 national standards.', '44,499', 'national-standards-total'],
    [
      'Regulators oversaw the recall of 6.728 million defective vehicles in 2023.',
      '6.728 million',
      'defective-vehicles-recalled',
    ],
    [
      'Regulators oversaw the recall of 6,728,000 defective vehicles in 2023.',
      '6,728,000',
      'defective-vehicles-recalled',
    ],
    ['2023年，全国召回缺陷汽车672.8万辆。', '672.8万', 'defective-vehicles-recalled'],
    [
      'The effective implementation rate of national standards was 93.7%.',
      '93.7%',
      'national-standards-effective-implementation-rate',
    ],
    [
      'Eighteen departments jointly issued an action plan to improve quality.',
      'Eighteen',
      'quality-improvement-action-plan-issuing-departments',
    ],
    ['China now has 202 national measurement benchmarks.', '202', 'national-measurement-benchmarks'],
    [
      'China had 192 national measurement benchmarks, officials said in January.',
      '192',
      'national-measurement-benchmarks',
    ],
  ])('%s', (text, written, key) => {
    const m = verdictOf(text, written);
    expect(m.verdict, m.explanation).toBe('verified');
    expect(m.figure).not.toBeNull();
    expect(m.figure!.measureKey).toBe(key);
    expect(m.figure!.source.title).toBeTruthy();
  });

  it('cites the national total, not the survey that covered "more than 44,000" of them', () => {
    const m = verdictOf('截至2023年底，我国现行国家标准4.4万余项。', '4.4万余');
    expect(m.verdict, m.explanation).toBe('approximate');
    expect(m.figure!.id).toBe('samr-2024-03-27-standardization-report/national-standards-total');
  });

  it("keeps the measure's other dates with the verdict, and names sources that differ on the same date", () => {
    const m = verdictOf('China now has 202 national measurement benchmarks.', '202');
    expect(m.alternatives.map((f) => f.value)).toContain(192);
    expect(m.explanation).not.toMatch(/Sources differ/);
    const same = verdictOf('截至2024年8月底，CNAS认可各类机构共19510家。', '19510');
    expect(same.verdict, same.explanation).toBe('verified');
    expect(same.explanation).toMatch(/同一日期各来源数据不一：超过1.9万/);
    expect(
      verdictOf('By the end of August 2024, CNAS had accredited 19,510 bodies.', '19,510').explanation,
    ).toMatch(/Sources differ for this date: more than 19,000/);
  });
});

describe('approximate', () => {
  it.each([
    ['China had about 44,500 national standards at the end of 2023.', 'about 44,500'],
    ['There are more than 17,000 accredited conformity assessment bodies.', '17,000'],
    ['Enterprises had disclosed 3.17 million enterprise standards by the end of 2023.', '3.17 million'],
    ['Nearly 6.73 million defective vehicles were recalled in 2023.', '6.73 million'],
  ])('%s', (text, written) => {
    const m = verdictOf(text, written.replace(/^about /, ''));
    expect(m.verdict, m.explanation).toBe('approximate');
    expect(m.figure).not.toBeNull();
  });
});

describe('contradicted', () => {
  it('a wrong number for a named measure', () => {
    const m = verdictOf('In 2023 regulators recalled 7.28 million defective vehicles.', '7.28 million');
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.figure!.value).toBe(6_728_000);
    expect(m.explanation).toMatch(/6,728,000/);
  });

  it('transposed digits', () => {
    const m = verdictOf(
      "China's internationally recognized calibration and measurement capabilities have reached 1,897.",
      '1,897',
    );
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.likelyError?.kind).toBe('transposed');
  });

  it('a wrong scale', () => {
    const m = verdictOf(
      'Inspection and testing institutions had an annual revenue of over 470 million yuan.',
      '470 million',
    );
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.likelyError?.kind).toBe('scale');
  });

  it('transposed digits of a two-digit number', () => {
    const m = verdictOf(
      'The annual revenue of inspection and testing institutions was 740 billion yuan.',
      '740 billion',
    );
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.likelyError?.kind).toBe('transposed');
    expect(verdictOf('国际标准转化率达到28%。', '28%').verdict).toBe('contradicted');
  });

  it('an earlier figure quoted for a later date: out of date', () => {
    const m = verdictOf('In August 2024, China had 192 national measurement benchmarks.', '192');
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.figure!.value).toBe(202);
    expect(m.likelyError?.kind).toBe('outdated');
    expect(
      verdictOf('China had 192 national measurement benchmarks, officials said in January 2024.', '192')
        .verdict,
    ).toBe('verified');
  });

  it('rounding beyond the hedge', () => {
    const m = verdictOf('By the end of 2023 China had more than 50,000 national standards.', '50,000');
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.likelyError?.kind).toBe('hedge');
  });

  it('in Chinese', () => {
    const m = verdictOf('2023年，全国召回缺陷汽车728万辆。', '728万');
    expect(m.verdict, m.explanation).toBe('contradicted');
  });
});

describe('unverified', () => {
  it('the same number in an unrelated context is never verified', () => {
    const m = verdictOf('The stadium seats 65,000 fans.', '65,000');
    expect(m.verdict).toBe('unverified');
    expect(m.figure).toBeNull();
  });

  it.each([
    [
      'a period the set has no figure for',
      'By the end of 2020, China had 44,499 national standards.',
      '44,499',
    ],
    ['a subset', 'China recalled 6.728 million new-energy vehicles in 2023.', '6.728 million'],
    ['a region', 'Guangdong had 44,499 national standards at the end of 2023.', '44,499'],
    ['a broader measure', 'In 2023, a total of 56,000 violation cases were handled.', '56,000'],
  ])('%s is not a contradiction', (_kind, text, written) => {
    const m = verdictOf(text, written);
    expect(m.verdict, m.explanation).toBe('unverified');
  });

  it('names the nearby official figure when the period differs', () => {
    const m = verdictOf('By the end of 2020, China had 44,499 national standards.', '44,499');
    expect(m.alternatives[0]?.value).toBe(44499);
    expect(m.explanation).toMatch(/another period/);
  });

  it("contradicts another year's value stated for a year the set has, and says whose it is", () => {
    const m = verdictOf('By the end of 2022, China had 44,499 national standards.', '44,499');
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.figure?.value).toBe(43027);
    expect(m.likelyError?.kind).toBe('wrong-period');
    expect(m.likelyError?.message).toMatch(/44,499, by the end of 2023/);
    const earlier = verdictOf('2023年，全国共实施汽车召回448.8万辆。', '448.8万');
    expect(earlier.verdict, earlier.explanation).toBe('contradicted');
    expect(earlier.likelyError?.kind).toBe('outdated');
  });

  it('does not take a target for a result', () => {
    const m = verdictOf('In 2025 the pass rate of manufacturing products reached 94%.', '94%');
    expect(m.verdict, m.explanation).not.toBe('verified');
  });

  it('a round number next to a one-word measure is neither a rounding nor an error of an official figure', () => {
    expect(verdictOf('35 universities will join the program.', '35').verdict).toBe('unverified');
    expect(verdictOf('20 departments attended the meeting.', '20').verdict).toBe('unverified');
  });

  it('a rate that only shares the word "rate" is not the official rate', () => {
    expect(verdictOf('The school exam pass rate was 93.7%.', '93.7%').verdict).toBe('unverified');
  });

  it('a dateline names where the story was filed, not a scope', () => {
    expect(
      verdictOf('BEIJING -- China had 44,499 national standards in force at the end of 2023.', '44,499')
        .verdict,
    ).toBe('verified');
  });

  it('numbers nothing in the set is about', () => {
    expect(verdictOf('Tickets cost 380 yuan and 12,345 people came.', '12,345').verdict).toBe('unverified');
  });
});

describe('robustness', () => {
  it('checks a whole source transcript without a contradiction or a wrong verification', () => {
    // The sources themselves are correct by definition: nothing in them may be red.
    const text = set.figures.map((f) => f.quote).join('\n');
    const report = checkText(text, set);
    expect(report.summary.contradicted).toBe(0);
    // A verified or approximate mark must cite a figure with the mention's own value: a green mark
    // on a quote that cites another figure of another value would be a wrong verification.
    const wrongGreen = report.mentions.filter((m) => {
      if (!m.figure) return false;
      if (m.verdict === 'verified') return m.figure.value !== m.value;
      if (m.verdict === 'approximate') return Math.abs(m.value - m.figure.value) > 0.1 * m.figure.value;
      return false;
    });
    expect(wrongGreen.map((m) => `${m.text} -> ${m.figure?.id}`)).toEqual([]);
    expect(report.summary.verified).toBeGreaterThan(set.size / 2);
  });
});

describe('sampling pass rates named the way writers name them', () => {
  it('reads "food samples", "food safety sampling" and "farm produce" without the words "pass rate"', () => {
    const report = checkText(
      'Last year 99% of food and drug samples passed, as did 98% of farm produce in routine checks.',
      set,
      { date: '2025-03-10' },
    );
    expect(report.mentions.map((m) => m.verdict)).toEqual(['verified', 'verified']);
  });

  it('does not take "products sampled" for agricultural products', () => {
    const text = 'Nearly 94% of factory products sampled met the standard last year.';
    expect(checkText(text, set, { date: '2025-03-10' }).mentions[0]?.verdict).not.toBe('contradicted');
  });
});

describe('a plain number whose sentence names its measure', () => {
  it('is confirmed when it is exactly the one figure of that value the sentence names', () => {
    const v = Object.fromEntries(
      checkText('消费品方面，去年我国实施消费品召回771次，涉及产品1042.0万件，前年则为690次。', set, {
        date: '2024-03-20',
      }).mentions.map((m) => [m.text, m.verdict]),
    );
    expect(v['690']).toBe('verified');
    const en = checkText(
      'In 2023, 4,141 industry standards were filed, bringing the total on file to about 80,800 across 75 approved categories.',
      set,
      { date: '2024-04-01' },
    ).mentions.find((m) => m.text === '75');
    expect(en?.verdict).toBe('verified');
  });

  it('is not, when its own clause names a measure of another value, or when it is a change', () => {
    const v = Object.fromEntries(
      checkText('目前內地共有4個法律法規、17個規範性文件及24個部門規章採信認可結果。', set, {
        date: '2024-09-10',
      }).mentions.map((m) => [m.text, m.verdict]),
    );
    expect(v['24']).not.toBe('verified');
    expect(v['17']).not.toBe('verified');
    const change = checkText('去年內地汽車召回672.8萬輛，按年增長4.9%。', set, {
      date: '2024-03-20',
    }).mentions.find((m) => m.text === '4.9%');
    expect(change?.verdict).not.toBe('verified');
  });
});

describe('a plain rounding whose sentence names its measure', () => {
  it('is approximate when it rounds an exact figure ("占了快四成" for 38.7%)', () => {
    const found = checkText('去年新能源汽车召回105次，涉及265.2万辆，占了快四成。', set, {
      date: '2026-03-25',
    }).mentions.find((m) => m.text === '四成');
    expect(found?.verdict).toBe('approximate');
  });
});

describe('a scale slip of one figure that rounds another', () => {
  it("is the rounding: 约1000万件 is 2023's 1042.0万件, not the cumulative 1.01亿件 mis-scaled", () => {
    const v = verdictsOf('去年全国共实施消费品召回771次，涉及产品约1000万件。', '2024-04-01');
    expect(v['1000万']).toBe('approximate');
    // (A slip that rounds nothing named is still a slip: 1.01亿件 written as 1.01万件.)
    expect(verdictsOf('截至2023年底，累计实施消费品召回涉及产品1.01万件。', '2024-04-01')['1.01万']).toBe(
      'contradicted',
    );
  });
});

describe('a number the writer says they worked out', () => {
  it('is unverified, in English and Chinese', () => {
    // 40% of vehicles recalled in 2024 were new-energy ones: the writer's own 40% is theirs.
    const en = verdictsOf(
      'In 2024 new-energy vehicles were about 40% of vehicles recalled - that is my own calculation.',
      '2025-04-01',
    );
    expect(en['40%']).toBe('unverified');
    expect(
      verdictsOf('In 2024 new-energy vehicles were about 40% of vehicles recalled.', '2025-04-01')['40%'],
    ).not.toBe('unverified');
    const zh = verdictsOf('去年新能源汽车召回，按我局测算约占召回总数量的四成。', '2025-04-01');
    expect(zh['四成']).toBe('unverified');
  });

  it('is said in more ways: "my own division", "by our count"', () => {
    // 2024: 89 new-energy recalls of 233; CNAS had 19,510 accredited bodies at end-August 2024.
    const aside = verdictsOf(
      'By campaign count the EV share in 2024 was 38.2% (89 of 233, my own division).',
      '2025-04-01',
    );
    expect(aside['38.2%']).toBe('unverified');
    // (What was divided is quoted, not worked out.)
    expect(aside['233']).not.toBe('unverified');
    // ("adds up to" is not one of them: "190 recalls, which adds up to more than in 2022".)
    expect(
      verdictsOf('In 2025 there were 190 recalls, which adds up to more than in 2022.', '2026-04-01')['190'],
    ).toBe('verified');
  });

  it('keeps a change read with its level unchecked too', () => {
    const v = verdictsOf(
      'Vehicles recalled fell to 6.846 million in 2025, a drop of 39.1% by my arithmetic from 11.237 million.',
      '2026-04-01',
    );
    expect(v['39.1%']).toBe('unverified');
  });

  it('is only the number nearest the words, not every number of the clause before them', () => {
    const v = verdictsOf(
      'OTA recalls fell from 4.068 million vehicles in 2024 to 1.756 million in 2025, a drop of roughly 57% by my arithmetic.',
      '2026-04-01',
    );
    expect(v['57%']).toBe('unverified');
    expect(v['1.756 million']).toBe('verified');
  });

  it("is not one whose neighbour's aside says so", () => {
    const text =
      'National standards in force at the end of 2023: 44,499, so the stock grew by about 1,470 (my arithmetic) even though 2,902 new national standards were approved in 2023.';
    expect(verdictsOf(text, '2024-04-01')['2,902']).toBe('verified');
  });

  it('is every number of one claim joined by words alone, but not a number the working-out goes on to', () => {
    // End-2024: 1.14 yi vehicles recalled in total.
    const both = verdictsOf(
      'Since recalls began, China has recalled 121 million vehicles in 3,265 campaigns, according to our calculation.',
      '2026-03-20',
    );
    expect(both).toMatchObject({ '121 million': 'unverified', '3,265': 'unverified' });
    // 2024: vehicles recalled by OTA +246.8%.
    const onwards = verdictsOf(
      'The notice reports a growth of 246.8% in the number of vehicles recalled by OTA, which on my own arithmetic is a multiple of roughly three and a half.',
      '2025-06-01',
    );
    expect(onwards['246.8%']).toBe('verified');
  });

  it('is not the official number a worked-out average is derived from ("averaged … each", "per")', () => {
    // 2024: 233 vehicle recalls covering 11.237 million vehicles.
    const each = verdictsOf(
      'In 2024 China carried out 233 vehicle recalls, which averaged 48,227 vehicles each by my calculation.',
      '2026-05-01',
    );
    expect(each).toMatchObject({ '233': 'verified', '48,227': 'unverified' });
    const per = verdictsOf(
      'In 2024 China recalled 11.237 million vehicles in 233 campaigns, or 48,227 per campaign by my own calculation.',
      '2026-05-01',
    );
    expect(per).toMatchObject({ '11.237 million': 'verified', '233': 'verified' });
  });
});

describe("what is no writer's own calculation", () => {
  it("a source's own estimate, and an aside after a Chinese comma", () => {
    // 2024: 11.237 million vehicles recalled.
    const en = verdictsOf(
      "According to SAMR's own calculation, 9.2 million vehicles were recalled in 2024.",
      '2025-04-01',
    );
    expect(en['9.2 million']).toBe('contradicted');
    expect(verdictsOf('2024年召回汽车920万辆，按本局测算，新能源占四成。', '2025-04-01')['920万']).toBe(
      'contradicted',
    );
  });
});

describe('a headline\'s second clause opened by "as"', () => {
  it('keeps its words to itself: "… recalled in 2025 as new-energy share hits 38.7%"', () => {
    // 2025: 6.846 million vehicles recalled, 38.7% of them new-energy.
    const right = verdictsOf(
      'SAMR: 6.846 million vehicles recalled in 2025 as new-energy share hits 38.7%',
      '2026-03-25',
    );
    expect(right).toMatchObject({ '6.846 million': 'verified', '38.7%': 'verified' });
    const slip = verdictsOf(
      'SAMR: 6.846 billion vehicles recalled in 2025 as new-energy share hits 38.7%',
      '2026-03-25',
    );
    expect(slip['6.846 billion']).toBe('contradicted');
  });
});
