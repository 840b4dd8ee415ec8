import { describe, expect, it } from 'vitest';
import { verdictsOf } from './verdicts-of.ts';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import {
  antecedentsOf,
  asksQuestion,
  isAnswerLead,
  captionBelow,
  questionAbove,
  countsItsOwnNoun,
  referenceCue,
  topicsOf,
} from '../src/resolve/reference.ts';
import { sentenceBounds } from '../src/document/sentences.ts';

const set = builtinSet();
const verdictOf = (text: string, written: string) => {
  const m = checkText(text, set).mentions.find((x) => x.text === written);
  if (!m) throw new Error(`"${written}" not found in: ${text}`);
  return m;
};

describe('reference cues (data/lexicon/references.json)', () => {
  it('tells strong cues (a figure itself) from weak ones, in English and Chinese', () => {
    expect(referenceCue('A widely shared chart put the figure at')).toMatchObject({ strength: 'strong' });
    expect(referenceCue('that sum was')).toMatchObject({ strength: 'strong' });
    expect(referenceCue('该数字为')).toMatchObject({ strength: 'strong' });
    expect(referenceCue('前者为')).toMatchObject({ strength: 'strong' });
    expect(referenceCue('such centres numbered')).toMatchObject({ strength: 'strong' });
    expect(referenceCue('such as the kilogram')).toBeUndefined();
    expect(referenceCue('此类机构有')).toMatchObject({ strength: 'weak' });
    expect(referenceCue('China recalled')).toBeUndefined();
  });

  it('looks back within the paragraph, nearest first, then to the headline', () => {
    const text = 'Recalls climb\n\nFirst sentence. Second one. Third has 7.6 million.\n\nOther paragraph.';
    const at = text.indexOf('Third');
    expect(antecedentsOf(text, at, sentenceBounds(text)).map((a) => [a.distance, a.text])).toEqual([
      [1, 'Second one.'],
      [2, 'First sentence.'],
      ['headline', 'Recalls climb'],
    ]);
  });

  it('knows when a number counts a noun of its own', () => {
    const text = 'can handle 1,450 samples a day, and added 35 more';
    expect(countsItsOwnNoun(text, text.indexOf('1,450') + 5)).toBe(true);
    expect(countsItsOwnNoun(text, text.indexOf('35') + 2)).toBe(false);
  });
});

describe('numbers that refer back to a measure named earlier', () => {
  it('contradicts "the figure" put at the wrong value', () => {
    const text =
      'BEIJING, March 20, 2024 -- Defective vehicles recalled in China hit 6.728 million last year. A widely shared chart put the figure at 7.6 million.';
    const m = verdictOf(text, '7.6 million');
    expect(m.verdict, m.explanation).toBe('contradicted');
    expect(m.figure?.measureKey).toBe('defective-vehicles-recalled');
    expect(m.referredTo).toMatch(/Defective vehicles recalled/);
    expect(m.explanation).toMatch(/refers back \("the figure"\)/);
  });

  it('confirms "that total" and 该数字 with the right value', () => {
    const en = verdictOf(
      'By the end of 2023, China had released a record number of national standards. That total stood at 44,499.',
      '44,499',
    );
    expect(en.verdict, en.explanation).toBe('verified');
    const zh = verdictOf('截至2023年底，我国现行国家标准总数再创新高。该数字为44499项。', '44499');
    expect(zh.verdict, zh.explanation).toBe('verified');
  });

  it('never lends a measure to a number that counts something of its own, nor contradicts without a cue', () => {
    const text =
      'China set up 1,450 one-stop quality infrastructure service stations by August 2024. A laboratory in Shenzhen can handle 1,450 samples a day.';
    expect(verdictOf(text, '1,450').verdict).toBe('verified'); // the first one names its measure
    const second = checkText(text, set).mentions.filter((m) => m.text === '1,450')[1]!;
    expect(second.verdict, second.explanation).toBe('unverified');
    const noCue = verdictOf(
      'Defective vehicles recalled in China hit 6.728 million in 2023. Sales reached 7.6 million.',
      '7.6 million',
    );
    expect(noCue.verdict, noCue.explanation).toBe('unverified');
  });

  it('reaches into the paragraph before only from a paragraph that opens by pointing back', () => {
    const m = verdictOf(
      'By the end of 2023, China had 44,499 national standards.\n\nThat figure was put at 47,000 in a widely shared chart.',
      '47,000',
    );
    expect(m.verdict, m.explanation).toBe('contradicted');
  });

  it('does not reach into another paragraph', () => {
    const m = verdictOf(
      'By the end of 2023, China had 44,499 national standards.\n\nA widely shared chart put the figure at 47,000.',
      '47,000',
    );
    expect(m.verdict, m.explanation).toBe('unverified');
  });
});

