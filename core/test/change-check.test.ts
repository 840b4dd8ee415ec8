import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { isChangeText, isChangeValueLead } from '../src/document/context.ts';
import {
  changeNote,
  claimFitsComputed,
  computedChange,
  publishedInterval,
  publishedPrecision,
} from '../src/judge/change-check.ts';

const set = builtinSet();
const figure = (id: string) => {
  const f = set.byId(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const recalledUp = figure('samr-2024-03-12-recalls-2023/vehicles-recalled-change');
const recalledDown = figure('samr-2026-03-19-recalls-2025/vehicles-recalled-change');
const passRateUp = figure('samr-2025-03-02-quality-2024/manufacturing-product-quality-pass-rate-change');

describe('published numbers are rounded', () => {
  it('reads the unit of the last digit from the number as written', () => {
    expect(publishedPrecision({ value: 4_488_000, numberText: '448.8万' })).toBe(1000);
    expect(publishedPrecision({ value: 103_000_000, numberText: '1.03亿' })).toBe(1_000_000);
    expect(publishedPrecision({ value: 6_728_000, numberText: '6.728 million' })).toBe(1000);
    expect(publishedPrecision({ value: 44_499, numberText: '44,499' })).toBe(1);
    expect(publishedPrecision({ value: 49.9, numberText: '49.9%' })).toBe(0.1);
    expect(publishedPrecision({ value: 18, numberText: 'Eighteen' })).toBe(1);
  });

  it('widens a hedged number the way its hedge reads', () => {
    expect(publishedInterval(100, 1, 'exact')).toEqual({ min: 99.5, max: 100.5 });
    expect(publishedInterval(156, 1, 'more-than')).toEqual({ min: 156, max: 157 });
    expect(publishedInterval(30, 1, 'nearly')).toEqual({ min: 29, max: 30 });
  });
});

describe('a stated change against the levels it relates', () => {
  it('computes 2023 vehicles recalled on 2022 and shows the sum (English)', () => {
    const c = computedChange(recalledUp, set)!;
    expect(c.from.value).toBe(4_488_000);
    expect(c.to.value).toBe(6_728_000);
    expect(c.value).toBeCloseTo(49.91, 2);
    expect(c.stated).toBe(49.9);
    expect(c.agrees).toBe(true);
    expect(c.text).toBe('6,728,000 / 4,488,000 − 1 = +49.9%');
  });

  it('shows the sum in Chinese numbers for a Chinese explanation', () => {
    expect(computedChange(recalledUp, set, 'zh')!.text).toBe('672.8万 / 448.8万 − 1 = +49.9%');
    expect(computedChange(recalledDown, set, 'zh')!.text).toBe('684.6万 / 1123.7万 − 1 = −39.1%');
  });

  it('takes the end level from the change’s own source', () => {
    expect(computedChange(recalledUp, set)!.to.sourceId).toBe(recalledUp.sourceId);
  });

  it('signs a decrease and subtracts percentages for percentage points (比上年提高0.28个百分点)', () => {
    const down = computedChange(recalledDown, set)!;
    expect(down.stated).toBe(-39.1);
    expect(down.agrees).toBe(true);
    const pp = computedChange(passRateUp, set, 'zh')!;
    expect(pp.text).toBe('93.93% − 93.65% = +0.28个百分点');
    expect(computedChange(passRateUp, set)!.text).toBe('93.93% − 93.65% = +0.28 percentage points');
    expect(pp.agrees).toBe(true);
  });

  it('computes nothing without both levels, for a change against another period, or for a non-change', () => {
    // The set has no 2021 levels: 2022's changes cannot be computed.
    expect(
      computedChange(figure('samr-2023-03-10-recalls-2022/vehicles-recalled-change'), set),
    ).toBeUndefined();
    expect(
      computedChange(
        figure('samr-2025-01-08-certification-testing-2024/ccc-products-spot-check-pass-rate-change'),
        set,
      ),
    ).toBeUndefined();
    expect(computedChange(figure('samr-2024-03-12-recalls-2023/vehicles-recalled'), set)).toBeUndefined();
  });
});

describe('the arithmetic as a sentence', () => {
  it('states the sum in English and Chinese', () => {
    expect(changeNote(computedChange(recalledUp, set)!)).toBe(
      'Computed from the levels: 6,728,000 / 4,488,000 − 1 = +49.9%.',
    );
    expect(changeNote(computedChange(recalledUp, set, 'zh')!, 'zh')).toBe(
      '按两期数据计算：672.8万 / 448.8万 − 1 = +49.9%。',
    );
  });

  it('says when the sources disagree with their own levels', () => {
    // Forced to disagree, so the sentence is tested whatever the data says today (today it does
    // disagree: 2024's 2,869 national standards "up 35%" on 2023's 2,902).
    const id = 'samr-2025-03-02-quality-2024/national-standards-released-change';
    const released = { ...computedChange(figure(id), set)!, agrees: false };
    expect(changeNote(released)).toBe(
      'Computed from the levels: 2,869 / 2,902 − 1 = −1.1%, not the stated +35%; the sources disagree.',
    );
    const zh = { ...computedChange(figure(id), set, 'zh')!, agrees: false };
    expect(changeNote(zh, 'zh')).toBe(
      '按两期数据计算：2869 / 2902 − 1 = −1.1%，与公布的+35%不符，来源数据不一致。',
    );
  });
});

describe('a claimed change against the computed one', () => {
  const c = computedChange(recalledUp, set)!;
  it('fits when the claim, with its rounding and hedge, overlaps the computed range', () => {
    expect(claimFitsComputed({ value: 49.9, precision: 0.1, qualifier: 'exact' }, c)).toBe(true);
    expect(claimFitsComputed({ value: 50, precision: 1, qualifier: 'nearly' }, c)).toBe(true);
    expect(claimFitsComputed({ value: 40, precision: 1, qualifier: 'more-than' }, c)).toBe(true);
  });
  it('does not fit a wrong size or a wrong direction', () => {
    expect(claimFitsComputed({ value: 59.9, precision: 0.1, qualifier: 'exact' }, c)).toBe(false);
    expect(claimFitsComputed({ value: -49.9, precision: 0.1, qualifier: 'exact' }, c)).toBe(false);
    expect(claimFitsComputed({ value: 49.8, precision: 0.1, qualifier: 'exact' }, c)).toBe(false);
  });
});

describe('every stated change in the set against its arithmetic', () => {
  // A disagreement here is a finding about the sources (or about which measures the data links),
  // not a failure: it is printed for curators, and the verdict must not turn it into a red mark.
  const changes = set.figures.filter((f) => f.changeOf !== undefined);
  const computed = changes.map((f) => ({ f, c: computedChange(f, set) }));
  const checkable = computed.filter((x) => x.c !== undefined);
  const agreeing = checkable.filter((x) => x.c!.agrees);
  const disagreeing = checkable.filter((x) => !x.c!.agrees);

  it('reports how many stated changes agree with their computed change within rounding', () => {
    const lines = [
      `stated changes: ${changes.length}; computable from the set's levels: ${checkable.length}; agree within rounding: ${agreeing.length}; disagree: ${disagreeing.length}`,
      ...disagreeing.map(
        ({ f, c }) =>
          `  disagrees: ${f.id}: stated ${c!.stated}, computed ${c!.text} (${c!.from.id} → ${c!.to.id})`,
      ),
      ...computed
        .filter((x) => x.c === undefined)
        .map(({ f }) => `  not computable: ${f.id} (${f.changeBase ?? 'no base'})`),
    ];
    console.log(lines.join('\n'));
    expect(checkable.length).toBeGreaterThanOrEqual(15);
    for (const { f, c } of checkable) {
      expect(c!.to.period.end, f.id).toBe(f.period.end);
      expect(c!.from.period.kind, f.id).toBe(c!.to.period.kind);
    }
  });
});

describe('a change whose own words go the other way', () => {
  it('is contradicted even when its size matches (Chinese and English)', () => {
    const zh = verdictsOf('有文章称，2022年汽车召回车辆较上年增长48.6%。', '2023-05-01');
    expect(zh['48.6%']).toBe('contradicted');
    const en = verdictsOf(
      'In 2022 the number of vehicles recalled rose 48.6% on the previous year.',
      '2023-05-01',
    );
    expect(en['48.6%']).toBe('contradicted');
    const right = verdictsOf('2022年，汽车召回车辆比上年下降48.6%。', '2023-05-01');
    expect(right['48.6%']).toBe('verified');
  });
});

describe('a Chinese clause that is only a copula continues the one before', () => {
  it('"其实2023年仅为6次" is about the OTA recalls named before it', () => {
    const v = verdictsOf('有研报称2023年OTA召回有19次，其实2023年仅为6次。', '2024-04-01');
    expect(v['6']).toBe('verified');
  });
});

describe("a change's value said right after its verb", () => {
  it('is not confirmed by a share of the same value (同比增长23.8% beside 占…的23.8%)', () => {
    // 2023: new-energy vehicles were 23.8% of all vehicles recalled, up 32.3% on 2022.
    const [, share, change] = checkText(
      '2023年新能源汽车召回涉及车辆160.3万辆，占全年召回总数量的23.8%，召回数量同比增长23.8%。',
      builtinSet(),
      { date: '2025-03-15' },
    ).mentions;
    expect(share?.verdict).toBe('verified');
    expect(change?.text).toBe('23.8%');
    expect(change?.verdict).not.toBe('verified');
  });

  it('leaves a level a share "made up" or reached ("rose to") alone', () => {
    expect(verdictsOf('New-energy vehicles made up 38.7% of the total in 2025.', '2026-04-01')['38.7%']).toBe(
      'verified',
    );
    expect(isChangeValueLead('rose ')).toBe(true);
    expect(isChangeValueLead('rose to ')).toBe(false);
    expect(isChangeValueLead('made up ')).toBe(false);
    expect(isChangeValueLead('同比增长')).toBe(true);
    expect(isChangeValueLead('提高到')).toBe(false);
  });
});

describe('a change said as a comparison with a year ("48.6% fewer than in 2021")', () => {
  it('is a change of the year before, not a level of the year compared with', () => {
    expect(
      verdictsOf(
        'In 2022 carmakers recalled 4.488 million vehicles, 48.6% fewer than in 2021.',
        '2026-04-30',
      ),
    ).toMatchObject({ '48.6%': 'verified' });
    expect(
      verdictsOf('National standards approved in 2024 were 35% more than the previous year.', '2025-06-01'),
    ).toMatchObject({ '35%': 'verified' });
  });

  it('is no comparison when a number stands between "than" and the year ("more than doubled in 2025")', () => {
    // (The number's own clause has the number blanked.)
    expect(isChangeText('emission recalls more than         in 2025')).toBe(false);
    expect(isChangeText('fewer than in 2021')).toBe(true);
    expect(isChangeText('more than the previous year')).toBe(true);
  });
});

describe('a change is not a level', () => {
  it('does not confirm a rate said as a change with the rate itself', () => {
    expect(verdictsOf('In 2024 the manufacturing product quality pass rate rose 93.93%.')['93.93%']).toBe(
      'unverified',
    );
    expect(verdictsOf('2023年，国家标准有效实施率增长93.7%。')['93.7%']).toBe('unverified');
  });

  it('still judges a change the set gives as one, with no changeOf ("increased by 45.3%")', () => {
    expect(
      verdictsOf('The total number of group standards increased by 45.3% from 2022 to 2023.')['45.3%'],
    ).toBe('verified');
    expect(
      verdictsOf('Quality certification cut the quality costs of small firms by 5.8% on average in 2024.')[
        '5.8%'
      ],
    ).not.toBe('contradicted');
  });
});

describe('"made up" is no change', () => {
  it('reads "made up 40% of recalled vehicles" as a share', () => {
    expect(isChangeText('electrified cars made up 40% of recalled vehicles')).toBe(false);
    expect(isChangeText('recalls were up 40%')).toBe(true);
    expect(
      verdictsOf('A year earlier, in 2024, new-energy cars made up 40% of recalled vehicles.', '2026-03-25')[
        '40%'
      ],
    ).toBe('verified');
  });
});
