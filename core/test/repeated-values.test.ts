import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check/check-text.ts';
import { builtinSet } from '../src/set/builtin-set.ts';

const set = builtinSet();
/** The verdicts of every occurrence of `number` in `text`, in order. */
const verdictsOfAll = (text: string, number: string) =>
  checkText(text, set)
    .mentions.filter((m) => m.text === number)
    .map((m) => m.verdict);

describe('a distinctive number written again where nothing names its measure', () => {
  it("takes the earlier number's measure: a formula's operands", () => {
    const text = '截至2022年底，国家标准共计43027项。\n\n解析：（44499－43027）÷43027≈3.4%。';
    expect(verdictsOfAll(text, '43027')).toEqual(['verified', 'verified']);
  });

  it('repeats a wrong number as wrong', () => {
    const text =
      'In 2024 the recalls covered 12.37 million vehicles, the magazine said.\n\nReader: 12.37 million? Really?';
    expect(verdictsOfAll(text, '12.37 million')).toEqual(['contradicted', 'contradicted']);
  });

  it('leaves a look-alike in a clause with words of its own alone', () => {
    const text =
      'China had 44,499 national standards at the end of 2023. Officials spoke in Kunming.\n\nThe refurbished stadium in Kunming seats 44,499.';
    expect(verdictsOfAll(text, '44,499')).toEqual(['verified', 'unverified']);
  });

  it('leaves a repeat with a count of its own alone', () => {
    const text = 'Recalls covered 11,237,000 vehicles in 2024. The plant can test 11,237,000 samples.';
    expect(verdictsOfAll(text, '11,237,000')).toEqual(['verified', 'unverified']);
  });

  it("leaves the result of the writer's own sum alone, whatever number it equals", () => {
    const text = 'There were 3,075 recalls by the end of 2024 and 233 in 2024.\n\nCheck: 3,308 - 3,075 = 233';
    expect(verdictsOfAll(text, '233')).toEqual(['verified', 'unverified']);
  });
});
