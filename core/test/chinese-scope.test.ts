import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { findLists } from '../src/document/lists.ts';
import { extractFigures } from '../src/extract/extract.ts';

const set = builtinSet();
const verdicts = verdictsOf;

describe('scopes in Chinese clauses', () => {
  it('reads 分別 (traditional) as a list cue', () => {
    const text = '河北和河南的戰略性新興產業企業標準數量分別為24163項和23309項。';
    const found = extractFigures(text);
    expect([...findLists(text, found).values()].map((m) => m.item)).toEqual([
      '河北',
      '河南的戰略性新興產業企業標準數量',
    ]);
  });

  it('keeps a province\'s "全省" figure from being checked against the nation\'s', () => {
    expect(
      verdicts('记者从广东省市场监管局获悉，全省制造业产品质量合格率为93.65%。', '2024-04-02')['93.65%'],
    ).toBe('unverified');
  });

  it('reads a scope across an enumeration (、及) within the clause', () => {
    expect(verdicts('香港認可處目前認可的實驗室及檢驗、認證機構約300間。', '2024-09-10')['300']).toBe(
      'unverified',
    );
  });

  it("lets one number shared by two places (均) be either place's figure", () => {
    const text = '在社会团体方面，广东、浙江在全国团体标准信息平台新注册的社会团体均超过100家。';
    expect(verdicts(text, '2024-04-02')['100']).toBe('verified');
  });
});

describe('a Chinese clause without a subject', () => {
  it('continues the clause before it (涉及, 占)', () => {
    const v = verdicts(
      '去年我国实施新能源汽车召回98次，涉及车辆近450万辆，占全年召回总数量的四成。',
      '2025-03-18',
    );
    expect(v['450万']).toBe('approximate');
  });
});

describe('classifiers and list gaps', () => {
  it('does not read pages (页) as a count of standards (项)', () => {
    expect(verdicts('报告全文共286页，可在国家标准化管理委员会网站下载。', '2024-04-01')['286']).toBe(
      'unverified',
    );
  });

  it('ends a list at a gap with words of its own, so a swapped pair is still found', () => {
    const text = '其中，因轉向系統及發動機缺陷召回的車輛分別為134.7萬輛及229.4萬輛，前者佔總數的33.5%。';
    expect(verdicts(text, '2026-03-20')).toMatchObject({
      '134.7萬': 'contradicted',
      '229.4萬': 'contradicted',
    });
  });
});

describe('one number said of several places, and the base of a change', () => {
  it('is wrong when it fails any of them, right when it holds for each', () => {
    expect(verdicts('河北、河南的战略性新兴产业标准都超过了2.4万项。', '2024-04-01')['2.4万']).toBe(
      'contradicted',
    );
    expect(
      checkText(
        'Hebei and Henan each have more than 23,000 standards for strategic emerging industries.',
        set,
        {
          date: '2024-04-01',
        },
      ).mentions[0]?.verdict,
    ).not.toBe('contradicted');
  });

  it('finds a swapped pair of places written with 分别', () => {
    const v = verdicts(
      '河北、河南的战略性新兴产业标准都超过了2.3万项，四川、安徽分别为8051项和9242项。',
      '2024-04-01',
    );
    expect(v).toMatchObject({ '8051': 'contradicted', '9242': 'contradicted' });
  });

  it('dates the base of a change a year before (比上年的85.2)', () => {
    const text = '截至2024年底，全国制造业质量竞争力指数提高到85.6，比上年的85.2略有上升。';
    expect(verdicts(text, '2025-03-03')).toMatchObject({ '85.6': 'verified', '85.2': 'approximate' });
  });

  it('dates the base of a change at the year-end before (较上年末的51078)', () => {
    const text = '2023年，社会团体公布团体标准23162项，累计公布7.42万项，较上年末的51078项增长45.3%。';
    expect(verdicts(text, '2024-06-01')).toMatchObject({ '51078': 'verified' });
  });
});

describe('Taiwan and Hong Kong wording', () => {
  it('reads 年增 as a change and 營收 as revenue', () => {
    const text = '截至去年底，大陸認證機構共1,242家，年增逾一成。認證機構去年營收503億人民幣，年增約12%。';
    expect(verdicts(text, '2024-06-10')).toMatchObject({ '503億': 'verified' });
  });
});

describe('places that are where something was said', () => {
  it('a venue (在北京舉行的…會議) and a dateline (台北9日電) are no scope; 中國, 內地, 大陸 are the nation', () => {
    const text =
      '（中央社記者林婉如台北9日電）國家市場監督管理總局副局長在北京舉行的工作會議上表示，截至去年底，中國共有認證機構1230家。';
    expect(verdictsOf(text, '2025-01-09')).toEqual({ '1230': 'verified' });
  });
  it('a place a sentence is about still is', () => {
    expect(verdictsOf('北京市截至去年底共有认证机构1230家。', '2025-01-09')).toEqual({
      '1230': 'unverified',
    });
  });
});
