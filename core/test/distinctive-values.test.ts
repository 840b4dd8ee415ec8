import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';

const set = builtinSet();
const verdicts = (text: string, date = '2024-06-01') =>
  checkText(text, set, { date }).mentions.map((m) => `${m.text} ${m.verdict}`);

describe('a distinctive official value names its measure in a passage about it', () => {
  it('reads the value with the measure the passage names', () => {
    expect(
      verdicts(
        'China had 44,499 national standards in force at the end of 2023, the report said. Critics note that 44,499 is a large number.',
      ),
    ).toEqual(['44,499 verified', '44,499 verified']);
  });

  it('still reads its date: the value for another date is that date’s figure', () => {
    expect(
      verdicts(
        'National standards in force are a good gauge. A widely shared post said there were 44,499 at the end of 2022.',
      ),
    ).toEqual(['44,499 contradicted']);
  });

  it('and its currency', () => {
    expect(
      verdicts(
        'Credit support for certified micro and small firms reached RMB60.85bn in 2024. Some English-language coverage reported the figure as US$60.85bn.',
        '2025-06-01',
      ),
    ).toEqual(['RMB60.85bn verified', 'US$60.85bn contradicted']);
  });

  it('three significant digits are enough, as for a reference', () => {
    expect(
      verdicts(
        'National measurement benchmarks are the top of the chain. At the August 2024 briefing, officials counted 202 of them.',
        '2024-10-01',
      ),
    ).toEqual(['202 verified']);
  });

  it('never in a passage about something else', () => {
    expect(verdicts('The refurbished stadium in Kunming seats 44,499.')).toEqual(['44,499 unverified']);
  });
});
