import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { textTime } from '../src/document/text-date.ts';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';

const verdicts = verdictsOf;

describe('a relative period in a text that does not say when it was written', () => {
  it("neither confirms nor contradicts: the year may not be the figure's", () => {
    const text =
      'Last year carmakers recalled 6,846,000 vehicles. Last year they recalled 4,488,000 vehicles.';
    expect(verdicts(text)).toEqual({ '6,846,000': 'unverified', '4,488,000': 'unverified' });
  });

  it('leaves "the year before" it unknown too, and reads it once the text is dated', () => {
    const text =
      'Last year, regulators oversaw 771 consumer-product recalls. The year before, the number of consumer products recalled had jumped by 37.7%, and the number of vehicles recalled had fallen 48.6%.';
    expect(verdicts(text)).toMatchObject({ '37.7%': 'unverified', '48.6%': 'unverified' });
    expect(verdicts(text, '2024-05-01')).toMatchObject({ '37.7%': 'verified', '48.6%': 'verified' });
  });

  it('is read once the text is dated', () => {
    expect(verdicts('Last year carmakers recalled 6,846,000 vehicles.', '2026-03-20')).toEqual({
      '6,846,000': 'verified',
    });
  });
});

describe('a dateline with a month and day but no year', () => {
  const events = ['2024-01-31', '2024-03-27', '2025-03-18'];
  it('takes the year of the one event of that day (or the day before) the set reports', () => {
    expect(
      textTime('本报北京1月31日电（记者 王琳）国务院新闻办公室31日举行新闻发布会。', undefined, events),
    ).toMatchObject({
      date: '2024-01-31',
      dateSource: 'event',
    });
    expect(textTime('BEIJING, March 28 (Xinhua) -- China said on Wednesday…', undefined, events).date).toBe(
      '2024-03-28',
    );
  });

  it('stays undated when no event or more than one year fits', () => {
    expect(textTime('BEIJING, June 5 (Xinhua) -- …', undefined, events).date).toBeUndefined();
    expect(
      textTime('BEIJING, March 18 (Xinhua) -- …', undefined, [...events, '2024-03-18']).date,
    ).toBeUndefined();
  });

  it('takes, of two years that fit, the one the text can have been written in (not before a year it names)', () => {
    const both = [...events, '2024-03-18'];
    expect(
      textTime('BEIJING, March 18 (Xinhua) -- Recalls fell in 2025, the regulator said.', undefined, both)
        .date,
    ).toBe('2025-03-18');
    // (A text naming only an earlier year does not choose between them.)
    expect(
      textTime('BEIJING, March 18 (Xinhua) -- Recalls rose in 2023, the regulator said.', undefined, both)
        .date,
    ).toBeUndefined();
  });
});

describe('a relative date that dates a saying', () => {
  it('is not the period of the figure said', () => {
    const text =
      'Earlier this year, SAMR said regulators oversaw the recall of nearly 6.73 million defective vehicles.';
    expect(verdicts(text, '2024-08-16')['6.73 million']).toBe('approximate');
  });
});

describe('a year that names an event', () => {
  it('does not date the figures said there', () => {
    const text =
      'Speaking at the 2025 national work conference on certification, Shu Wei said certified organizations numbered about 1.1 million at the end of last year.';
    expect(verdicts(text, '2025-01-08')['1.1 million']).toBe('verified');
  });

  it('nor does the year a record is measured against ("the lowest since 2022", 2022年以来最低)', () => {
    // 2025: 6.846 million vehicles recalled.
    const en = "Opinion: last year's 6.85 million recalled vehicles are the lowest since 2022";
    expect(verdicts(en, '2026-04-01')['6.85 million']).toBe('approximate');
    expect(verdicts('2025年召回汽车684.6万辆，为2022年以来最低。', '2026-04-01')['684.6万']).toBe('verified');
  });
});

describe('two dates in one sentence, and the year a level belongs to', () => {
  it('does not give "rose from A to B" the paragraph\'s year', () => {
    const text =
      'By implication, the 2022 rate was 93.29%. The manufacturing quality competitiveness index rose from 85.21 to 85.6.';
    expect(verdicts(text, '2026-03-01')).toMatchObject({ '85.21': 'verified', '85.6': 'verified' });
  });

  it("does not take January's level for the year when the year has its own", () => {
    const v = verdicts('The manufacturing product quality pass rate was 93.65% in 2024.', '2026-03-01');
    expect(v['93.65%']).toBe('contradicted');
  });
});