describe('"new ones" points back to the noun of the sentence before', () => {
  it('lends that measure to a small number', () => {
    const text =
      'At the end of 2022 there were 1,319 national technical committees for standardization. China set up 35 new ones that year.';
    expect(verdictOf(text, '35').verdict).toBe('verified');
    expect(countsItsOwnNoun('35 new standards', 2)).toBe(true);
    expect(countsItsOwnNoun('35 new ones', 2)).toBe(false);
  });
});

describe('transcripts and answers', () => {
  const t = (text: string, written: string, date: string) => {
    const m = checkText(text, builtinSet(), { date }).mentions.find((x) => x.text === written);
    if (!m) throw new Error(`"${written}" not found`);
    return m.verdict;
  };

  it('a turn that opens by pointing back answers the turn before (speaker labels skipped)', () => {
    const text =
      'HOST: CNAS had accredited more than 19,000 bodies by the end of August 2024. Why?\n\nLI MING (assessor): The exact figure is 19,510.';
    expect(t(text, '19,510', '2024-09-20')).toBe('verified');
    expect(t(text.replace('19,510', '19,150'), '19,150', '2024-09-20')).toBe('contradicted');
  });

  it('a sentence that is only a number is about the measure just named', () => {
    const text =
      "HOST: Accredited medical laboratories are the growth story at the end of August 2024. 936, wasn't it?\n\nLI: 963, up 30.3% on a year earlier.";
    expect(t(text, '936', '2024-09-20')).toBe('contradicted');
    expect(t(text, '963', '2024-09-20')).toBe('verified');
  });
});

describe('a clause that names its measure in part, completed by its heading', () => {
  it('finds the section heading (slide title, sub-head, lead-in) and the headline, a question too', () => {
    const text =
      '为什么2024年国内汽车召回数量暴增？\n\n先上数据：\n\n2022年：召回204次；\n- 一行\nSLIDE 3 — Testing market\n• Private: 1.56 million\n';
    expect(topicsOf(text, text.indexOf('2022年'))).toEqual([
      '先上数据：',
      '为什么2024年国内汽车召回数量暴增？',
    ]);
    expect(topicsOf(text, text.indexOf('• Private'))[0]).toBe('SLIDE 3 — Testing market');
    // (Sentences and list items are no headings.)
    expect(topicsOf('Title\nRecalls rose.\n- item one\nNext 5', 20)).toEqual(['Title']);
  });

  it("passes over a year's line of data above: a chart's points all take its caption", () => {
    const text = '開場白。\n\n圖1：內地汽車召回次數（2022-2025年）\n2022年：204次\n2023年：214次\n';
    expect(topicsOf(text, text.indexOf('2023年'))[0]).toBe('圖1：內地汽車召回次數（2022-2025年）');
    expect(verdictOf(text, '214')?.verdict).toBe('verified');
  });

  it('confirms distinctive values whose clause holds part of the measure, in Chinese and English', () => {
    const zh = '为什么2024年国内汽车召回数量暴增？\n\n2022年：召回204次，涉及车辆448.8万辆；\n';
    const m = verdictOf(zh, '204');
    expect(m.verdict, m.explanation).toBe('verified');
    expect(m.explanation).toContain('由标题补足');
    // (涉及车辆, the sources' own words, names vehicles recalled in the clause itself.)
    expect(verdictOf(zh, '448.8万').verdict).toBe('verified');
    const en = 'Testing market\n\n• Staff: 1.56 million people employed\n';
    expect(verdictOf(en, '1.56 million').verdict).toBe('verified');
  });

  it("joins the section's heading and the headline, and reads a bare Chinese count by its classifier", () => {
    const text =
      '问题：为什么2024年国内汽车召回数量暴增？\n\n再看新能源车：\n- 2024年89次，449.1万辆，同比增长180.1%。\n';
    const m = verdictOf(text, '449.1万');
    expect(m.verdict, m.explanation).toBe('verified');
    expect(m.figure?.scope).toEqual(['new energy']);
  });

  it('lends nothing to a clause that shares no word with the measure, nor to a round value', () => {
    const zh = '为什么2024年国内汽车召回数量暴增？\n\n展厅去年接待204次。\n2022年：召回200次。\n';
    expect(verdictOf(zh, '204').verdict).toBe('unverified');
    expect(verdictOf(zh, '200').verdict).toBe('unverified');
  });
});

