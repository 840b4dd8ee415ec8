import { describe, expect, it } from 'vitest';
import {
  lineEndWithin,
  lineStartWithin,
  paragraphEnding,
  sentenceBounds,
} from '../src/document/sentences.ts';
import { verdictsOf } from './verdicts-of.ts';

describe('a hard-wrapped paragraph', () => {
  const entry =
    '- End-2024 certification and testing (national work conference, 8 January 2025):\n' +
    '  certification bodies 1,230; testing institutions more than 53,000; valid\n' +
    '  certificates more than 4.158 million; certified organisations about 1.01 million;\n';

  it('runs back through wrapped lines and its lead-in to the item that opens it', () => {
    const before = entry.slice(0, entry.indexOf('certified organisations'));
    expect(paragraphEnding(before)).toBe(before.slice(before.indexOf('- End-2024')));
  });

  it('stops at a complete line, a short one, and at a sentence that starts its own line', () => {
    const complete =
      'Recalls fell sharply in 2025, the regulator said in its annual notice today.\nOf them, ';
    expect(paragraphEnding(complete)).toBe('Of them, ');
    expect(paragraphEnding('Quality in 2023\nFood safety sampling, ')).toBe('Food safety sampling, ');
    expect(paragraphEnding('- Index: 85.21 (target for 2025: 86) and a long tail of words\n')).toBe('');
  });

  it("dates the wrapped lines' numbers by the year at its head", () => {
    // 1.01 million is no rounding of end-2024's "about 1.1 million" certified organisations.
    expect(verdictsOf(`${entry}  accredited bodies 20,251.\n`, '2025-01-10')['1.01 million']).toBe(
      'contradicted',
    );
  });
});

describe('lines looked for near a number', () => {
  it('are found within their span, and a longer line has none', () => {
    const text = 'Key facts:\n- Accredited bodies: 20,251\n';
    const at = text.indexOf('20,251');
    expect(lineStartWithin(text, at, 300)).toBe(text.indexOf('- Accredited'));
    expect(lineEndWithin(text, at, 300)).toBe(text.length - 1);
    const oneLine = `${'x'.repeat(1000)} 20,251 ${'y'.repeat(1000)}`;
    expect(lineStartWithin(oneLine, 1001, 300)).toBeUndefined();
    expect(lineEndWithin(oneLine, 1001, 300)).toBeUndefined();
    expect(lineStartWithin('20,251', 0, 300)).toBe(0);
  });
});

describe('a short line that runs on', () => {
  it("keeps a transcript's sentence whole across its numbered lines", () => {
    // 2023: 27 SAMR-prompted vehicle recalls (26 in 2022 and in 2024).
    const text =
      '18  Q. And in 2023, when you were still at Veltra, the\n' +
      '19       regulator prompted 26 recalls as well, correct?\n';
    expect(verdictsOf(text, '2025-06-12')['26']).toBe('contradicted');
  });

  it('runs a paragraph on as it runs a sentence on (one rule for both)', () => {
    const before = 'Notes.\nIn 2023, when the regulator and\nthe industry met, ';
    expect(paragraphEnding(before)).toBe('In 2023, when the regulator and\nthe industry met, ');
    expect(paragraphEnding('Vehicle recalls in 2023\nThe regulator prompted ')).toBe(
      'The regulator prompted ',
    );
  });

  it('still ends at a short heading over a line of its own', () => {
    const text = 'Vehicle recalls in 2023\nThe regulator prompted 27 recalls.\n';
    expect(verdictsOf(text, '2025-06-12')['27']).toBe('verified');
  });
});

describe('a line wholly in brackets', () => {
  it('is complete: a long script cue does not run on into the next', () => {
    const text =
      '(GFX LINE 3: ELECTRIC & HYBRID SHARE OF ALL VEHICLES RECALLED 2023: 23.8% / 2024: 40%)\n(GFX LINE 4: OVER-THE-AIR VEHICLES 2023: 1.173 MILLION / 2024: 4.068 MILLION)\n';
    expect(sentenceBounds(text)).toContain(text.indexOf('(GFX LINE 4'));
    expect(verdictsOf(text, '2025-03-20')).toMatchObject({
      '1.173 MILLION': 'verified',
      '4.068 MILLION': 'verified',
    });
  });
});

describe('a long label line that ends in its value', () => {
  it('is a statement of its own, not a wrapped line: the next label is not its words', () => {
    const text =
      'Internationally recognised calibration and measurement capabilities, August 2024: 1,879\n' +
      'Internationally recognised calibration and measurement capabilities, end-2024: 1,958\n' +
      '"One-stop" quality infrastructure service points, January 2024: over 1,400';
    expect(sentenceBounds(text)).toHaveLength(3);
    expect(verdictsOf(text, '2025-06-01')).toEqual({
      '1,879': 'verified',
      '1,958': 'verified',
      '1,400': 'verified',
    });
    // (So is a chart's line of values: "…: 1,879 -> 1,958".)
    const chart =
      'Internationally recognised calibration and measurement capabilities: 1,879 -> 1,958\n"One-stop" service stations: 1,450 -> 2,372';
    expect(sentenceBounds(chart)).toHaveLength(2);
  });

  it('but a wrapped line that ends in a value and a comma goes on', () => {
    const text =
      '7 June - Certification and testing statistics for 2023. Certification bodies: 1,242,\nup more than 12%. Valid certificates: roughly 3.8 million.';
    expect(sentenceBounds(text).filter((b) => text[b - 1] === '\n')).toEqual([]);
  });
});