describe('a slip inside a hedge', () => {
  it('contradicts transposed digits and a value the more precise figure of the date rules out', () => {
    const v = verdicts('截至去年底，全国有效认证证书约367万张，获证组织约120万家。', '2024-06-08');
    expect(v).toMatchObject({ '367万': 'contradicted', '120万': 'contradicted' });
  });
});

describe('relative dates in a paragraph, and forecasts', () => {
  it('takes the first relative date written, not the first kind tried', () => {
    const text =
      '截至去年底，备案行业标准共8.08万项，较前年底的78431项增加约2400项。地方标准备案总数为6.97万项。';
    expect(verdicts(text, '2024-03-28')['6.97万']).toBe('approximate');
  });

  it('does not check a forecast, even one that refers back', () => {
    const text =
      'Accredited conformity assessment bodies number 17,870, Liu said. That figure is likely to approach 18,000 by the end of the year.';
    expect(verdicts(text, '2024-08-17')['18,000']).toBe('unverified');
  });

  it('reads "we expect" and "predicts" as forecasts, but not "as expected"', () => {
    const text = 'We expect industry revenue growth in the range of 6% to 8%.';
    expect(verdicts(text, '2025-03-01')['6%']).toBe('unverified');
    const confirmed = 'As expected, China recalled 6.846 million vehicles in 2025.';
    expect(verdicts(confirmed, '2026-03-20')['6.846 million']).toBe('verified');
  });
});

describe('differences and Hong Kong change words', () => {
  it('does not check a difference the writer worked out', () => {
    const text =
      "By Xinhua's calculation, roughly 4.5 million more vehicles were recalled in 2024 than in 2023.";
    expect(verdicts(text, '2025-03-20')['4.5 million']).toBe('unverified');
    // ("fewer than in 2024" right after the number: a difference too.)
    expect(
      verdicts(
        'The industry recalled nearly 7 million vehicles in 2025, about 4.4 million fewer than in 2024.',
        '2026-03-25',
      )['4.4 million'],
    ).toBe('unverified');
    // "more than" is a hedge, not a difference.
    expect(
      verdicts('Carmakers recalled more than 11 million vehicles in 2024.', '2025-03-20')['11 million'],
    ).not.toBe('unverified');
  });

  it('reads 按年下跌 as a change', () => {
    const text = '2025年內地共實施汽車召回190次，涉及車輛684.6萬輛，按年下跌39.1%。';
    expect(verdicts(text, '2026-03-20')['39.1%']).toBe('verified');
  });
});

describe('a small count', () => {
  it('is stated exactly: 40 is not a rounding of 37', () => {
    expect(verdicts('截至2024年底，我国累计实施机动车排放召回40次。', '2025-04-01')['40']).toBe(
      'contradicted',
    );
  });
});

describe("a year after the paragraph's, and estimates", () => {
  it('reads 次年 a year after the year the paragraph named', () => {
    const text = '以2022年为例，全国共实施汽车召回204次，涉及车辆448.8万辆。次年，召回车辆增加到672.8万辆。';
    expect(verdicts(text)['672.8万']).toBe('verified');
  });

  it('does not check an estimate ("our estimate", a 2024E column)', () => {
    expect(verdicts('Accredited bodies, end-2024 (our estimate): 20,300', '2025-02-01')['20,300']).toBe(
      'unverified',
    );
  });
});

describe('a shift inside a dated sentence, and Chinese differences', () => {
  it('shifts only the number whose clause says "a year earlier"', () => {
    const text = 'Certification bodies slipped to 1,230 at the end of last year from 1,242 a year earlier.';
    expect(verdicts(text, '2025-01-09')).toMatchObject({ '1,230': 'verified', '1,242': 'verified' });
  });

  it('does not check 增加约451万辆 (a difference), but checks 新增 (newly added)', () => {
    expect(verdicts('一年之间，全国召回车辆增加约451万辆。', '2025-03-20')['451万']).toBe('unverified');
  });
});

