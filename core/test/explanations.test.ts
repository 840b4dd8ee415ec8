import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { displayScope } from '../src/document/context.ts';

const set = builtinSet();
const only = (text: string) => checkText(text, set).mentions[0]!;

describe('explanations say what was found', () => {
  it('names an official value whose measure the words do not name', () => {
    const m = only('Officials cited 44,499 in passing.');
    expect(m.verdict).toBe('unverified');
    expect(m.explanation).toMatch(/^44,499 is an official value \(44,499 national standards/);
    expect(m.explanation).toMatch(/do not name its measure/);
    expect(m.alternatives.map((f) => f.value)).toContain(44499);
  });

  it('still says nothing is about a number no figure has', () => {
    expect(only('Tickets cost 380 yuan.').explanation).toBe(
      'No official figure in the set has a value like this.',
    );
    expect(only('The hall seats 2,902 people.').explanation).toMatch(/official value/);
  });

  it('writes places in proper case and abbreviations in capitals', () => {
    expect(only('Guangdong had 44,499 national standards at the end of 2023.').explanation).toMatch(
      /about Guangdong, a different scope/,
    );
    expect(displayScope('inner mongolia')).toBe('Inner Mongolia');
    expect(displayScope('eu')).toBe('EU');
    expect(displayScope('mandatory')).toBe('mandatory');
    expect(displayScope('广东')).toBe('广东');
  });
});

describe('which words named the measure', () => {
  it('is kept with the verdict, also for a paraphrase', () => {
    const m = only('Regulators oversaw the recall of 6.728 million faulty autos in 2023.');
    expect(m.verdict).toBe('verified');
    expect(m.namedBy).toMatch(/vehicle/);
  });
});

describe('unverified in Chinese', () => {
  it('says why one company\'s number is left unchecked, and that an undated "last year" is unknown', () => {
    const m = checkText('另据报道，某车企2024年销量为233万辆。', builtinSet()).mentions[0]!;
    expect(m.explanation).toMatch(/单个企业或机构/);
    const en = checkText('Last year, China recalled 6.728 million defective vehicles.', builtinSet())
      .mentions[0]!;
    expect(en.explanation).toMatch(/its period is unknown/);
  });
});