describe('a number that heads an item, captioned by the line below', () => {
  it('finds the caption only for a number alone on its line', () => {
    const text = '1. 93.93%\nThe manufacturing product quality pass rate at the end of 2024. More text.\n';
    expect(captionBelow(text, 3, 9)).toBe('The manufacturing product quality pass rate at the end of 2024.');
    const worded = 'Pass rate 93.93%\nThe manufacturing product quality pass rate.\n';
    expect(captionBelow(worded, 10, 16)).toBeUndefined();
  });

  it('verifies the right value and contradicts a wrong one, in English and Chinese', () => {
    const ok = verdictOf('2. 85.6\nThe manufacturing quality competitiveness index in 2024.\n', '85.6');
    expect(ok.verdict, ok.explanation).toBe('verified');
    expect(ok.explanation).toContain('The line below says what the number is');
    const wrong = verdictOf(
      '3. 2,732\n"One-stop" quality infrastructure service stations at the end of 2024.\n',
      '2,732',
    );
    expect(wrong.verdict, wrong.explanation).toBe('contradicted');
    const zh = verdictOf('一、93.93%\n\n2024年制造业产品质量合格率。\n', '93.93%');
    expect(zh.verdict, zh.explanation).toBe('verified');
  });
});

describe('a number on a line under a question (quizzes, FAQs, Q&A)', () => {
  const quiz = [
    'Q1. How many vehicle recalls (campaigns) were carried out in China in 2024?',
    '   Calibrators: 223 (0)   |   Red Tape Rebels: 233 (2)',
    '   Answer: 233',
    '',
    "Q7. What was China's manufacturing product quality pass rate for 2024?",
    '   Calibrators: 93.65% (0) (that was 2023)   |   Red Tape Rebels: 93.9% (1)',
    '   Answer: 93.93%',
  ].join('\n');

  it("is read as its answer, with the question's measure and date", () => {
    const v = checkText(quiz, set, { date: '2025-09-25' }).mentions.map((m) => [m.text, m.verdict]);
    expect(v).toEqual(
      expect.arrayContaining([
        ['223', 'contradicted'],
        ['233', 'verified'],
        ['93.65%', 'contradicted'],
        ['93.93%', 'verified'],
      ]),
    );
    const answer = checkText(quiz, set, { date: '2025-09-25' }).mentions.find((m) => m.text === '93.93%')!;
    expect(answer.explanation).toContain('answers the question above');
    // (Points awarded are no answers.)
    expect(checkText(quiz, set, { date: '2025-09-25' }).mentions.filter((m) => m.text === '2')).toEqual([
      expect.objectContaining({ verdict: 'unverified' }),
    ]);
  });

  it("keeps an answer's own date when its words before it name one", () => {
    // National standards in force: 43,027 at the end of 2022, 44,499 at the end of 2023.
    const card =
      'FRONT: National standards in force at the end of 2023?\nBACK: 44,499\nEXTRA: End-2022: 43,027.\n';
    const v = checkText(card, set, { date: '2025-05-01' }).mentions.map((m) => [m.text, m.verdict]);
    expect(v).toEqual([
      ['44,499', 'verified'],
      ['43,027', 'verified'],
    ]);
  });

  it('finds the question in the block above, or one blank line above an answer label', () => {
    expect(questionAbove('Q: How many?\nA: 233', 'Q: How many?\nA: '.length)).toBe('Q: How many?');
    expect(questionAbove('问：有多少家？\n\n答：233家', '问：有多少家？\n\n答：'.length)).toBe(
      '问：有多少家？',
    );
    expect(questionAbove('How many?\n\nIt was 233.', 'How many?\n\nIt was '.length)).toBeUndefined();
    // (A numbered item is its own item, not the answer to the one above.)
    expect(
      questionAbove('3. 占比是多少？\n4. 全班分成6组', '3. 占比是多少？\n4. 全班分成'.length),
    ).toBeUndefined();
    // (Nor is a number in a question its answer.)
    expect(questionAbove('Q1. How many?\nWas it 233?', 'Q1. How many?\nWas it '.length)).toBeUndefined();
  });
});

