import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

/**
 * Runs per property: the default below, or FC_NUM_RUNS for all of them (a deeper run is
 * `FC_NUM_RUNS=100000 npx vitest run --project core extract-properties`).
 */
const runs = (fallback: number): number => {
  const fromEnv = Number(process.env.FC_NUM_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
};

const pieces = [
  '44,499',
  '3.3 million',
  ' ',
  ',',
  '.',
  '%',
  '％',
  '万',
  '亿',
  '余',
  '-',
  '/',
  ':',
  'more than ',
  'nearly ',
  '超过',
  '约',
  'national standards',
  'ISO ',
  '9001',
  '2023',
  'thirty-four',
  'a quarter',
  '０１２３',
  '\n',
  '。',
  'RMB ',
  'yuan',
  'bn',
  'm',
  '1,2,3',
  '..',
  '😀',
  '\u0000',
  '(',
  ')',
  '[[',
  'e',
  'E5',
  '0x1F',
  '１，０００',
  '44 499',
  '1\u202f234',
  '4.4499E+04',
  '(44,499)',
  'Short line\n',
];
const adversarial = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  adversarial,
);

describe('extractFigures properties', () => {
  it('never throws, and every mention slices to its own text within its context', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const m of extractFigures(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
          expect(m.contextStart).toBeLessThanOrEqual(m.start);
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.context).toContain(m.text.trim());
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it('returns mentions in order without overlaps', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = extractFigures(text);
        for (let i = 1; i < found.length; i++)
          expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('checking random text never throws', () => {
    const set = builtinSet();
    fc.assert(
      fc.property(anyText, (text) => {
        const report = checkText(text, set);
        expect(report.summary.total).toBe(report.mentions.length);
      }),
      { numRuns: runs(500) },
    );
  });

  it('runs in linear time: the context it keeps per figure is bounded, however long the input', () => {
    // No wall-clock timing here (that belongs in the benchmark): a quadratic extractor would
    // keep context proportional to the input for each figure. Long inputs without sentence ends
    // are the adversarial case.
    fc.assert(
      fc.property(
        fc.constantFrom('1, ', '44,499 standards ', '超过3.4万家、', 'a quarter '),
        fc.integer({ min: 500, max: 4000 }),
        (unit, n) => {
          const text = unit.repeat(n);
          const found = extractFigures(text);
          expect(found.length).toBeGreaterThan(0);
          const kept = found.reduce((sum, m) => sum + m.context.length + (m.localEnd - m.localStart), 0);
          expect(kept / found.length).toBeLessThanOrEqual(700);
        },
      ),
      { numRuns: runs(20) },
    );
  });
});
