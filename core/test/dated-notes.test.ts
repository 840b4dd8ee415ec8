import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { notedDate } from '../src/document/text-date.ts';

const set = builtinSet();
const verdictOf = (text: string, number: string, date = '2024-06-10') =>
  checkText(text, set, { date }).mentions.find((m) => m.text === number)?.verdict;

describe('a dated note added to a text is read at its own date', () => {
  const before = 'SAMR is expected to update some of these figures at a briefing on 16 August. ';

  it('dates the words inside a note in brackets, up to its closing bracket', () => {
    const text = `${before}(Note added 20 August 2024: it did. SAMR now gives more than 54,000 qualified institutions.) Now 53,015 hold qualifications.`;
    expect(notedDate(text, text.indexOf('54,000'))).toBe('2024-08-20');
    expect(notedDate(text, text.indexOf('53,015'))).toBeUndefined();
    expect(verdictOf(text, '54,000')).toBe('verified');
  });

  it('in Chinese too', () => {
    const text =
      '（2024年8月20日补注：国新办8月16日发布会公布，目前获得资质认定的检验检测机构超过5.4万家。）';
    expect(notedDate(text, text.indexOf('5.4万'))).toBe('2024-08-20');
    expect(verdictOf(text, '5.4万')).toBe('verified');
  });

  it('and a note that opens its line dates the rest of it', () => {
    const text = 'Update, 16 January 2025: accredited bodies now number 20,251.';
    expect(notedDate(text, text.indexOf('20,251'))).toBe('2025-01-16');
  });

  it('without the note, the same words are read at the text date', () => {
    const text = `${before}SAMR now gives more than 54,000 qualified institutions.`;
    expect(verdictOf(text, '54,000')).not.toBe('verified');
  });
});
