import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { MAX_SCALE_SLIP_POWER, scaleSlipPower } from '../src/rules/numbers.ts';
import { scopeWords } from '../src/document/context.ts';

const set = builtinSet();
const verdicts = verdictsOf;

describe('the scope a writer names in other words', () => {
  it('reads "at the urging of" as prompted by SAMR (data/lexicon/scopes.json aliases)', () => {
    expect(
      verdicts(
        'Recalls carried out at the urging of the SAMR numbered 55 and involved 2,934,000 vehicles in 2025.',
      ),
    ).toMatchObject({ '2,934,000': 'verified' });
  });

  it("reads the regulator's intervention as prompted by SAMR", () => {
    expect(
      verdicts(
        'In 2024 SAMR said its intervention led to 26 recalls covering 5.67mn vehicles, just over half of the total.',
      ),
    ).toMatchObject({ '5.67mn': 'approximate', half: 'approximate' });
    expect(
      verdicts(
        'In 2024 twenty-six recalls came after the regulator stepped in, and they covered 5.672 million vehicles, 42% more than in 2023.',
      ),
    ).toMatchObject({ '5.672 million': 'verified', '42%': 'verified' });
  });

  it('completes a head noun next to the number with the scope named earlier in the sentence', () => {
    const text =
      'Over-the-air (OTA) updates, which fix software remotely, were used in 19 campaigns in 2024, covering 4,068,000 vehicles.';
    expect(verdicts(text)).toMatchObject({ '19': 'verified' });
  });

  it('does not let a modifier elsewhere in the sentence complete another measure', () => {
    // "recalled" belongs to the first clause; 400 beside "such versions" is not a recall count.
    const v = verdicts(
      'Carmakers recalled 6,728,000 vehicles in 2023 and dealers sold about 400 such vehicles.',
    );
    expect(v['400']).toBe('unverified');
  });
});

describe('scale slips', () => {
  it('are at most 万 for 亿 (10^4): "1.1 million" is no slip of 11', () => {
    expect(scaleSlipPower(4.7e7, 4.7e11)).toBe(-MAX_SCALE_SLIP_POWER);
    expect(scaleSlipPower(1.1e6, 11)).toBe(0);
    expect(
      verdicts('The largest single recall of 2022, by one carmaker, covered about 1.1 million vehicles.')[
        '1.1 million'
      ],
    ).not.toBe('contradicted');
  });
});

describe('label lines and hedges of one side', () => {
  it('reads the whole label of a "Label, year: value" line, and "above" as repeating "at least"', () => {
    expect(verdicts('Indicator: Food safety evaluative sampling pass rate, 2023: above 99%')['99%']).toBe(
      'verified',
    );
  });
});

describe('an elliptic clause', () => {
  it('takes its measure from the clause before ("from about 3.8 million to more than 4.1 million")', () => {
    const text =
      'Valid certification certificates rose from about 3.8 million to more than 4.1 million, and certified organizations from about 1 million to about 1.1 million.';
    expect(verdicts(text, '2025-03-01')).toMatchObject({
      '4.1 million': 'approximate',
      '1.1 million': 'verified',
    });
  });
});

describe('a text quotes only what was said before it', () => {
  it('does not check against a statement made after the text was written', () => {
    // 1.1 million certified organizations is the end-2024 figure, stated in January 2025.
    const v = checkText('截至目前，我国质量认证获证组织数量约110万家。', set, { date: '2024-06-08' })
      .mentions[0];
    expect(v?.verdict).not.toBe('verified');
  });
});

describe('keywords written with scope aliases', () => {
  it('names "recalls prompted by SAMR" by "campaigns … at its urging"', () => {
    const report = checkText(
      'In 2024 some 26 campaigns were launched at its urging, covering 5.672 million vehicles.',
      set,
    );
    const m = report.mentions.find((x) => x.text === '26');
    expect(m).toMatchObject({ verdict: 'verified' });
    expect(m?.namedBy).toMatch(/urg/);
  });
});

describe('two numbers of one clause', () => {
  it('share its subject', () => {
    const text =
      'Steering defects alone triggered 11 recalls covering about 2.3 million vehicles in 2025, while engine defects led to 27 recalls involving 1.437 million vehicles.';
    expect(verdicts(text)).toMatchObject({ '2.3 million': 'approximate', '1.437 million': 'contradicted' });
  });
});

describe('scope aliases and one company, read strictly', () => {
  it('needs every word of an alias phrase, and a scope named in the same paragraph', () => {
    const text =
      'BYD, the largest seller of electric cars, had a good year.\n\nIn 2024 such callbacks covered 4.07mn vehicles in 19 campaigns.';
    const v = verdicts(text, '2025-03-20');
    expect(v['4.07mn']).not.toBe('contradicted');
  });

  it('reads one company only as the subject, not an object ("visiting a dealer")', () => {
    const text =
      'Over-the-air updates, which fix faults without the car visiting a dealer, accounted for 13 campaigns and 1.76mn vehicles in 2025.';
    expect(checkText(text, set).mentions.find((m) => m.text === '13')?.explanation).not.toMatch(/dealer/);
  });

  it('reads one brand (另一家合资品牌, 某品牌) as one company, in both scripts', () => {
    const v = verdicts('2024年，另一家合资品牌全年OTA召回累计41万辆。', '2025-03-20');
    expect(v['41万']).toBe('unverified');
    expect(verdicts('2024年，某品牌OTA召回涉及406.8万辆。', '2025-03-20')['406.8万']).toBe('unverified');
    expect(verdicts('2024年，該集團OTA召回涉及406.8萬輛。', '2025-03-20')['406.8萬']).toBe('unverified');
  });
});