describe('an aside that states a number of its own', () => {
  it('lends its goal and its year to that number only', () => {
    expect(
      verdictsOf('Manufacturing quality competitiveness index: 85.6 (the 2025 target is 86)', '2025-03-06'),
    ).toEqual({ '85.6': 'verified', '86': 'verified' });
  });

  it('dates the number when it holds no number of its own', () => {
    expect(verdictsOf('Manufacturing quality competitiveness index: 86 (target)', '2025-03-06')).toEqual({
      '86': 'verified',
    });
  });
});

describe('a social post whose lines open with emoji', () => {
  it('reads each line as its own sentence: one line’s goal is not the next line’s', () => {
    const post = [
      '📈 Manufacturing quality competitiveness index this year, says the regulator: 86 (the target)',
      '✅ Manufacturing product quality pass rate nationwide at the end of 2024: 93.93%, up 0.28 points',
    ].join('\n');
    expect(verdictsOf(post, '2025-03-06')['93.93%']).toBe('verified');
  });
});

describe('a year a paragraph looks back to', () => {
  it('does not date the sentences after it (与2022年底相比…当时…)', () => {
    const text =
      '截至2023年底，行业标准8.1万项。与2022年底相比，上述几类标准均有增长：当时行业标准为78431项。全国专业标准化技术委员会已有1338个。';
    expect(verdictsOf(text, '2024-03-29')['1338']).toBe('verified');
  });
});

describe('a value compared with and its year ("against 23.8% in 2023")', () => {
  it('does not date the sentences after it', () => {
    const text =
      'In 2024 new-energy vehicles accounted for 40% of recalled vehicles, against 23.8% in 2023. Second, over-the-air fixes: 19 OTA recalls covered some 4.1 million vehicles, up 246.8%.';
    expect(verdicts(text, '2025-04-05')).toMatchObject({
      '40%': 'verified',
      '23.8%': 'verified',
      '19': 'verified',
      '4.1 million': 'approximate',
    });
  });
});

describe('a rate stated "by the end of" a year', () => {
  it('is that year\'s rate when a text says "last year" (a rate is no stock)', () => {
    expect(verdictsOf('去年制造业产品质量合格率达到93.93%。', '2025-03-05')).toEqual({
      '93.93%': 'verified',
    });
  });
});

describe("a year's end and a month named from the text's date", () => {
  it('contradicts a level of August given for the end of the year when the set has the year-end figure', () => {
    expect(verdictsOf('CNAS had accredited 19,510 bodies by the end of 2024.', '2025-09-25')).toMatchObject({
      '19,510': 'contradicted',
    });
    expect(verdictsOf('截至2024年底，CNAS认可机构19510家。', '2025-09-25')).toMatchObject({
      '19510': 'contradicted',
    });
    // (August's own date, named, is right.)
    expect(
      verdictsOf('CNAS had accredited 19,510 bodies by the end of August 2024.', '2025-09-25'),
    ).toMatchObject({
      '19,510': 'verified',
    });
  });

  it('reads "last August" as the latest August before the text', () => {
    const text =
      '2,372 - "one-stop" quality infrastructure service stations at the end of 2024, up from the 1,450 the regulator cited last August.';
    expect(verdictsOf(text, '2025-03-21')).toMatchObject({ '2,372': 'verified', '1,450': 'verified' });
  });
});

describe('a measure named "in force" (现行) in a dated sentence', () => {
  it('is dated by the sentence, not read as the present', () => {
    const text = '2022年末，全国现行国家标准43027项，其中强制性国家标准2117项。';
    expect(verdictsOf(text, '2024-06-01')).toMatchObject({ '43027': 'verified' });
  });
});

describe('the base of a change that names its own year', () => {
  it('does not date the paragraph\'s later sentences ("rose 246.8%, from 1.17 million in 2023")', () => {
    const text =
      "According to SAMR's notice on recalls in 2024, 19 of the 233 vehicle recalls carried out last year were done over the air. " +
      'The number of vehicles recalled by OTA rose 246.8%, from 1.17 million in 2023. New-energy vehicles made up 40% of recalled vehicles.';
    expect(verdictsOf(text, '2025-03-25')).toMatchObject({
      '40%': 'verified',
      '1.17 million': 'approximate',
    });
  });
});

