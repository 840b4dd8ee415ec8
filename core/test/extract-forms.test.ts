import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';
import { parseChineseDecimal, parseChineseNumeral } from '../src/extract/number-words.ts';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';

const found = (text: string) => extractFigures(text).map((m) => [m.text, m.value]);

describe('thousands grouped by spaces (French, Russian, SI style)', () => {
  it.each([
    ['La Chine comptait 44 499 normes nationales.', '44 499'],
    ['La Chine comptait 44\u202f499 normes nationales.', '44\u202f499'],
    ['В Китае 44\u00a0499 национальных стандартов.', '44\u00a0499'],
    ['China had 44\u2009499 national standards.', '44\u2009499'],
  ])('reads %j as one number', (text, written) => {
    expect(found(text)).toEqual([[written, 44499]]);
  });

  it('reads longer groups and keeps the number verified', () => {
    expect(found('un budget de 1 234 567 euros')).toEqual([['1 234 567', 1234567]]);
    const [m] = checkText('By the end of 2023, China had 44 499 national standards.', builtinSet()).mentions;
    expect(m?.verdict).toBe('verified');
  });

  it('does not join phone groups, a year and a count, or single digits', () => {
    const values = (text: string) => extractFigures(text).map((m) => m.value);
    expect(values('Call 010 123 456 for help.')).not.toContain(10123456);
    expect(values('Call 010 123 456 for help.')).not.toContain(123456);
    expect(values('Dial +86 10 123 456 today.')).not.toContain(10123456);
    expect(found('In 2023 12 345 firms filed.')).toEqual([
      ['12', 12],
      ['345', 345],
    ]);
    expect(found('Teams scored 1 2 3 goals.').map(([t]) => t)).toEqual(['1', '2', '3']);
  });

  it('reads no phone number across a line break or a tab (a table row ending in 17 over "2023⇥214")', () => {
    expect(found('2022\t204\t17\n2023\t214\t6').map(([t]) => t)).toEqual(['204', '17', '214', '6']);
  });

  it('never groups across a line break', () => {
    expect(found('There were 44\n499 more.')).toEqual([
      ['44', 44],
      ['499', 499],
    ]);
  });
});

describe('scientific notation', () => {
  it.each([
    ['4.4499E+04 national standards', 44499],
    ['about 1.2e6 vehicles', 1_200_000],
    ['a rate of 2.5E-2', 0.025],
  ])('reads %j', (text, value) => {
    expect(extractFigures(text).map((m) => m.value)).toEqual([value]);
  });

  it('verifies a figure written in E notation, as spreadsheets export it', () => {
    const [m] = checkText(
      'By the end of 2023, China had 4.4499E+04 national standards.',
      builtinSet(),
    ).mentions;
    expect(m?.text).toBe('4.4499E+04');
    expect(m?.verdict).toBe('verified');
  });

  it('leaves codes with an e alone', () => {
    expect(found('Model 3e5x and part 12E.')).toEqual([]);
  });
});

describe('accounting-style negatives', () => {
  it.each([
    ['Net result (44499) in 2023', '(44499)', -44499],
    ['Net result (44,499) in 2023', '(44,499)', -44499],
    ['Loss of ($1,234.5) last year', '($1,234.5)', -1234.5],
  ])('reads %j as negative', (text, written, value) => {
    expect(found(text)).toEqual([[written, value]]);
  });

  it('is never verified or contradicted by a positive official figure', () => {
    const [m] = checkText(
      'By the end of 2023, China had (44,499) national standards.',
      builtinSet(),
    ).mentions;
    expect(m?.value).toBe(-44499);
    expect(m?.verdict).toBe('unverified');
  });

  it('keeps list numbers and hedged or scaled parentheticals positive', () => {
    expect(found('Steps (1) and (12) apply.')).toEqual([
      ['1', 1],
      ['12', 12],
    ]);
    expect(found('a share (45.3%) of all')).toEqual([['45.3%', 45.3]]);
  });
});

describe('a figure written across a line break', () => {
  it.each([
    'Regulators recalled 3.3\nmillion vehicles in 2023.',
    'Short line with RMB\n32 billion spent on testing.',
  ])('gets a context that contains it: %j', (text) => {
    const [m] = extractFigures(text);
    expect(m).toBeDefined();
    expect(m!.context).toContain(m!.text);
    expect(m!.context).toBe(text);
  });
});

