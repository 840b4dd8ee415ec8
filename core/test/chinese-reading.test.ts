import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { classifiersDisagree } from '../src/rules/chinese-units.ts';

describe('how Chinese sentences place a number', () => {
  it('比去年同期 is the base of a change, not the period of the sentence', () => {
    const v = verdictsOf('截至8月31日，获认可医学实验室936家，比去年同期增长三成。', '2024-09-10');
    expect(v['936']).toBe('contradicted');
  });

  it('a place named as the subject scopes the later clauses of its sentence, until 全国', () => {
    const v = verdictsOf('2024年我省制造业产品质量合格率为94.6%，制造业质量竞争力指数为88.3。', '2025-03-05');
    expect(v['94.6%']).toBe('unverified');
    expect(v['88.3']).toBe('unverified');
    const national = verdictsOf('2024年我省合格率为94.6%，全国制造业质量竞争力指数为85.6。', '2025-03-05');
    expect(national['85.6']).toBe('verified');
  });

  it('reads targets written in traditional characters (到2025年…要達到)', () => {
    const v = verdictsOf('依《質量強國建設綱要》，到2025年製造業質量競爭力指數要達到86。', '2024-03-06');
    expect(v['86']).toBe('verified');
  });

  it('a clause that only restates the number before it in round terms takes its measure', () => {
    const v = verdictsOf('2023年製造業質量競爭力指數達到85.21，也就是逾85。', '2024-03-06');
    expect(v['85']).toBe('approximate');
    const zh = verdictsOf(
      '截至2022年年底，我国已累计实施汽车召回涉及车辆9578.7万辆，接近1亿辆。',
      '2023-04-01',
    );
    expect(zh['1亿']).toBe('approximate');
  });

  it('该数字 opening a paragraph points to the last sentence of the paragraph before', () => {
    const v = verdictsOf(
      '截至2023年底，国家标准共有44499项。\n\n该数字比2022年底的43207项多出1292项。',
      '2024-04-02',
    );
    expect(v['43207']).toBe('contradicted');
    const right = verdictsOf(
      '截至2023年底，国家标准共有44499项。\n\n该数字比2022年底的43027项多出1472项。',
      '2024-04-02',
    );
    expect(right['43027']).toBe('verified');
  });

  it('a sentence with no subject (2023年新成立23个) continues the one before', () => {
    const v = verdictsOf('截至2023年底，全国专业标准化技术委员会共1338个。2023年新成立23个。', '2024-04-02');
    expect(v['23']).toBe('verified');
    const wrong = verdictsOf(
      '截至2023年底，全国专业标准化技术委员会共1338个。2023年新成立32个。',
      '2024-04-02',
    );
    expect(wrong['32']).toBe('contradicted');
  });
});

describe('series, companies and numbers that look like years', () => {
  it("a measure named one way for one year is named so for the series' other years", () => {
    // (The 2022 figure's curator wrote 批准设立…类行业标准; the 2023 figure's did not.)
    const v = verdictsOf('截至2023年底，我国批准设立的行业标准有75类。', '2024-04-02');
    expect(v['75']).toBe('verified');
  });

  it('"2000余家企业" is a count, not the year 2000, and 来自 continues the clause before', () => {
    const v = verdictsOf('截至2023年底，“领跑者”标准累计3631项，来自2000余家企业。', '2024-04-02');
    expect(v['3631']).toBe('verified');
    expect(v['2000余']).toBe('approximate');
  });

  it('the one company a sentence opens with owns its later clauses', () => {
    const v = verdictsOf('一家装备制造企业负责人介绍，企业去年产品一次交验合格率超过99.5%。', '2025-03-05');
    expect(v['99.5%']).toBe('unverified');
  });
});

describe('captions parted by ideographic spaces, and Cantonese counts', () => {
  it('reads each part of a 字幕条 as its own clause, the continuation with the clause before', () => {
    const text = '【字幕条】2024年汽车召回233次　涉及车辆超1100万辆　同比增长67%';
    expect(verdictsOf(text, '2025-03-20')).toEqual({
      '233': 'verified',
      '1100万': 'approximate',
      '67%': 'verified',
    });
  });

  it('counts cars with 架 as with 辆, and reads 升咗…倍 as an increase', () => {
    const text =
      '2024年大陸汽車召回233次，涉及車輛1123.7萬架，新能源車佔四成，即係449萬幾架，按年升咗接近兩倍。';
    expect(verdictsOf(text, '2025-03-20')).toMatchObject({ '1123.7萬': 'verified', 兩: 'approximate' });
    expect(classifiersDisagree('架', '辆')).toBe(false);
    expect(classifiersDisagree('架', '次')).toBe(true);
  });
});

describe('a share whose clause names another share of the same whole', () => {
  it('is not confirmed by the share the next clause names (the values of a swapped pair)', () => {
    const text =
      '从缺陷原因看，因设计原因召回的车辆占比36.5%，因制造原因召回的占61.6%，其余为标识等其他原因。';
    const v = verdictsOf(text, '2026-03-25');
    expect(v['36.5%']).not.toBe('verified');
    expect(v['61.6%']).not.toBe('verified');
    // (Each with its own share is right.)
    const right = '从缺陷原因看，因设计原因召回的车辆占比61.6%，因制造原因召回的占36.5%。';
    expect(verdictsOf(right, '2026-03-25')).toEqual({ '61.6%': 'verified', '36.5%': 'verified' });
  });
});

describe('what a Chinese 个 counts', () => {
  const text =
    '截至2023年底，我国已与65个国家和地区签署标准化合作文件108份，其中同47个共建“一带一路”国家签署';
  it('a count of countries (个…国家) is no count of documents, and 份 no count of countries', () => {
    expect(verdictsOf(`${text}57份。`)).toMatchObject({
      '65': 'verified',
      '47': 'verified',
      '57': 'verified',
    });
    const swapped = '截至2023年底，我国已与57个共建“一带一路”国家签署标准化合作文件47份。';
    expect(verdictsOf(swapped)).toMatchObject({ '57': 'contradicted', '47': 'contradicted' });
  });
});

describe('a count between a verb and its noun (召回1123.7万辆汽车)', () => {
  it('names the measure as the verb and noun together do', () => {
    // 2024: 11.237 million vehicles recalled (1123.7万辆).
    expect(verdictsOf('2024年共召回1123.7万辆汽车。', '2025-04-01')['1123.7万']).toBe('verified');
    expect(verdictsOf('2024年共召回1213.7万辆汽车。', '2025-04-01')['1213.7万']).toBe('contradicted');
  });
});

describe('Cantonese 同 ("and") before a number', () => {
  it('ends the clause before it: "268間認證機構同16間審定與核查機構"', () => {
    expect(
      verdictsOf(
        'CNAS累計認可各類機構共19,510間，包括18,202間實驗室、1,024間檢驗機構、268間認證機構同16間審定與核查機構。',
        '2024-09-05',
      ),
    ).toMatchObject({ '268': 'verified', '16': 'verified' });
  });
});

describe('督促召回: recalls urged by the regulator', () => {
  it('names the urged share ("督促召回占比 50.5%", 2024)', () => {
    const v = verdictsOf('2024年汽车召回数据：督促召回占比50.5%。', '2025-04-01');
    expect(v['50.5%']).toBe('verified');
  });
});
