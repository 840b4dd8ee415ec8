import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';
import { currencyConflict } from '../src/judge/value-compare.ts';

const only = (text: string) => {
  const found = extractFigures(text);
  expect(found, `expected one figure in: ${text}`).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
};

describe('currency of a figure', () => {
  it.each([
    ['Revenue reached RMB470bn last year.', 'RMB470bn', 470e9, 'yuan', 'CNY'],
    ['Revenue reached Rmb470bn last year.', 'Rmb470bn', 470e9, 'yuan', 'CNY'],
    ['Revenue reached CNY470 billion last year.', 'CNY470 billion', 470e9, 'yuan', 'CNY'],
    ['Revenue reached 470 billion yuan last year.', '470 billion', 470e9, 'yuan', 'CNY'],
    ['Revenue reached ¥470 billion last year.', '¥470 billion', 470e9, 'yuan', 'CNY'],
    ['Revenue reached US$470bn last year.', 'US$470bn', 470e9, 'currency', 'USD'],
    ['Revenue reached $65 billion last year.', '$65 billion', 65e9, 'currency', 'USD'],
    ['The deal was worth HK$3.2 billion.', 'HK$3.2 billion', 3.2e9, 'currency', 'HKD'],
    ['The deal was worth HKD 3 billion.', 'HKD 3 billion', 3e9, 'currency', 'HKD'],
    ['The fund holds 2 billion euros.', '2 billion', 2e9, 'currency', 'EUR'],
    ['营收达4000万元', '4000万', 4e7, 'yuan', 'CNY'],
    ['出口额30亿美元', '30亿', 3e9, 'currency', 'USD'],
    ['交易額5億港元', '5億', 5e8, 'currency', 'HKD'],
    // (A marker before the number wins over 元 after it.)
    ['認證機構營收新臺幣503億元', '新臺幣503億', 503e8, 'currency', 'TWD'],
    ['Revenue was NT$50 billion.', 'NT$50 billion', 50e9, 'currency', 'TWD'],
    ['COE premiums passed 100,000 Singapore dollars.', '100,000', 1e5, 'currency', 'SGD'],
    ['拥车证价格超过10万新元', '10万', 1e5, 'currency', 'SGD'],
  ])('%s -> %s', (text, written, value, unit, currency) => {
    const m = only(text);
    expect(m.text).toBe(written);
    expect(m.value).toBeCloseTo(value, 0);
    expect(m.unit).toBe(unit);
    expect(m.currency).toBe(currency);
  });

  it('a count names no currency', () => {
    expect(only('There are 44,499 national standards.').currency).toBeUndefined();
    expect(only('国家标准4.4万项').currency).toBeUndefined();
  });

  it('letters glued to digits are still a code unless they are a currency', () => {
    expect(extractFigures('Flights on the A380 and the B747')).toEqual([]);
  });

  it('a dollar amount for a yuan figure is a wrong currency; a yuan amount is not', () => {
    const yuanFigure = { unit: 'yuan' };
    expect(currencyConflict(only('Revenue reached US$470bn.'), yuanFigure)?.message).toBe(
      'wrong currency: US$ where the source gives yuan',
    );
    expect(currencyConflict(only('Revenue reached HK$470bn.'), yuanFigure)?.message).toBe(
      'wrong currency: HK$ where the source gives yuan',
    );
    expect(currencyConflict(only('Revenue reached Rmb470bn.'), yuanFigure)).toBeUndefined();
    expect(currencyConflict(only('Revenue reached 470 billion.'), yuanFigure)).toBeUndefined();
  });
});