describe('signed changes and multiples', () => {
  const read = (t: string) => extractFigures(t).map((m) => [m.text, m.value, m.unit]);
  it('reads "+30.3% y/y" in brackets, still not a phone number\'s "+86"', () => {
    expect(read('nearly 1,000 medical labs (+30.3% y/y)')).toEqual([
      ['1,000', 1000, 'count'],
      ['30.3%', 30.3, 'percent'],
    ]);
    expect(read('Call +86 10 6532 1234')).toEqual([]);
  });
  it('reads a valuation multiple "24x" as times, not codes like "3x3"', () => {
    expect(read('trades at 24x earnings against 31x')).toEqual([
      ['24x', 24, 'times'],
      ['31x', 31, 'times'],
    ]);
    expect(read('a 3x3 grid')).toEqual([]);
  });
});

describe('percentage points written short or in traditional characters', () => {
  const read = (t: string) => extractFigures(t).map((m) => [m.value, m.unit]);
  it('reads "of a percentage point", pp, ppts and 個百分點', () => {
    expect(read('rose by 0.28 of a percentage point')).toEqual([[0.28, 'percentage-points']]);
    expect(read('up 1.2pp, then 3 ppts')).toEqual([
      [1.2, 'percentage-points'],
      [3, 'percentage-points'],
    ]);
    expect(read('較上年提高0.63個百分點')).toEqual([[0.63, 'percentage-points']]);
  });
});

describe('circa', () => {
  it('"c.3.76", "ca. 470" and "circa 1,000" are hedged numbers; "v.2" and "Fig.3" are not numbers', () => {
    const read = (t: string) => extractFigures(t).map((m) => [m.value, m.qualifier]);
    expect(read('c.3.76 and ca. 470 and circa 1,000')).toEqual([
      [3.76, 'about'],
      [470, 'about'],
      [1000, 'about'],
    ]);
    expect(read('v.2 release, Fig.3')).toEqual([]);
  });
});

describe('hedges written as signs', () => {
  it('reads "~2,050", "≈470", ">45,000", "≥83%" and "<5%" as hedged, not a range\'s second number', () => {
    const read = (t: string) => extractFigures(t).map((m) => [m.value, m.qualifier]);
    expect(read('~2,050; ≈470; >45,000; ≥83%; <5%')).toEqual([
      [2050, 'about'],
      [470, 'about'],
      [45000, 'more-than'],
      [83, 'at-least'],
      [5, 'less-than'],
    ]);
    expect(read('5~10% and 2,000~3,000')).toEqual([
      [5, 'exact'],
      [10, 'exact'],
      [2000, 'exact'],
      [3000, 'exact'],
    ]);
  });
});

describe('decimals spoken as words (radio and video scripts)', () => {
  it('reads "point" and the digits after it as one number, with its scale and per cent', () => {
    const text =
      'Recalls covered close to six point eight five million cars, down from about eleven point two million; ' +
      'new-energy cars made up thirty-eight point seven per cent. The Hang Seng fell one point one per cent, ' +
      'the FTSE rose zero point four per cent, and the pound buys one point two nine dollars.';
    expect(found(text)).toEqual([
      ['six point eight five million', 6_850_000],
      ['eleven point two million', 11_200_000],
      ['thirty-eight point seven per cent', 38.7],
      ['one point one per cent', 1.1],
      ['zero point four per cent', 0.4],
      ['one point two nine', 1.29],
    ]);
    // (The precision is the last digit spoken: a rounding of 6,848,000 to 6.85 million.)
    expect(extractFigures('about six point eight five million')[0]).toMatchObject({ precision: 10_000 });
  });

  it('checks a spoken figure as its digits would be', () => {
    const text =
      'Electric and other new-energy cars made up thirty-eight point seven per cent of the vehicles recalled in 2025.';
    expect(checkText(text, builtinSet()).mentions.map((m) => [m.text, m.verdict])).toEqual([
      ['thirty-eight point seven per cent', 'verified'],
    ]);
  });
});