describe("a round value that is exactly another year's figure", () => {
  it("is that year's number, not a rounding of this year's", () => {
    // 2025: NEVs were 38.7% of recalled vehicles; 2024: 40%.
    expect(verdictsOf('In 2025 new-energy vehicles made up 40% of all vehicles recalled.')).toMatchObject({
      '40%': 'contradicted',
    });
  });
  it('stays a rounding when hedged', () => {
    expect(
      verdictsOf('In 2025 new-energy vehicles made up about 40% of all vehicles recalled.'),
    ).toMatchObject({
      '40%': 'approximate',
    });
  });
});

describe('a level the text says holds now', () => {
  it('is checked against the latest statement before the text, not an older one', () => {
    expect(
      verdictsOf('As of today the country now has 192 national measurement benchmarks.', '2024-10-10'),
    ).toEqual({
      '192': 'contradicted',
    });
    expect(verdictsOf('目前，我国已建立国家计量基准192项。', '2024-10-10')).toEqual({
      '192': 'contradicted',
    });
  });
  it('is the older figure in a text written before the later statement, or an undated one', () => {
    expect(verdictsOf('The country now has 192 national measurement benchmarks.', '2024-03-01')).toEqual({
      '192': 'verified',
    });
    expect(verdictsOf('The country now has 192 national measurement benchmarks.')).toEqual({
      '192': 'verified',
    });
  });
  it('leaves a number whose "now" comes after it alone', () => {
    expect(
      verdictsOf(
        'The 1,450 one-stop quality service stations of last summer now number about 2,400.',
        '2025-04-01',
      ),
    ).toMatchObject({ '1,450': 'verified' });
  });
});

describe('a month named without its year', () => {
  it('is the latest such month up to the text\'s date ("at the end of August", "mid-August")', () => {
    const text =
      'CNAS had accredited 20,251 bodies at the end of 2024, against about 19,500 at the end of August and the 17,870 cited at a mid-August briefing.';
    expect(verdictsOf(text, '2025-01-20')).toEqual({
      '20,251': 'verified',
      '19,500': 'approximate',
      '17,870': 'verified',
    });
  });
  it('dates nothing in an undated text', () => {
    expect(verdictsOf('CNAS had accredited about 19,500 bodies at the end of August.')).toEqual({
      '19,500': 'approximate',
    });
  });
});

describe("a report's 上年末 in a text that gives no date of its own", () => {
  it('is the end of the year before the one the paragraph reports on', () => {
    expect(
      verdictsOf(
        '截至2023年底，我国共有国家标准44499项；上年末国家标准为43027项，其中强制性国家标准2117项。',
      ),
    ).toEqual({
      '44499': 'verified',
      '43027': 'verified',
      '2117': 'verified',
    });
  });
  it('stays unknown without a year in its paragraph', () => {
    expect(verdictsOf('上年末国家标准为43027项。')).toEqual({ '43027': 'unverified' });
  });
});

describe('the end of last year (去年底) in a dated text', () => {
  it("is that year's last month: a later level of the year supersedes an August one", () => {
    expect(verdictsOf('截至去年底，CNAS认可机构已近2万家。', '2025-01-09')).toEqual({
      '2万': 'contradicted',
    });
    expect(verdictsOf('At the end of last year CNAS had accredited 20,251 bodies.', '2025-01-09')).toEqual({
      '20,251': 'verified',
    });
  });
});

describe("a plan's goal written as 到2025年…达到", () => {
  it('is the 2025 target, while 到2024年底…已达到 is a level reached', () => {
    expect(
      verdictsOf(
        '《质量强国建设纲要》提出，到2025年，制造业产品质量合格率达到94%，制造业质量竞争力指数达到86。',
      ),
    ).toEqual({ '94%': 'verified', '86': 'verified' });
    expect(verdictsOf('到2024年底，制造业产品质量合格率已达到93.93%。')).toEqual({ '93.93%': 'verified' });
    expect(verdictsOf('到2024年，制造业产品质量合格率已经达到93.93%。')).toEqual({ '93.93%': 'verified' });
  });
});

