import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { leadInAbove } from '../src/resolve/reference.ts';

describe("a list item's date", () => {
  const lead = 'Key numbers from the regulator on car recalls in 2025, as the notice gives them:\n\n';

  it('is the date of the line that introduces the list (ending in a colon)', () => {
    const text = `${lead}- Campaigns: 190\n- Remote (OTA) fixes: 19 campaigns\n`;
    // 19 is 2024's OTA count; in 2025 there were 13.
    expect(verdictsOf(text, '2026-04-02')).toMatchObject({ '190': 'verified', '19': 'contradicted' });
  });

  it('is read through emoji bullets and numbered items too', () => {
    expect(
      leadInAbove(`${lead}1. Campaigns: 190\n2. OTA: 19`, `${lead}1. Campaigns: 190\n2. OTA: `.length),
    ).toBe(lead.trim());
    expect(leadInAbove(`${lead}✅ OTA: 19`, `${lead}✅ OTA: `.length)).toBe(lead.trim());
  });

  it('is not taken from a line without a colon, nor for a line that is no item', () => {
    const plain = 'Car recalls in 2025 are summed up below.\n\n- OTA: 19';
    expect(leadInAbove(plain, plain.indexOf('19'))).toBeUndefined();
    const prose = `${lead}OTA fixes numbered 19.`;
    expect(leadInAbove(prose, prose.indexOf('19'))).toBeUndefined();
  });

  it('is the date of a heading over "Indicator: value" lines, with its month', () => {
    // A quoted draft's sidebar: 54,000 and 19,510 are August 2024's counts, not the year end's.
    const text =
      '> SIDEBAR - HOW CHINA CHECKS ITS PRODUCTS (end-2024)\n> Certification bodies: 1,230\n> Testing institutions: over 54,000\n> Accredited bodies: 19,510\n';
    expect(verdictsOf(text, '2025-03-20')).toMatchObject({
      '1,230': 'verified',
      '54,000': 'contradicted',
      '19,510': 'contradicted',
    });
    expect(leadInAbove(text, text.indexOf('19,510'))).toBe(
      'SIDEBAR - HOW CHINA CHECKS ITS PRODUCTS (end-2024)',
    );
    // A sentence above is no heading.
    const prose = 'Here is how things stood at the end of 2024.\nAccredited bodies: 19,510\n';
    expect(leadInAbove(prose, prose.indexOf('19,510'))).toBeUndefined();
  });

  it("gives way to the item's own year", () => {
    const text = `${lead}- OTA fixes in 2024: 19 campaigns\n`;
    expect(verdictsOf(text, '2026-04-02')).toMatchObject({ '19': 'verified' });
  });
});

describe('a share of "the total"', () => {
  it('is a share of the whole, not a cumulative total', () => {
    const text = 'Car recalls in 2025:\n\n- OTA: 13 campaigns, about a quarter of the total (25.7%).\n';
    expect(verdictsOf(text, '2026-04-02')).toMatchObject({ '25.7%': 'verified', 'a quarter': 'approximate' });
  });
});

describe('an undated "Indicator: value" line', () => {
  it('states the figure as it stands when the text was written', () => {
    // 192 national measurement benchmarks in January 2024, 202 in August 2024.
    const line = 'Key facts\nNational measurement benchmarks: 192\n';
    expect(verdictsOf(line, '2024-10-20')['192']).toBe('contradicted');
    expect(verdictsOf(line, '2024-03-01')['192']).toBe('verified');
  });

  it("is dated by its lead-in's date, even a briefing's day", () => {
    const text =
      'SLIDE 2 — Capacity in numbers (SCIO briefing, 16 August 2024)\n• National measurement benchmarks: 202\n• Accredited conformity assessment bodies: 17,870\n';
    expect(verdictsOf(text, '2024-10-20')).toMatchObject({ '202': 'verified', '17,870': 'verified' });
  });
});

describe('what is no fact line of a list', () => {
  it('a fact line under a prose line that names a year is dated by it', () => {
    const text = 'At the January 2024 briefing the count was given.\nNational measurement benchmarks: 192\n';
    expect(verdictsOf(text, '2024-10-20')['192']).toBe('verified');
  });

  it('a sentence after a label is no item, and keeps its own "last year"', () => {
    const text =
      'Looking back at 2023\n\nUpdate: 233 vehicle recall campaigns were carried out last year, SAMR said.';
    expect(leadInAbove(text, text.indexOf('233'))).toBeUndefined();
    expect(verdictsOf(text, '2025-04-15')['233']).toBe('verified');
  });
});

describe("a list's lead-in that labels its items", () => {
  const text =
    'China recalled 6.846 million vehicles in 2025.\n\nBy cause:\n- Design: 73 campaigns, 4.215 million vehicles, 61.6%\n- Labelling and other: 16 campaigns, 129,000 vehicles, 1.9%\n';

  it('completes an item whose own label names no measure ("Design" + "cause")', () => {
    expect(verdictsOf(text, '2026-04-01')).toMatchObject({ '73': 'verified', '4.215 million': 'verified' });
  });

  it('is only an introduction when it is a sentence', () => {
    const sentence = text.replace(
      'By cause:',
      'Here is how the recalls of that year break down, as published:',
    );
    expect(verdictsOf(sentence, '2026-04-01')['4.215 million']).toBe('unverified');
  });
});

describe('label lines with a note after a comma', () => {
  it('are items: the heading above them dates them ("2023年主要质量指标")', () => {
    const text =
      '截至2024年底，全国制造业质量竞争力指数85.6。\n\n【相关链接】\n2023年主要质量指标\n制造业质量竞争力指数：85.21\n农产品质量安全例行监测合格率：97.8%，比上年略有提高\n';
    expect(verdictsOf(text, '2025-03-10')).toMatchObject({ '85.21': 'verified', '97.8%': 'verified' });
  });

  it('are not headed by a line of data above them', () => {
    expect(
      leadInAbove(
        '2024 for comparison: 238 recalls / 11.24m vehicles\nNEV: 105 recalls, 2.65m vehicles, 38.7%\n',
        60,
      ),
    ).toBeUndefined();
  });
});

describe("a box's title with a bullet of its own", () => {
  const box =
    '■數字看質量（2023年）\n製造業產品質量合格率：93.65%（綱要2025年目標：94%）\n製造業質量競爭力指數：約85.2（目標：86）\n生活性服務滿意度：81.3分\n資料來源：國家市場監管總局\n';
  it('dates the items under it, past items with a hedge ("約85.2")', () => {
    const v = verdictsOf(box, '2024-03-06');
    expect(v['81.3']).toBe('verified');
  });
  it("but not a goal's value in an item (the 2025 target of 86)", () => {
    const v = verdictsOf(box, '2024-03-06');
    expect(v['86']).toBe('verified');
  });
});