describe('Chinese hedges after a number (data/lexicon/hedges.json "after")', () => {
  it('reads 出头 and Cantonese 幾 as "a little more than", 余 as part of the number', () => {
    const read = (text: string) => extractFigures(text).map((m) => [m.text, m.qualifier]);
    expect(read('从业人员150万出头')).toEqual([['150万', 'more-than']]);
    expect(read('即係449萬幾架')).toEqual([['449萬', 'more-than']]);
    expect(read('出具报告6亿余份')).toEqual([['6亿余', 'more-than']]);
    expect(read('合格率94%以上')).toEqual([['94%', 'at-least']]);
  });

  it('reads English "or more" and "and above" after a number as "at least", and no longer word', () => {
    const read = (text: string) => extractFigures(text).map((m) => [m.text, m.qualifier]);
    expect(read('fees of RMB40 million or more')).toEqual([['RMB40 million', 'at-least']]);
    expect(read('pass rates of 94% and above')).toEqual([['94%', 'at-least']]);
    expect(read('40 million or moreover')).toEqual([['40 million', 'exact']]);
  });

  it('contradicts "RMB40 million or more" where the source says nearly 40 million yuan', () => {
    const text = 'In 2024, certification fees worth RMB40 million or more were waived for small firms.';
    expect(checkText(text, builtinSet(), { date: '2024-10-01' }).mentions[0]?.verdict).toBe('contradicted');
  });

  it('checks "150万出头" against "more than 1.56 million" as a rounding', () => {
    const text = '截至2023年底，检验检测从业人员150万出头。';
    expect(checkText(text, builtinSet(), { date: '2024-07-01' }).mentions[0]).toMatchObject({
      verdict: 'approximate',
    });
  });
});

describe('a number written out with a comma after its scale word', () => {
  it('goes on to its hundreds ("forty-four thousand, nine hundred and forty-nine")', () => {
    const found = extractFigures(
      'forty-four thousand, nine hundred and forty-nine standards; four thousand, one hundred and fifty-eight.',
    );
    expect(found.map((m) => m.value)).toEqual([44_949, 4_158]);
  });
  it('stops at a comma that ends the number ("forty thousand, one for each", "forty-four thousand, and more")', () => {
    expect(extractFigures('forty thousand, one for each').map((m) => m.value)).toEqual([40_000]);
    expect(extractFigures('In 2023, forty-four thousand, and more.').map((m) => m.value)).toEqual([44_000]);
  });
});

describe('machine-translated Chinese scales', () => {
  it('reads "ten thousand" as 万 and "hundred million" as 亿', () => {
    const found = extractFigures(
      'employee exceed 156 ten thousand person, income about 4700 hundred million yuan',
    );
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['156 ten thousand', 1_560_000],
      ['4700 hundred million', 470_000_000_000],
    ]);
  });
  it('reads the hyphened forms and the pinyin wan and yi of a text that glosses Chinese', () => {
    const found = extractFigures(
      '1,123.7 wan (1,123.7 ten-thousand) vehicles; 1.14 yi in all; Wang Yi said 3 things.',
    );
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['1,123.7 wan', 11_237_000],
      ['1,123.7 ten-thousand', 11_237_000],
      ['1.14 yi', 114_000_000],
      ['3', 3],
    ]);
  });
  it('reads no pinyin scale in a name ("2024 Yi Gang", "28 Wan Chai Road") or in capitals', () => {
    expect(extractFigures('In 2024 Yi Gang said so. In 2023 Wan Gang spoke.').map((m) => m.text)).toEqual([]);
    expect(extractFigures('28 Wan Chai Road').map((m) => m.value)).not.toContain(280_000);
  });
  it('still reads "hundred" and "thousand" alone', () => {
    expect(extractFigures('ten thousand fans and 3 thousand seats').map((m) => m.value)).toContain(3000);
  });
});

describe('"more than" between a number and its Chinese scale', () => {
  it('reads 多, 余 and 餘 before 万 and 亿, after digits and after numerals', () => {
    const found = extractFigures(
      '从业人员156餘萬人，召回一千多万件，营收四千七百多亿元，召回一百五十多万辆。',
    );
    expect(found.map((m) => [m.text, m.value, m.qualifier])).toEqual([
      ['156餘萬', 1_560_000, 'more-than'],
      ['一千多万', 10_000_000, 'more-than'],
      ['四千七百多亿', 470_000_000_000, 'more-than'],
      ['一百五十多万', 1_500_000, 'more-than'],
    ]);
  });
});

