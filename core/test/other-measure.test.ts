import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { verdictsOf } from './verdicts-of.ts';

describe('a number whose own words name another measure of the same release than the one its value is', () => {
  it('is that measure’s, and wrong: two standards counts crossed', () => {
    // Since 2023: 14 space science standards, 7 Beidou navigation standards.
    const text = 'In 2023, China had developed 14 Beidou navigation standards and 7 space science standards.';
    expect(verdictsOf(text, '2024-04-01')).toMatchObject({ '14': 'contradicted', '7': 'contradicted' });
    const [fourteen] = checkText(text, builtinSet(), { date: '2024-04-01' }).mentions;
    expect(fourteen?.figure?.id).toBe('samr-2024-03-27-standardization-report/beidou-standards');
    expect(fourteen?.likelyError?.kind).toBe('misattributed');
    expect(fourteen?.explanation).toMatch(/"14" is the figure for 14 space science standards/);
  });

  it('is that measure’s in Chinese too (因设计原因 beside 因制造原因)', () => {
    // 2025: 73 recalls for design causes, 101 for manufacturing causes.
    const v = verdictsOf(
      '2025年全国共实施汽车召回190次。从缺陷原因看，因设计原因召回101次、因制造原因召回73次。',
      '2026-04-01',
    );
    expect(v['101']).toBe('contradicted');
    expect(v['73']).not.toBe('verified');
  });

  it('reads "faults" and "flaws" as defects: steering and engine recalls crossed', () => {
    // 2025: 11 recalls for steering-system defects, 27 for engine defects.
    expect(
      verdictsOf(
        'Steering faults caused 27 recalls and engine faults 11 across the industry in 2025.',
        '2026-04-01',
      ),
    ).toMatchObject({ '27': 'contradicted', '11': 'contradicted' });
    expect(
      verdictsOf(
        'Steering flaws caused 11 recalls and engine flaws 27 across the industry in 2025.',
        '2026-04-01',
      ),
    ).toMatchObject({ '27': 'verified', '11': 'verified' });
  });

  it('confirms the same figures named the right way round', () => {
    expect(
      verdictsOf(
        'In 2023, China had developed 7 Beidou navigation standards and 14 space science standards.',
        '2024-04-01',
      ),
    ).toMatchObject({ '14': 'verified', '7': 'verified' });
    expect(
      verdictsOf(
        '2025年全国共实施汽车召回190次。从缺陷原因看，因设计原因召回73次、因制造原因召回101次。',
        '2026-04-01',
      ),
    ).toMatchObject({ '73': 'verified', '101': 'verified' });
  });

  it('reads a list value with its item: the clauses of the figures before it', () => {
    // 2025: design causes 73 recalls, 4.215 million vehicles; manufacturing 101, 2.502 million.
    const text =
      'In 2025, design faults were behind 73 campaigns and manufacturing faults behind 101, covering 2.502 million and 4.215 million vehicles respectively.';
    expect(verdictsOf(text, '2026-04-01')).toMatchObject({
      '73': 'verified',
      '101': 'verified',
      '2.502 million': 'contradicted',
      '4.215 million': 'contradicted',
    });
    expect(
      verdictsOf(
        text.replace('2.502 million and 4.215 million', '4.215 million and 2.502 million'),
        '2026-04-01',
      ),
    ).toMatchObject({ '2.502 million': 'verified', '4.215 million': 'verified' });
  });

  it('leaves a list to its alignment: the items stand apart from their values', () => {
    // 2023 satisfaction: life services 81.3, public services 81.43.
    expect(
      verdictsOf(
        'Satisfaction scores for life services and public services rose to 81.3 and 81.43 respectively in 2023.',
        '2024-04-01',
      ),
    ).toMatchObject({ '81.3': 'verified', '81.43': 'verified' });
  });

  it('is not unnamed by the whole a part belongs to ("campaigns" beside over-the-air recalls)', () => {
    expect(
      verdictsOf('Over-the-air updates were behind 13 of the 190 campaigns in 2025.', '2026-04-01')['13'],
    ).toBe('verified');
  });

  it('is not unnamed by a head noun the two share ("recalls" for emission recalls)', () => {
    // 2025: 13 emission recalls urged by SAMR; SAMR-prompted recalls in all: 55.
    expect(verdictsOf('In 2025 SAMR urged 13 emission recalls.', '2026-04-01')['13']).not.toBe(
      'contradicted',
    );
  });

  it("reads a share set after a level as that level's: two shares of one whole swapped", () => {
    // 2025: design causes 61.6% of vehicles recalled, manufacturing causes 36.5%.
    const swapped =
      'By cause, design defects led to 73 recalls covering about 4.2 million vehicles, or 36.5% of the total, while manufacturing defects led to 101 recalls and 2.5 million vehicles, 61.6%.';
    expect(verdictsOf(swapped, '2026-04-01')).toMatchObject({
      '36.5%': 'contradicted',
      '61.6%': 'contradicted',
    });
    const right = swapped.replace('36.5%', 'X').replace('61.6%', '36.5%').replace('X', '61.6%');
    expect(verdictsOf(right, '2026-04-01')).toMatchObject({ '36.5%': 'verified', '61.6%': 'verified' });
    // (A share in brackets is its bracket's level's, not the clause's before the bracket.)
    const bracketed =
      'Engines followed with 27 recalls (1.374 million vehicles) and instruments and lighting with 14 recalls (1.239 million, 18.1%).';
    expect(verdictsOf(bracketed, '2026-04-01')['18.1%']).toBe('verified');
  });
});