describe('a value the text rejects for the one before it ("X, not Y")', () => {
  it('is about the same measure, and judged as stated', () => {
    const en = checkText(
      'There were 44,499 national standards at the end of 2023, not 49,449.',
      set,
    ).mentions;
    expect(en.map((m) => [m.text, m.verdict])).toEqual([
      ['44,499', 'verified'],
      ['49,449', 'contradicted'],
    ]);
    expect(en[1]!.explanation).toContain('("not")');
    const zh = checkText('截至2023年底，现行国家标准是44499项，而非49449项。', set).mentions;
    expect(zh.map((m) => [m.text, m.verdict])).toEqual([
      ['44499', 'verified'],
      ['49449', 'contradicted'],
    ]);
  });

  it('needs the rejection right before the number, within the clause', () => {
    const text = 'There were 44,499 national standards at the end of 2023. Not 49,449 enterprises took part.';
    expect(checkText(text, set).mentions.find((m) => m.text === '49,449')?.verdict).toBe('unverified');
  });
});

describe("a paragraph's short opening sentence as its topic", () => {
  it('completes a later clause that names its measure only in part', () => {
    const en =
      'CNAS now accredits more than 19,000 bodies. Other things happened too. By the end of August 2024 it was ' +
      '268 certification bodies, 18,202 laboratories and about a thousand inspection bodies.';
    expect(
      checkText(en, set, { date: '2024-09-20' }).mentions.find((m) => m.text === '18,202'),
    ).toMatchObject({
      verdict: 'verified',
    });
    const zh = '缺陷调查的推动作用更加明显。去年受缺陷调查影响召回27次。此类召回前年仅为26次、179.5万辆。';
    expect(
      checkText(zh, set, { date: '2024-03-20' }).mentions.find((m) => m.text === '179.5万'),
    ).toMatchObject({
      verdict: 'contradicted',
    });
  });

  it("is read from the number's own paragraph only", () => {
    const text = 'Weekly notes\nGroup standards are the fast lane.\nIt was 74,240.';
    expect(topicsOf(text, text.indexOf('It was'))).toEqual(['Weekly notes']);
  });
});

describe('a value the text says was misprinted', () => {
  it('is read with the measure before it: 誤植為, 誤載為, 誤寫為', () => {
    const text =
      '去年底獲認可機構數量20,251家；另有簡報誤植為「25,201家」。獲證小微企業年度營收平均提升9.7%；另有資料誤載為「7.9%」。';
    const v = Object.fromEntries(
      checkText(text, set, { date: '2025-02-12' }).mentions.map((m) => [m.text, m.verdict]),
    );
    expect(v).toMatchObject({
      '20,251': 'verified',
      '25,201': 'contradicted',
      '9.7%': 'verified',
      '7.9%': 'contradicted',
    });
  });

  it('is read after 写成 too ("有报道写成「762.8万辆」")', () => {
    const found = checkText('2023年全国汽车召回涉及车辆672.8万辆。有报道写成「762.8万辆」。', set, {
      date: '2024-03-20',
    }).mentions.find((m) => m.text === '762.8万');
    expect(found).toMatchObject({ verdict: 'contradicted' });
  });
});

describe('"these indicators" and "these figures" point back at figures themselves', () => {
  it('contradicts a transposed value read with them', () => {
    const text =
      'The pass rate for manufactured products reached 93.93% last year. The manufacturing quality competitiveness index rose to 85.6. The year before, these indicators stood at 93.56% and 85.21 respectively.';
    const v = Object.fromEntries(
      checkText(text, set, { date: '2025-03-10' }).mentions.map((m) => [m.text, m.verdict]),
    );
    expect(v).toMatchObject({ '93.56%': 'contradicted', '85.21': 'verified' });
  });
});

describe('what may stand before a bare answer (data/lexicon/references.json answer)', () => {
  it('is nothing or a copula', () => {
    expect(isAnswerLead('')).toBe(true);
    expect(isAnswerLead("It's ")).toBe(true);
    expect(isAnswerLead('No, that’s ')).toBe(true);
    expect(isAnswerLead('是')).toBe(true);
    expect(isAnswerLead('The figure was ')).toBe(false);
  });
});

describe('a correction or a report of what the source said, alone in its sentence', () => {
  it('is about the measure of the sentence before ("The ministry said 80%.", "Should read 2,869.")', () => {
    const said =
      'The draft says standards and conformity assessment affect "90% of world trade", citing the September 2024 press conference. The ministry said 80%.';
    expect(verdictOf(said, '80%').verdict).toBe('verified');
    expect(isAnswerLead("The ministry's representative said ")).toBe(true);
    expect(isAnswerLead('Should read ')).toBe(true);
    expect(isAnswerLead('官方称')).toBe(true);
    // (A clause with more than a reporting subject is no bare answer.)
    expect(isAnswerLead('The ministry said that recalls of cars rose to ')).toBe(false);
  });
});

