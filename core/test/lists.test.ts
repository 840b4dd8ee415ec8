import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { extractFigures } from '../src/extract/extract.ts';
import { findLists } from '../src/document/lists.ts';
import { verdictsOf } from './verdicts-of.ts';

const set = builtinSet();
const verdicts = (text: string) => checkText(text, set).mentions.map((m) => [m.text, m.verdict]);

describe('lists that pair items with values in order', () => {
  it('finds the items of written lists and of earlier clauses', () => {
    const en = 'Hebei and Henan had 24,163 and 23,309 such standards respectively.';
    const lists = findLists(en, extractFigures(en));
    expect([...lists.values()].map((l) => l.item)).toEqual(['Hebei', 'Henan']);
    const zh = '2023年，全国共实施汽车召回214次，涉及车辆672.8万辆，分别比上年增长4.9%和49.9%。';
    const zhLists = findLists(zh, extractFigures(zh));
    expect([...zhLists.values()].map((l) => [l.item, l.shared])).toEqual([
      ['全国共实施汽车召回214', '分别比上年增长'],
      ['涉及车辆672.8万', '分别比上年增长'],
    ]);
  });

  it('reads each change with the clause of its own figure (分别比上年增长…和…)', () => {
    expect(
      verdicts('2023年，全国共实施汽车召回214次，涉及车辆672.8万辆，分别比上年增长4.9%和49.9%。'),
    ).toEqual([
      ['214', 'verified'],
      ['672.8万', 'verified'],
      ['4.9%', 'verified'],
      ['49.9%', 'verified'],
    ]);
  });

  it('contradicts both values of a swapped pair, never verifies either', () => {
    const right = '截至2023年底，国家标准和行业标准分别为44499项和80828项。';
    expect(verdicts(right)).toEqual([
      ['44499', 'verified'],
      ['80828', 'verified'],
    ]);
    const swapped = checkText('截至2023年底，国家标准和行业标准分别为80828项和44499项。', set).mentions;
    expect(swapped.map((m) => m.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(swapped.map((m) => m.likelyError?.kind)).toEqual(['swapped', 'swapped']);
    expect(swapped[0]!.figure?.value).toBe(44499);
    const en = checkText(
      'By the end of 2023, the numbers of national standards and industry standards were 80,828 and 44,499 respectively.',
      set,
    ).mentions;
    expect(en.map((m) => m.verdict)).toEqual(['contradicted', 'contradicted']);
  });

  it('keeps each region its own scope', () => {
    const text =
      'Strategic emerging industry standards on the enterprise platform: Hebei and Henan had 24,163 and 23,309 respectively.';
    expect(verdicts(text)).toEqual([
      ['24,163', 'verified'],
      ['23,309', 'verified'],
    ]);
    const swapped = verdicts(
      'Strategic emerging industry standards on the enterprise platform: Hebei and Henan had 23,309 and 24,163 respectively.',
    );
    expect(swapped).toEqual([
      ['23,309', 'contradicted'],
      ['24,163', 'contradicted'],
    ]);
  });
});

describe('lists whose measure or period is named elsewhere', () => {
  it('pairs "Hebei had X and Henan Y": each number keeps its own place', () => {
    const v = verdictsOf(
      'Among provinces, on strategic emerging industry standards on the enterprise platform, Henan had 23,309 and Hebei 24,163.',
      '2024-04-02',
    );
    expect(v['23,309']).toBe('verified');
    expect(v['24,163']).toBe('verified');
  });

  it("reads a list with the sentence before's measure; a wrong value is contradicted, the verb is no item", () => {
    const v = verdictsOf(
      'Strategic emerging industry standards on the enterprise platform are led by Hebei. Sichuan, Anhui and Hubei came next with 9,242, 8,501 and 7,048 respectively.',
      '2024-04-02',
    );
    expect(v['9,242']).toBe('verified');
    expect(v['8,501']).toBe('contradicted');
    expect(v['7,048']).toBe('verified');
  });

  it('dates each value by its own year when the items are years', () => {
    const v = verdictsOf(
      'In 2023 and 2024, new-energy vehicle recalls involved 4.491 million and 1.603 million vehicles respectively.',
      '2025-04-02',
    );
    expect(v['4.491 million']).toBe('contradicted');
    expect(v['1.603 million']).toBe('contradicted');
    const right = verdictsOf(
      'In 2023 and 2024, new-energy vehicle recalls involved 1.603 million and 4.491 million vehicles respectively.',
      '2025-04-02',
    );
    expect(right['1.603 million']).toBe('verified');
    expect(right['4.491 million']).toBe('verified');
  });

  it("takes the clause before the cue's as its items when they are as many as the values (Chinese)", () => {
    // Vehicle recall campaigns: 204 (2022), 214 (2023), 233 (2024).
    const right = verdictsOf('2022年、2023年和2024年，汽车召回次数分别是204次、214次和233次。', '2025-06-01');
    expect(Object.values(right)).toEqual(['verified', 'verified', 'verified']);
    const swapped = verdictsOf(
      '2022年、2023年和2024年，汽车召回次数分别是214次、204次和233次。',
      '2025-06-01',
    );
    expect(swapped).toMatchObject({ '214': 'contradicted', '204': 'contradicted', '233': 'verified' });
  });

  it('takes the years of the sentence before as its items, each dating its value', () => {
    // Vehicle recall campaigns: 204 (2022), 214 (2023), 233 (2024).
    const en = verdictsOf(
      'Every year more cars go back for a fix: about 4.49 million in 2022, 6.73 million in 2023 and 11.24 million in 2024. There were 204, 214 and 233 recalls respectively.',
      '2025-06-01',
    );
    expect(en).toMatchObject({ '204': 'verified', '214': 'verified', '233': 'verified' });
    const zh = verdictsOf(
      '汽车召回一年比一年多：2022年448.8万辆，2023年672.8万辆，2024年1123.7万辆。汽车召回次数分别是214次、204次和233次。',
      '2025-06-01',
    );
    expect(zh).toMatchObject({ '214': 'contradicted', '204': 'contradicted', '233': 'verified' });
  });
});

describe('an item whose name has 与 or 及 in it', () => {
  it('"认证机构和审定与核查机构分别为…" has two items, so a swapped pair is caught', () => {
    const v = verdictsOf('截至8月底，CNAS认可的认证机构和审定与核查机构分别为16家和268家。', '2024-09-20');
    expect(v['16']).toBe('contradicted');
    expect(v['268']).toBe('contradicted');
  });
});

describe('items written after "respectively"', () => {
  it('pairs "17, 6, 19 and 13 respectively in 2022, 2023, 2024 and 2025" in order, and tells a swap', () => {
    const v = (text: string) =>
      Object.fromEntries(
        checkText(text, builtinSet(), { date: '2026-06-01' }).mentions.map((m) => [m.text, m.verdict]),
      );
    expect(
      v(
        'OTA campaigns numbered 17, 6, 19 and 13 respectively in 2022, 2023, 2024 and 2025, so a few carry most.',
      ),
    ).toEqual({ '17': 'verified', '6': 'verified', '19': 'verified', '13': 'verified' });
    expect(
      v('OTA campaigns numbered 17, 6, 19 and 13 respectively in 2023, 2022, 2024 and 2025.'),
    ).toMatchObject({
      '17': 'contradicted',
      '6': 'contradicted',
    });
  });
});

describe('a second list after 分别', () => {
  const lead =
    '2023年消费品召回中，受市场监管部门调查影响召回699次，涉及产品612.8万件，分别占召回总次数和召回总数量的';
  it('pairs each value with its own part (总次数 with the first, 总数量 with the second)', () => {
    expect(verdictsOf(`${lead}90.7%和58.8%。`)).toMatchObject({ '90.7%': 'verified', '58.8%': 'verified' });
  });
  it('finds the pair swapped', () => {
    expect(verdictsOf(`${lead}58.8%和90.7%。`)).toMatchObject({
      '58.8%': 'contradicted',
      '90.7%': 'contradicted',
    });
  });
});

describe('a Chinese list whose head noun is written once, after its last item', () => {
  it('gives the head to every item, and 以及 parts larger items than 、', () => {
    const text = '2025年，发动机以及仪表、照明及附属装置缺陷分别占召回总数量的19.7%和18.1%。';
    const f = extractFigures(text);
    expect([...findLists(text, f).values()].map((m) => m.item)).toEqual([
      '发动机缺陷',
      '仪表、照明及附属装置缺陷',
    ]);
    expect(verdictsOf(text)).toMatchObject({ '19.7%': 'verified', '18.1%': 'verified' });
  });
  it('finds such a pair swapped, though each value is a share of the same whole', () => {
    const text = '2025年，发动机以及仪表、照明及附属装置缺陷分别占召回总数量的18.1%和19.7%。';
    expect(verdictsOf(text)).toMatchObject({ '18.1%': 'contradicted', '19.7%': 'contradicted' });
  });
});

describe('the card of a swapped pair in a Chinese text', () => {
  it('is in Chinese and names both values', () => {
    const text = '2025年，发动机以及仪表、照明及附属装置缺陷分别占召回总数量的18.1%和19.7%。';
    const mention = checkText(text, set).mentions.find((m) => m.text === '18.1%')!;
    expect(mention.verdict).toBe('contradicted');
    expect(mention.explanation).toMatch(/^来源称/);
    expect(mention.explanation).toContain('“18.1%”与“19.7%”互换了位置');
  });
});

describe('an English head noun written once after the last item', () => {
  it('belongs to every item, so a swapped pair is found ("Steering-system and engine defects led to 27 and 11 recalls")', () => {
    const report = checkText(
      'Steering-system and engine defects led to 27 and 11 recalls respectively last year.',
      builtinSet(),
      { date: '2026-04-01' },
    );
    expect(report.mentions.map((m) => [m.text, m.verdict, m.likelyError?.kind, m.reason])).toEqual([
      ['27', 'contradicted', 'swapped', undefined],
      ['11', 'contradicted', 'swapped', undefined],
    ]);
  });

  it('keeps the item as written masked for the other values ("Design and manufacturing defects")', () => {
    const report = checkText(
      'Design and manufacturing defects were 36.5% and 61.6% respectively last year.',
      builtinSet(),
      {
        date: '2026-04-01',
      },
    );
    expect(report.mentions.map((m) => m.verdict)).toEqual(['contradicted', 'contradicted']);
  });
});

describe('two values that end their sentence after the verb that states them', () => {
  it('pair with the items named before them, as if "respectively" were written', () => {
    const right =
      'In 2023 the satisfaction scores for life services and public services were 81.30 and 81.43.';
    expect(verdictsOf(right, '2025-01-01')).toEqual({ '81.30': 'verified', '81.43': 'verified' });
    const swapped =
      'In 2023 the satisfaction scores for life services and public services were 81.43 and 81.30.';
    expect(verdictsOf(swapped, '2025-01-01')).toEqual({ '81.43': 'contradicted', '81.30': 'contradicted' });
  });

  it('is no list when the values do not end the sentence or open its numbers', () => {
    const v = verdictsOf(
      'In 2023 consumer product recalls and items recalled were 771 and 10.42 million.',
      '2025-01-01',
    );
    expect(v).toEqual({ '771': 'verified', '10.42 million': 'verified' });
  });
});

describe('a list value whose own clause dates itself', () => {
  it('is dated by its own words, not by the clause of the earlier figure it pairs with', () => {
    expect(
      verdictsOf(
        '行业标准方面，截至2023年底共批准设立75类行业标准，备案行业标准80828项，前年底分别为73类和78431项。',
        '2024-03-28',
      ),
    ).toEqual({ '75': 'verified', '80828': 'verified', '73': 'verified', '78431': 'verified' });
  });
});

describe('an item whose prepositional object is an enumeration', () => {
  const text =
    'Engine defects and faults in instruments, lighting and related parts accounted for 18.1% and 19.7% of recalled vehicles, respectively.';
  it('is one item: "faults in instruments, lighting and related parts"', () => {
    const lists = findLists(text, extractFigures(text));
    expect([...lists.values()].map((m) => m.item)).toEqual([
      'Engine defects',
      'faults in instruments, lighting and related parts',
    ]);
  });

  it('so a swapped pair is red for both (2025: engine 19.7%, instruments and lighting 18.1%)', () => {
    const v = verdictsOf(text, '2026-03-25');
    expect(v['18.1%']).toBe('contradicted');
    expect(v['19.7%']).toBe('contradicted');
  });
});

describe("an English item's words after its number", () => {
  it('qualify it: "5,784 … as strongly implemented and 2,772 as weakly implemented, 6.3% and 13.1% respectively" is a swap', () => {
    const v = verdictsOf(
      'The survey classed 5,784 national standards as strongly implemented and 2,772 as weakly implemented, 6.3 per cent and 13.1 per cent of the total respectively.',
      '2024-05-01',
    );
    expect(v['6.3 per cent']).toBe('contradicted');
    expect(v['13.1 per cent']).toBe('contradicted');
  });
  it('but not the number\'s own noun ("design faults were behind 73 campaigns and manufacturing faults behind 101, covering 2.502 million and 4.215 million vehicles respectively")', () => {
    const text =
      'In 2025, design faults were behind 73 campaigns and manufacturing faults behind 101, covering 2.502 million and 4.215 million vehicles respectively.';
    const lists = findLists(text, extractFigures(text));
    expect([...lists.values()].map((m) => m.item.trim())).toEqual([
      'design faults were behind 73',
      'manufacturing faults behind 101',
    ]);
  });
});

describe("the cue's own clause listing its items", () => {
  it('pairs the values with those items, not with the figures earlier in the sentence', () => {
    // 17 rules and 24 normative documents adopt accreditation results: written the other way round.
    const text =
      '有報道稱截至8月底認可機構突破2萬家,把認證機構寫成286家,更把採信認可結果的部門規章和規範性文件數目分別寫成24個和17個,次序對調。';
    const v = checkText(text, set, { date: '2024-09-20' }).mentions;
    expect(v.find((m) => m.text === '24')?.verdict).toBe('contradicted');
    expect(v.find((m) => m.text === '17')?.verdict).toBe('contradicted');
    // (A cue that opens its clause still takes the earlier figures as its items.)
    const changes = verdictsOf(
      '2023年全国实施汽车召回214次，涉及车辆672.8万辆，分别比上年增长4.9%和49.9%。',
      '2024-06-01',
    );
    expect(changes).toMatchObject({ '4.9%': 'verified', '49.9%': 'verified' });
  });
});