describe('a Chinese numeral before 次', () => {
  it('counts events from a hundred up ("近八百次"), not how often something was done ("说了三次")', () => {
    const found = extractFigures('召回771次，即近八百次；这话他说了三次，跑了二十次。');
    expect(found.map((m) => m.text)).toEqual(['771', '八百']);
    expect(found[1]).toMatchObject({ value: 800, qualifier: 'nearly' });
  });
});

describe('Chinese numbers said aloud (verse, quiz answers, speeches)', () => {
  it('reads a decimal after 点, digit by digit, with its precision', () => {
    const read = extractFigures('合格率九十三点六五，提高了零点三六个百分点，监测合格率九七点八！');
    expect(read.map((m) => [m.text, m.value, m.unit])).toEqual([
      ['九十三点六五', 93.65, 'count'],
      ['零点三六个百分点', 0.36, 'percentage-points'],
      ['九七点八', 97.8, 'count'],
    ]);
    expect(read[0]).toMatchObject({ precision: 0.01 });
  });

  it('reads 百分之 with a decimal as a percentage', () => {
    expect(
      extractFigures('合格率为百分之九十三点六五。').map((m) => [m.text, m.value, m.unit, m.precision]),
    ).toEqual([['百分之九十三点六五', 93.65, 'percent', 0.01]]);
  });

  it('reads a numeral with its places said bare, before punctuation or a spoken hedge', () => {
    const read = extractFigures(
      '计量基准二百零二，\n国家标准四万五千还要多，\n医学实验室九百六，\n目标八十六！',
    );
    expect(read.map((m) => [m.text, m.value, m.qualifier])).toEqual([
      ['二百零二', 202, 'exact'],
      ['四万五千', 45_000, 'more-than'],
      ['九百六', 960, 'exact'],
      ['八十六', 86, 'exact'],
    ]);
  });

  it('reads a last digit after 百, 千 or 万 one place lower, as speakers abbreviate', () => {
    const parse = (t: string) => parseChineseNumeral(t);
    expect(
      ['九百六', '三万四', '一千八', '两亿三', '一百零五', '一万零四', '十五', '一千八百七十九'].map(parse),
    ).toEqual([960, 34_000, 1800, 230_000_000, 105, 10_004, 15, 1879]);
    expect(parseChineseDecimal('九七', '八')).toBe(97.8);
    expect(parseChineseDecimal('零', '零五')).toBe(0.05);
    expect(parseChineseDecimal('九十', '十')).toBeUndefined();
  });

  it('leaves clock times, idioms and small bare numerals alone', () => {
    expect(
      extractFigures(
        '一点一滴，两点一线；下午三点二十分开会，三点零五分结束，十点二十散会。十五的月亮，三心二意。',
      ),
    ).toEqual([]);
  });

  it('confirms a number said bare against the measure named before it', () => {
    const v = checkText('截至2023年底，全国认证机构一千二百四十二！', builtinSet()).mentions;
    expect(v.map((m) => [m.text, m.verdict])).toEqual([['一千二百四十二', 'verified']]);
  });
});

describe('快 and 近 that are no hedge', () => {
  it('reads 快四成 as nearly, but not 最快3天, 尽快 or 最近', () => {
    const found = extractFigures('占了快四成；最快3天到货；最近12个月');
    expect(found.find((m) => m.text === '四成')?.qualifier).toBe('nearly');
    for (const m of found.filter((x) => x.text !== '四成')) expect(m.qualifier).toBe('exact');
  });

  it('does not count 二十多次 as events', () => {
    expect(extractFigures('他跑了二十多次').map((m) => m.text)).toEqual([]);
  });
});

describe('"and over", "or more" before another figure', () => {
  it('hedge what follows, not the number before', () => {
    const read = (text: string) => extractFigures(text).map((m) => [m.text, m.qualifier]);
    expect(read('a pass rate of 93.5% and over 1,200 bodies')).toEqual([
      ['93.5%', 'exact'],
      ['1,200', 'more-than'],
    ]);
  });
});