describe('the options of a multiple-choice question', () => {
  it('are choices offered, not claims: none is confirmed or contradicted', () => {
    const text =
      '第一题：2023年我国农产品质量安全例行监测合格率是多少？\n（A）97.8%　（B）98%　（C）99%\n答案：A\n\nQ2. How many vehicle recalls were carried out in 2024?\nA. 190\nB. 233\nC. 214\n';
    const mentions = checkText(text, set, { date: '2024-09-01' }).mentions;
    expect(mentions.map((m) => [m.text, m.verdict])).toEqual([
      ['97.8%', 'unverified'],
      ['98%', 'unverified'],
      ['99%', 'unverified'],
      ['190', 'unverified'],
      ['233', 'unverified'],
      ['214', 'unverified'],
    ]);
    expect(mentions[0]?.explanation).toBe('这是选择题的选项，不是对官方数据的陈述。');
    expect(mentions[3]?.explanation).toMatch(/option of a multiple-choice question/);
  });

  it('are options with a hedge before the value, and in two languages on one line', () => {
    // 2023: consumer product recalls covered 10.42 million items (1042万件).
    const text =
      'Q6. 请估计：2023年我国消费品召回共涉及多少件产品？ / Estimate: how many consumer products were covered by recalls in China in 2023?\nA. 约100万件 / about 1 million\nB. 约1000万件 / about 10 million\nC. 约5000万件 / about 50 million\n';
    const mentions = checkText(text, set, { date: '2025-09-01' }).mentions;
    expect(mentions.map((m) => m.reason)).toEqual(Array(6).fill('option'));
  });

  it("are an exam item's options when the item asks with a blank to fill, and its key answers it", () => {
    // End-2023: 1,242 certification bodies.
    const text =
      '2. 截至2023年底，全国认证机构共计（  ）家。\nA. 1230    B. 1242    C. 1324    D. 2142\n参考答案：A（1230家）\n';
    const mentions = checkText(text, set, { date: '2024-08-01' }).mentions.filter((m) => m.text !== '2');
    expect(mentions.slice(0, 4).map((m) => m.reason)).toEqual(Array(4).fill('option'));
    expect(mentions[4]?.verdict).toBe('contradicted');
    expect(asksQuestion('8. 截至2023年年底，我国已累计实施汽车召回______次。')).toBe(true);
    expect(asksQuestion('合格率为（93.65%）。')).toBe(false);
  });

  it('is no "A:" answer under a "Q:" question', () => {
    const text = 'Q: How many national standards does China have?\nA: 44,499 at the end of 2023.';
    expect(verdictOf(text, '44,499').verdict).toBe('verified');
  });
});

describe('a series of dated values under its label', () => {
  it('reads every item with the label, past the bare items before it', () => {
    const text =
      'Chart 4: Recalls prompted by the regulator, share of vehicles recalled. 2022: 39.2%; 2023: 59.4%; 2024: 50.5%; 2025: 42.9%.';
    expect(verdictsOf(text, '2026-04-01')).toMatchObject({
      '39.2%': 'verified',
      '59.4%': 'verified',
      '50.5%': 'verified',
      '42.9%': 'verified',
    });
  });

  it('pins small values to the label too, right or wrong', () => {
    const series = (v: string) => `OTA campaigns: 2022, 17; 2023, ${v}; 2024, 19.`;
    expect(verdictsOf(series('6'), '2026-04-01')).toEqual({
      '17': 'verified',
      '6': 'verified',
      '19': 'verified',
    });
    expect(verdictsOf(series('7'), '2026-04-01')['7']).toBe('contradicted');
  });
});

describe('a number read with the sentence before', () => {
  it("is not wrong for the antecedent's measure when it is exactly another measure's distinctive value", () => {
    // 5,784 strong, 35,583 medium and 2,772 weak: the survey's counts of national standards.
    const text =
      'In 2023 China carried out its first survey of how national standards are used in practice, covering more than 44,000 national standards in force.\n\nThe results were sorted by how heavily each standard was used. 5,784 national standards, about an eighth of the total, were classed as "strong implementation"; 35,583, or about four-fifths, as "medium"; and 2,772, or 6.3%, as "weak".';
    const m = checkText(text, set, { date: '2024-06-01' }).mentions.find((x) => x.text === '35,583')!;
    expect(m.verdict).not.toBe('contradicted');
  });
});