describe('a part said of the whole just before it ("of which", 其中)', () => {
  it('is never the measure of the whole: it is the part the set gives', () => {
    expect(
      verdictsOf(
        'In 2023 there were 53,834 testing and inspection institutions of all types in the PRC, of which 53,015 held qualification accreditation (CMA).',
        '2025-03-01',
      ),
    ).toEqual({ '53,834': 'verified', '53,015': 'verified' });
  });
});

describe('a measure named by one generic word only', () => {
  it('gives way to another measure its clause names more fully', () => {
    // 33 member departments of the leading group; 18 departments issued the action plan.
    const text =
      'It said the quality leadership group had 18 member departments and that 33 departments issued the action plan; the figures were the wrong way round.';
    const v = checkText(text, builtinSet(), { date: '2025-03-01' }).mentions;
    expect(v.find((m) => m.text === '18')?.likelyError?.kind).toBe('misattributed');
    expect(v.find((m) => m.text === '33')?.verdict).toBe('contradicted');
    // (Named fully, each is right.)
    expect(
      verdictsOf(
        'The leading group has 33 member departments, and 18 departments jointly issued an action plan.',
        '2025-03-01',
      ),
    ).toEqual({ '33': 'verified', '18': 'verified' });
  });
});

describe('a Chinese clause that names a measure by its keyword and more', () => {
  it('is about the narrower measure those words name', () => {
    // 53,834 institutions of all types in 2023; 53,015 held qualification approval.
    const v = verdictsOf('报道称，获得资质认定的检验检测机构53834家。', '2024-06-20');
    expect(v['53834']).toBe('contradicted');
    expect(verdictsOf('2023年，我国检验检测机构53834家。', '2024-06-20')['53834']).toBe('verified');
    expect(verdictsOf('2023年，获得资质认定的检验检测机构53015家。', '2024-06-20')['53015']).toBe('verified');
  });
});

describe('a word that shares a number among items', () => {
  it("counts only before the number or in its own words, not in a later clause's", () => {
    // 2022: defect investigations prompted 39.2% of vehicles recalled; 34.5% is consumer products'.
    const v = verdictsOf(
      '文献［5］称2022年缺陷调查影响召回的车辆占比为34.5%,均与官方通告不符。',
      '2025-05-01',
    );
    expect(v['34.5%']).toBe('contradicted');
  });

  it('and another measure is not named for a number that counts what it does not', () => {
    const text =
      'A statistical survey collected more than 830,000 records about how often national standards were viewed, downloaded, sold, cited and applied in testing, across more than 44,000 national standards in force.';
    expect(verdictsOf(text, '2024-06-01')['830,000']).toBe('verified');
  });
});