describe('a goal named after a level reached, and a goal taken for the level', () => {
  it('does not read a level as a goal because the sentence names the goal after it', () => {
    expect(
      verdictsOf(
        '去年我国制造业产品质量合格率达到93.65%，较上年提高0.36个百分点，但距纲要提出的94%目标仍有差距。',
        '2024-06-20',
      ),
    ).toMatchObject({ '93.65%': 'verified', '0.36个百分点': 'verified' });
    expect(
      verdictsOf('Manufacturing quality competitiveness index: 85.6 (the 2025 target is 86)', '2025-03-06'),
    ).toEqual({ '85.6': 'verified', '86': 'verified' });
  });

  it('contradicts a level written as exactly the goal, naming the goal as the likely error', () => {
    const found = checkText(
      'The manufacturing quality competitiveness index rose to 86 last year.',
      builtinSet(),
      {
        date: '2025-03-10',
      },
    ).mentions[0];
    expect(found).toMatchObject({ verdict: 'contradicted', likelyError: { kind: 'target' } });
    expect(
      verdictsOf('The manufacturing quality competitiveness index rose to about 86 last year.', '2025-03-10'),
    ).toEqual({
      '86': 'approximate',
    });
  });
});

describe('a closing note that dates its paragraph', () => {
  it('dates the numbers before it ("All three are captioned 2024", 以上数据均为2023年数据)', () => {
    expect(
      verdictsOf(
        'A basket of vegetables: "Farm produce, routine sampling 97.8%". All three are captioned "2024".',
      ),
    ).toMatchObject({ '97.8%': 'contradicted' });
    expect(verdictsOf('农产品例行监测合格率97.8%。以上数据均为2023年数据。')).toEqual({
      '97.8%': 'verified',
    });
  });

  it('is no change from a base year and no goal', () => {
    expect(
      verdictsOf(
        'Farm produce, routine sampling 97.8%. The number of samples more than doubled from 2022.',
        '2025-03-06',
      ),
    ).toMatchObject({ '97.8%': 'verified' });
  });
});

describe('a measure stated once, as it stood when it was said', () => {
  it('is not held to the year its paragraph names for other numbers', () => {
    expect(
      verdictsOf(
        'In 2023 the industry grew fast. A WTO declaration on regulatory cooperation initiated by China was co-signed by 103 members. Standards and conformity assessment affect 80% of world trade.',
        '2025-03-01',
      ),
    ).toEqual({ '103': 'verified', '80%': 'verified' });
  });

  it('while a year-end count stated once keeps its year', () => {
    expect(
      verdictsOf(
        'In 2023 the stock grew. Of the current stock, roughly 2,100 national standards are mandatory.',
        '2024-04-01',
      ),
    ).toEqual({ '2,100': 'unverified' });
  });
});

describe('a level dated by a month', () => {
  it('is not confirmed by a level stated months later', () => {
    // 19,510 at the end of August 2024; 20,251 at the end of 2024.
    const v = verdictsOf(
      'China had more than 20,000 accredited bodies at the end of August 2024.',
      '2025-10-14',
    );
    expect(v['20,000']).toBe('contradicted');
    expect(
      verdictsOf('There were nearly 20,000 accredited bodies at the end of August 2024.', '2025-10-14')[
        '20,000'
      ],
    ).toBe('approximate');
  });

  it('reads only a month that dates a level, not the month of an event or a release', () => {
    // 103 WTO members co-signed as of September 2024; the adoption month dates no count.
    const v = verdictsOf(
      'The declaration was co-signed by 103 WTO members and adopted in February 2024.',
      '2024-10-01',
    );
    expect(v['103']).toBe('verified');
  });
});

describe('去年 with a level reached (达)', () => {
  it('dates the level, which is a stock, not a flow', () => {
    // End-2024: 20,251 accredited bodies (end-August: 19,510).
    const v = verdictsOf('◆ 去年全國獲認可機構達20,251間，單係去年8月底已有19,510間；', '2025-11-01');
    expect(v).toMatchObject({ '20,251': 'verified', '19,510': 'verified' });
  });

  it('leaves a count of last year a flow: not the running total', () => {
    // 4,885 consumer product recalls in total by the end of 2023; 771 in 2023 itself.
    expect(verdictsOf('去年全国实施消费品召回4885次。', '2024-04-01')['4885']).toBe('unverified');
    expect(verdictsOf('Last year China carried out 2,842 vehicle recalls.', '2024-04-01')['2,842']).toBe(
      'unverified',
    );
    expect(verdictsOf('去年內地社會團體新公佈團體標準7.4萬項。', '2024-04-01')['7.4萬']).toBe('unverified');
  });
});

