import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/extract.ts';
import { checkText } from '../src/check/check-text.ts';
import { checkTextStream, extractFiguresStream } from '../src/check/check-stream.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { loadCorpus } from './corpus-labels.ts';

const runs = (fallback: number): number => {
  const fromEnv = Number(process.env.FC_NUM_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
};
const sourcesDir = fileURLToPath(new URL('../../data/sources/', import.meta.url));
const sources = readdirSync(sourcesDir).map((f) => readFileSync(join(sourcesDir, f), 'utf8'));

describe('checking a text window by window', () => {
  it('finds exactly the figures extraction of the whole text finds, with the same contexts', () => {
    for (const text of [...sources, ...loadCorpus().map((a) => a.text)]) {
      for (const window of [300, 1000, 5000]) {
        expect([...extractFiguresStream(text, window)]).toEqual(extractFigures(text));
      }
    }
  });

  it('gives the same verdicts as checking the whole text, lists and swapped pairs included', () => {
    const articles = loadCorpus().map((a) => a.text);
    for (const text of [sources.join('\n\n'), articles.join('\n\n')]) {
      const whole = checkText(text, builtinSet()).mentions;
      expect([...checkTextStream(text, builtinSet(), {}, 3000)]).toEqual(whole);
    }
  });

  it('gives a table written as text its table verdicts, also when windows cut through it', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      i % 2 === 0
        ? `| National standards (end of year) | 2023 | 44,499 |`
        : `| Defective vehicles recalled | 2023 | 6,728,000 |`,
    );
    const text = `Figures below.\n\n| Indicator | Year | Value |\n| --- | --- | --- |\n${rows.join('\n')}\n\nThe end.`;
    const whole = checkText(text, builtinSet()).mentions;
    expect(whole.some((m) => m.verdict === 'verified')).toBe(true);
    expect([...checkTextStream(text, builtinSet(), {}, 400)]).toEqual(whole);
  });

  it('cuts a text without paragraphs after a sentence, and a text without sentences anywhere', () => {
    const line = sources.join(' ').replace(/\n/g, ' ');
    expect([...extractFiguresStream(line, 700)]).toEqual(extractFigures(line));
    const ones = '1,'.repeat(5000);
    expect([...extractFiguresStream(ones, 500)]).toEqual(extractFigures(ones));
  });

  it('agrees with whole-text extraction on any text, cut anywhere (no paragraph breaks to cut at)', () => {
    const piece = fc.constantFrom(
      '44,499 national standards ',
      '3.3\nmillion ',
      'more than ',
      '超过3.4万家、',
      '1,',
      ' ',
      '. ',
      'By the end of 2023, ',
      '(44,499) ',
      '44 499 ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 50, max: 700 }), (parts, window) => {
        const text = parts.join('');
        expect([...extractFiguresStream(text, window)]).toEqual(extractFigures(text));
      }),
      { numRuns: runs(100) },
    );
  });
});
