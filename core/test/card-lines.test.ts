import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { sentenceBounds } from '../src/document/sentences.ts';

const set = builtinSet();
const verdicts = (text: string, date = '2024-03-13') =>
  checkText(text, set, { date }).mentions.map((m) => `${m.text} ${m.verdict}`);

describe("an infographic's cards: a label line over the value line below it", () => {
  const card = ['2023年全国实施汽车召回', '214 次 ↑ 4.9%', '涉及车辆', '672.8万 辆 ↑ 49.9%', ''].join('\n');

  it('reads the label as the words of the value below it', () => {
    expect(verdicts(card)).toEqual(['214 verified', '4.9% verified', '672.8万 verified', '49.9% verified']);
  });

  it('reads an arrow as the change it draws, and its direction', () => {
    const down = card.replace('↑ 49.9%', '↓ 49.9%');
    expect(verdicts(down)).toContain('49.9% contradicted');
  });

  it('reads a line that opens with what continues a statement (涉及, 占, 同比) with the line above', () => {
    const card2 = ['新能源汽车召回 72 次', '涉及车辆 160.3万 辆', '占全年召回总数量 23.8%', ''].join('\n');
    expect(verdicts(card2)).toEqual(['72 verified', '160.3万 verified', '23.8% verified']);
    // (A line that opens with a measure of its own is a statement of its own.)
    expect(sentenceBounds('新能源汽车召回 72 次\n消费品召回 771 次')).toEqual([
      0,
      '新能源汽车召回 72 次\n'.length,
    ]);
  });

  it('keeps a heading apart from a paragraph, and a label from a value line of prose', () => {
    const heading =
      'Vehicle recalls\n233 campaigns were carried out by carmakers in 2024, covering 11.237 million vehicles.';
    expect(sentenceBounds(heading)).toEqual([0, 'Vehicle recalls\n'.length]);
    const card2 = '涉及车辆\n672.8万 辆';
    expect(sentenceBounds(card2)).toEqual([0]);
    // (A line with a number of its own is an item, not a label.)
    expect(sentenceBounds('召回 214 次\n672.8万 辆')).toEqual([0, '召回 214 次\n'.length]);
  });
});