describe('a number that is exactly a figure published after the text', () => {
  it('is that figure when the year it names had ended, and never called wrong against an earlier one', () => {
    // 93.93% for 2024 was published on 2025-03-02; a review dated 2025-01-15 may have had it from
    // an earlier statement: the year it names had ended.
    const v = verdictsOf(
      'Last year the manufacturing product quality pass rate reached 93.93%.',
      '2025-01-15',
    );
    expect(v['93.93%']).toBe('verified');
    expect(verdictsOf('去年我国制造业产品质量合格率达到93.93%。', '2025-01-15')['93.93%']).toBe('verified');
    // (Once the figure is out, a slip of it is wrong.)
    expect(
      verdictsOf('Last year the manufacturing product quality pass rate reached 93.39%.', '2025-04-15')[
        '93.39%'
      ],
    ).toBe('contradicted');
  });
});

describe('month forms and later figures', () => {
  it('reads "end-August 2024" and 截至 2024 年 8 月底 as a month that dates a level', () => {
    const v = verdictsOf('China had more than 20,000 accredited bodies at end-August 2024.', '2025-10-14');
    expect(v['20,000']).toBe('contradicted');
  });

  it('still contradicts a figure whose period had not ended when the text was written', () => {
    // 93.93% is the end-2024 rate: a text of June 2024 cannot have it.
    const v = verdictsOf('The manufacturing product quality pass rate stands at 93.93%.', '2024-06-01');
    expect(v['93.93%']).toBe('contradicted');
  });
});

describe('a year a change is measured from ("up 49.9% on 2023")', () => {
  it('does not date the change: "in 2024 … rose 49.9% on 2023" is 2024\'s change, misquoted', () => {
    // Vehicles recalled: +49.9% in 2023, +67% in 2024.
    const wrong = checkText('In 2024 vehicles recalled rose 49.9% on 2023.', builtinSet(), {
      date: '2026-04-01',
    }).mentions[0];
    expect(wrong?.verdict).toBe('contradicted');
    expect(wrong?.figure?.value).toBe(67);
    expect(wrong?.likelyError?.kind).toBe('outdated');
    const right = checkText('In 2024 vehicles recalled rose 67% on 2023.', builtinSet(), {
      date: '2026-04-01',
    }).mentions[0];
    expect(right?.verdict).toBe('verified');
  });
});

describe('a year the text names, ended before the text was written, whose figure the set has from a later source', () => {
  it("is that year's figure: the writer had it from an earlier statement", () => {
    // The 2025 figures come from SAMR's release of 2026-03-19; a text of January 2026 may quote them.
    expect(
      verdicts(
        'In 2025 carmakers carried out 190 vehicle recalls covering 6.846 million vehicles.',
        '2026-01-03',
      ),
    ).toEqual({ '190': 'verified', '6.846 million': 'verified' });
    expect(
      verdicts(
        'Recalls in 2025. Carmakers carried out 190 vehicle recalls covering 6.846 million vehicles.',
        '2026-01-03',
      ),
    ).toEqual({ '190': 'verified', '6.846 million': 'verified' });
  });

  it('is not read into a year that had not ended, nor into a text that names no year', () => {
    expect(verdicts('In 2025 carmakers carried out 190 vehicle recalls.', '2025-11-03')).toEqual({
      '190': 'unverified',
    });
    expect(verdicts('Carmakers carried out 190 vehicle recalls last year.', '2026-01-03')).toEqual({
      '190': 'verified',
    });
  });

  it('a forecast for the year is no outcome of it', () => {
    expect(
      verdicts(
        'In 2025 carmakers carried out 190 vehicle recalls. Our model had predicted 200 recalls.',
        '2026-01-03',
      ),
    ).toMatchObject({ '200': 'unverified' });
  });
});

describe('an expectation (预计到2025年) stated as the source states its goal', () => {
  it('is checked as the goal, and "at least" admits no higher floor', () => {
    const v = verdictsOf(
      '预计到2025年，共性关键技术和应用类科技计划项目形成标准研究成果的比率达到50%以上。',
      '2024-03-01',
    );
    expect(v['50%']).toBe('verified');
    expect(
      verdictsOf(
        '预计到2025年，共性关键技术和应用类科技计划项目形成标准研究成果的比率达到60%以上。',
        '2024-03-01',
      )['60%'],
    ).not.toMatch(/^(?:verified|approximate)$/);
  });
});