describe('objects and weak links are not reasons to mark', () => {
  it('"without a visit to the dealer" is no single company', () => {
    const v = verdictsOf(
      'In 2024, over-the-air updates, which fix a fault without a visit to the dealer, were used in 19 recall campaigns.',
      '2025-04-01',
    );
    expect(v['19']).toBe('verified');
  });

  it("a round number that fits the right date's figure is never called another date's", () => {
    const v = verdictsOf(
      'In 2024, over-the-air updates were used in 19 campaigns involving more than 4 million vehicles.',
      '2025-04-01',
    );
    expect(v['4 million']).not.toBe('contradicted');
  });
});

describe('a named region is a scope of its own', () => {
  it('"Beijing, Tianjin and Hebei" names the Beijing-Tianjin-Hebei region; Hebei alone does not', () => {
    const v = verdictsOf(
      'By March 2024 the Yangtze River Delta had formulated 36 regionally coordinated local standards, and Beijing, Tianjin and Hebei 68.',
      '2024-04-02',
    );
    expect(v['36']).toBe('verified');
    expect(v['68']).toBe('contradicted');
    const member = verdictsOf(
      'By March 2024 Hebei had formulated 86 regionally coordinated local standards.',
      '2024-04-02',
    );
    expect(member['86']).toBe('unverified');
  });
});

describe('a part of a total named before the number', () => {
  it('"design flaws were behind … 4.2 million vehicles" is never checked against all recalls', () => {
    const v = verdictsOf(
      'By cause, design flaws were behind 73 recalls involving 4.2 million vehicles, and manufacturing problems behind 110 recalls.',
    );
    expect(v['4.2 million']).not.toBe('contradicted');
    const dated = verdictsOf(
      'In 2025, design flaws were behind 73 recalls involving 4.215 million vehicles.',
      '2026-04-01',
    );
    expect(dated['4.215 million']).toBe('verified');
  });

  it("a part named after the number, in another clause, does not make it the part's", () => {
    const v = verdictsOf(
      "China's vehicle recalls fell to 6.846 million in 2025 as design flaws dominated.",
      '2026-04-01',
    );
    expect(v['6.846 million']).toBe('verified');
  });
});

describe('a number written to a decimal place', () => {
  it('is no count of campaigns: "27.0" is no transposition of 72 recalls', () => {
    const v = verdicts(
      'In 2023 there were 27.0 new-energy vehicle recalls per month on this chart.',
      '2024-04-01',
    );
    expect(v['27.0']).not.toBe('contradicted');
    expect(verdicts('In 2023 there were 27 new-energy vehicle recalls.', '2024-04-01')['27']).toBe(
      'contradicted',
    );
  });
});

describe('scopes named as writers name them', () => {
  it('reads "influenced by SAMR\'s supervision" as prompted by SAMR and "manufacturing causes" as manufacturing defects', () => {
    const v = verdictsOf(
      "Recalls influenced by SAMR's supervision numbered 26 in 2024 and covered 5.672 million vehicles. In 2025 manufacturing causes accounted for 36.5% of recalled vehicles.",
      '2026-04-01',
    );
    expect(v).toMatchObject({ '26': 'verified', '5.672 million': 'verified', '36.5%': 'verified' });
  });
});

describe('a place that names a newspaper or a broadcaster (scopes.json namesAfter)', () => {
  it('says who wrote, not what the figure covers: the Beijing News, 北京日报', () => {
    expect(scopeWords('the Beijing News write-up has the main numbers')).toEqual([]);
    expect(scopeWords('China Daily and the South China Morning Post')).toEqual([]);
    expect(scopeWords('recalls in Beijing rose')).toEqual(['beijing']);
    expect(
      verdictsOf('The Beijing News write-up has the main numbers: 190 recalls in 2025.', '2026-03-25')['190'],
    ).toBe('verified');
    expect(verdictsOf('据北京日报报道，2025年全国共实施汽车召回190次。', '2026-03-25')['190']).toBe(
      'verified',
    );
    expect(verdictsOf('In Beijing, 190 recalls were carried out in 2025.', '2026-03-25')['190']).toBe(
      'unverified',
    );
  });
});

describe('one company as the object of a relative clause', () => {
  it('is not the subject of the number ("which let a manufacturer fix a defect")', () => {
    expect(
      verdicts(
        'Over-the-air software updates, which let a manufacturer fix a defect without a visit to a dealer, were used in 13 recalls covering 1.756 million vehicles in 2025.',
      ),
    ).toMatchObject({ '13': 'verified', '1.756 million': 'verified' });
  });
});

describe('other countries, and who speaks for them', () => {
  it('"revenue of UK-based testing businesses is about GBP5 billion" is about the UK, not a misstated yuan figure', () => {
    const v = verdictsOf(
      'For comparison, revenue of UK-based testing businesses is about GBP5 billion a year.',
      '2024-10-30',
    );
    expect(v['GBP5 billion']).toBe('unverified');
  });
  it('"The representative of Japan said that China had accredited 19,510 bodies": Japan only speaks', () => {
    const v = verdictsOf(
      'The representative of Japan said China had accredited 19,510 bodies by the end of August 2024.',
      '2024-11-01',
    );
    expect(v['19,510']).toBe('verified');
  });
});
