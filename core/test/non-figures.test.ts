import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';

const texts = (text: string) => extractFigures(text).map((m) => m.text);

describe('numbers that are not figures are dropped', () => {
  it.each([
    ['a name', 'Delegates gathered for the Two Sessions in Beijing.'],
    ['a name, lower case', 'during the two sessions this month'],
    ['a name in Chinese', '全国两会期间，代表们提出建议。'],
    ['a name in traditional Chinese', '全國兩會期間，代表們提出建議。'],
    ['an index name', 'The CSI 300 and the S&P 500 both rose.'],
    ['a given name', '王五表示，李四也同意。'],
    ['a phone number in groups', 'Tel 020 7946 0000 for details.'],
    ['an international phone number', 'Call +86 10 5555 0100 or +44 20 7946 0000.'],
    ['a fax number', 'Fax: 6532 1234'],
    ['a street number', 'The office is at 1 Fleet Street, London.'],
    ['a Chinese-named street', 'The bureau moved to 88 Jianguo Road last year.'],
    ['a page count', 'Page 1 of 3'],
    ['service hours in Chinese', '热线提供24小时服务。'],
    ['service hours in English', 'a 24-hour hotline, open 24 hours a day'],
    ['round the clock', '实行7×24小时值守'],
    ['a hotline named alone', '消费者可拨打12315投诉，或拨打12345反映。'],
    ['a hotline in a name', '12345便民服务热线'],
    ['vague tens', '数十家企业参加，几十个项目签约。'],
    [
      'numbered transcript lines',
      '18  Q. Were you at Veltra then?\n19       A. I was, yes.\n20  Q. Thank you.',
    ],
  ])('%s: %s', (_kind, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps the figures next to them', () => {
    expect(texts('During the Two Sessions, officials said 44,499 standards were in force.')).toEqual([
      '44,499',
    ]);
    expect(texts('The 12315 platform handled 12,315 complaints.')).toEqual(['12,315']);
    expect(texts('受理12345件投诉')).toEqual(['12345']);
    expect(texts('There were 24 inspections at 88 Jianguo Road.')).toEqual(['24']);
    expect(texts('王五家中有五台设备')).toEqual(['五', '五']);
    // (A count that opens a line is no line number unless the lines around it count on.)
    expect(texts('Recalls by year:\n204  in 2022\n214  in 2023\n')).toEqual(['204', '214']);
    expect(texts('18  Q. How many?\n19       A. 26 recalls.')).toEqual(['26']);
    // (Two counts in a row in a count-first table are counts: "26" and "27" are recalls.)
    expect(texts('26   prompted by SAMR in 2024\n27   for engine faults\n')).toEqual(['26', '27']);
  });

  it('reads a line number within its line alone: one long line costs no more than a short one', () => {
    const long = `${'x'.repeat(200_000)}\n1   of them\n`;
    expect(texts(long)).toEqual(['1']);
  });
});

describe('index levels and temperatures are found but not checkable', () => {
  it.each([
    ['the Shanghai Composite Index closed at 3,050', '3,050', 'index-level'],
    ['The Hang Seng Index ended at 17,200 points on Friday.', '17,200', 'index-level'],
    ['上证指数收于3050.12', '3050.12', 'index-level'],
    ['temperatures of 35°C', '35', 'temperature'],
    ['temperatures reached 35 degrees Celsius', '35', 'temperature'],
    ['当天最高气温达34℃', '34', 'temperature'],
    ['北京最高氣溫約16度', '16', 'temperature'],
    ['Satisfaction with life services scored 81.3 out of 100 in 2023.', '100', 'scale-top'],
    ['Satisfaction with life services (score out of 100): 81.30', '100', 'scale-top'],
    ['rated 4.5 out of 5 stars', '5', 'scale-top'],
    ['on a 100-point scale', '100', 'scale-top'],
    ['满意度得分为81.3，满分为100。', '100', 'scale-top'],
    ['滿分100，得分81.3', '100', 'scale-top'],
  ])('%s', (text, written, kind) => {
    const m = extractFigures(text).find((x) => x.text === written);
    expect(m, texts(text).join(' | ')).toBeDefined();
    expect(m!.kind).toBe(kind);
  });

  it('a market move in percent and an ordinary count stay checkable', () => {
    const [move] = extractFigures('The Hang Seng Index fell 2.1% on Friday.');
    expect(move!.kind).toBeUndefined();
    const [count] = extractFigures('There are 44,499 national standards.');
    expect(count!.kind).toBeUndefined();
    // The score on a scale is a statistic; so is a count of things out of a hundred, and a total
    // that is no scale's top.
    const [score] = extractFigures('Satisfaction scored 81.3 out of 100.');
    expect(score!.kind).toBeUndefined();
    const counted = extractFigures('27 out of 100 firms passed.').find((x) => x.text === '100');
    expect(counted?.kind).toBeUndefined();
    const total = extractFigures('27 out of 233 recalls').find((x) => x.text === '233');
    expect(total?.kind).toBeUndefined();
    // 度 alone is also a kilowatt-hour: no temperature without a temperature word.
    const [power] = extractFigures('居民用电100度');
    expect(power!.kind).toBeUndefined();
  });
});

describe('reference markers', () => {
  it('are no figures, and end no sentence early', () => {
    expect(texts('There were 44,499 national standards.[3] Of these, 2,139 were mandatory.[2][5]')).toEqual([
      '44,499',
      '2,139',
    ]);
    expect(texts('as studies show [12], 45 per cent')).toEqual(['45 per cent']);
    expect(texts('Table [2024] and the 2,139 [a] note')).toContain('2,139');
  });
});

describe('a line in capitals', () => {
  it('reads its numbers (a word in capitals before one is no code prefix there)', () => {
    expect(
      extractFigures('OVER-THE-AIR RECALLS COVERED 4.068 MILLION VEHICLES IN 2024.').map((m) => m.text),
    ).toEqual(['4.068 MILLION']);
  });

  it("keeps a standard's code a code, in capitals or not", () => {
    expect(extractFigures('NEW ISO 9001 RULES FOR LABS')).toEqual([]);
    expect(extractFigures('Certified to ISO 9001 and GB 2760.')).toEqual([]);
  });
});