describe('大前年, three years before the text', () => {
  it('is not read as 前年', () => {
    const v = verdictsOf('去年汽车召回涉及车辆1123.7万辆。大前年汽车召回涉及车辆672.8万辆。', '2025-06-01');
    expect(v['1123.7万']).toBe('verified');
    // (2022's figure is 448.8万: 672.8万 is 2023's.)
    expect(v['672.8万']).toBe('contradicted');
    expect(verdictsOf('大前年汽车召回涉及车辆672.8万辆。', '2026-04-08')['672.8万']).toBe('verified');
  });
});

describe('"has since": a span from the date before to one the text does not give', () => {
  const text =
    'At the end of 2023 the regulator counted about 1.02 million certified organisations. The number of certified organisations has since grown by roughly 8%.';
  it('is no change of the set (2023 on 2022: more than 9%), neither red nor read with the level', () => {
    const v = verdictsOf(text, '2025-01-08');
    expect(v['8%']).toBe('unverified');
  });
  it("while the same change with the level's own date is read with it", () => {
    const v = verdictsOf(
      'At the end of 2023 the regulator counted about 1.02 million certified organisations, up 8% on the year.',
      '2025-01-08',
    );
    expect(v['8%']).toBe('contradicted');
  });
});

describe('"up from" a value with no date of its own', () => {
  it("is the year before's value when the level is a year's (2023: 6.728 million, 2022: 4.488 million)", () => {
    const v = verdictsOf(
      'Recalls covered 6.728 million vehicles in 2023, up from 4.488 million.',
      '2024-03-12',
    );
    expect(v['4.488 million']).toBe('verified');
  });
  it('a wrong start is still red against the year before', () => {
    const v = verdictsOf(
      'Recalls covered 6.728 million vehicles in 2023, up from 4.848 million.',
      '2024-03-12',
    );
    expect(v['4.848 million']).toBe('contradicted');
  });
  it('not after a month, nor "from" that compares nothing', () => {
    const v = verdictsOf(
      'CMCs reached 1,958 at the end of 2024, up from 1,879 in August. Leader standards came in 2023 from 2,003 enterprises.',
      '2025-02-01',
    );
    expect(v['1,879']).toBe('verified');
    expect(v['2,003']).toBe('verified');
  });
});

describe('"…, an increase of 35 percent, on 2023": the year a change is measured on', () => {
  it('dates no level before the change', () => {
    const v = verdictsOf(
      'The year also saw the approval and release of 2,869 national standards, an increase of 35 percent, or more than a third, on 2023.',
      '2025-03-03',
    );
    expect(v['2,869']).toBe('verified');
    expect(v['35 percent']).toBe('verified');
  });
});

describe('"since the system began" with a present perfect: a running total up to the text\'s date', () => {
  it('takes no year from an earlier clause ("In 2022 the figures were …, and since the system began … 4,885")', () => {
    const v = verdictsOf(
      'In 2022 the figures were 690 recalls and about 10 million items, and since the system began companies have carried out 4,885 consumer recalls involving more than 100 million products.',
      '2024-03-15',
    );
    expect(v['690']).toBe('verified');
    expect(v['4,885']).toBe('verified');
    expect(v['100 million']).toBe('approximate');
  });
  it('but "had been recalled since the system began" is as of the date said', () => {
    const v = verdictsOf(
      'By the end of 2024, a record 1.14 billion vehicles had been recalled since the system began.',
      '2026-02-01',
    );
    expect(v['1.14 billion']).toBe('contradicted');
  });
});

describe("a stock stated early in a year, and the year before's own figure", () => {
  it('"2023年生活性服務滿意度僅78.01分" is red: 78.01 was quoted in January 2024, 2023\'s score is 81.30', () => {
    const v = verdictsOf('有評論稱「2023年生活性服務滿意度僅78.01分」。', '2024-03-06');
    expect(v['78.01']).toBe('contradicted');
  });
  it('while 78.01 as of January 2024 is green', () => {
    const v = verdictsOf('截至2024年1月底，生活性服务质量满意度为78.01分。', '2024-03-06');
    expect(v['78.01']).toBe('verified');
  });
});
