/**
 * Claim-level accuracy on the labeled corpora. Prints one summary line per corpus; set
 * CORPUS_DETAIL=<corpus name> for its confusion table and every error (`npm run corpus -w core`
 * shows the first corpus). corpus-holdout14, corpus-holdout15 and corpus-holdout21 are held out: read
 * for their numbers only.
 */
import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { VERDICTS } from '../src/judge/verdicts.ts';
import { loadCorpus, type CorpusName } from './corpus-labels.ts';
import { detail, scoreCorpus, summaryLine } from './corpus-score.ts';

interface Bars {
  minArticles: number;
  accuracy: number;
  recall: number;
  /** Wrong green marks per label whose expected verdict is not green. */
  wrongGreenRate: number;
  /** Wrong red marks per label. */
  wrongRedRate: number;
}

/** The bars each corpus is held to. Raise them as the matcher improves; never lower them silently. */
const BARS: Partial<Record<CorpusName, Bars>> = {
  // First session; the rules were written with it in view. 93.1%, no wrong green, no wrong red; 95.1%
  // after the ninth session (4.3万, missed when the set grew, relabeled approximate: corpus/README.md).
  corpus: { minArticles: 8, accuracy: 0.95, recall: 0.99, wrongGreenRate: 0.005, wrongRedRate: 0.003 },
  // Written blind; first measured at 38.0%, 71.8% after the second session's rules; the third
  // session's development set (its errors were read): 87.3%; the fourth session's: 89.6%, 3 wrong
  // green, 1 wrong red; the fifth's: 89.8%; the sixth's: 90.1%; the seventh's: 90.4%, 2 wrong green;
  // after the ninth: 92.1%, 2 wrong green, 1 wrong red.
  'corpus-news': {
    minArticles: 12,
    accuracy: 0.935,
    recall: 0.97,
    wrongGreenRate: 0.008,
    wrongRedRate: 0.002,
  },
  // Written blind in the third session and measured once (70.6%, 12 wrong green, 9 wrong red), then
  // read as a development set: 77.7% at the end of the third session, 82.0% at the fourth's, now
  // 82.7% after the fifth, 82.9% after the sixth; 4 wrong green, no wrong red. 82.7% in the seventh:
  // a bare 企业 keyword that let "河北以14849家企业" name the self-declaration figure also named it in
  // any sentence about firms (a wrong green in corpus-holdout6), and was dropped. 83.1% in the
  // eighth, 2 wrong green: a 个 that counts countries is no count of documents. 84.3% after the ninth,
  // 1 wrong green.
  'corpus-holdout': {
    minArticles: 12,
    accuracy: 0.863,
    recall: 0.97,
    wrongGreenRate: 0.011,
    wrongRedRate: 0.002,
  },
  // Written blind while the first held-out set was being read and measured once (77.5%, 4 wrong
  // green, 13 wrong red), then read as a development set: 81.4%, then 86.0%, no wrong green, 1
  // wrong red; 89.4% after the ninth session. Lowered openly from 0.907 to 0.904 in the nineteenth:
  // a source's floor at a round unit now speaks to the digit below it ("more than 10%" is 10–11%),
  // which removed three wrong green marks elsewhere; "1.2mn organisations at the end of 2023" no
  // longer fits January's "more than 1 million" and so no longer reaches the red it earned against
  // the year-end "about 1.02 million" (now unverified).
  'corpus-holdout2': {
    minArticles: 12,
    accuracy: 0.904,
    recall: 0.98,
    wrongGreenRate: 0.003,
    wrongRedRate: 0.003,
  },
  // Written blind in the third session and scored at its end (77.6%, 6 wrong green, 8 wrong red);
  // read as the fourth session's development set while corpus-holdout4 was being written: 89.2%,
  // then 89.5%, 2 wrong green, 1 wrong red; 92.0% after the ninth session.
  'corpus-holdout3': {
    minArticles: 12,
    accuracy: 0.927,
    recall: 0.98,
    wrongGreenRate: 0.01,
    wrongRedRate: 0.002,
  },
  // Written blind in the fourth session (640 labels) and scored once at its end: 79.8%, 8 wrong
  // green, 9 wrong red. Read as the fifth session's development set while corpus-holdout5 was being
  // written: 84.4%, 5 wrong green, 4 wrong red; after the sixth session 84.7%, 4 wrong green, 4
  // wrong red; after the seventh 85.0%, 3 wrong green, 4 wrong red; after the ninth 86.1%. A fifth
  // wrong red in the fifteenth session, kept on purpose: "获证组织约110万家" after "截至2024年底，…，
  // 2023年底约为376万张；" is read with the comparison's 2023 (the nearest dated clause), and the
  // rule that a hedge against a source's "about" must hold its value (five wrong green marks less
  // elsewhere) no longer lets the 2023 figure's slack meet it. In the sixteenth, that number (the
  // other date's exact figure, dated only by the clause before) gets no verdict: 88.0%, 4 wrong red.
  'corpus-holdout4': {
    minArticles: 12,
    accuracy: 0.888,
    recall: 0.99,
    wrongGreenRate: 0.012,
    wrongRedRate: 0.0063,
  },
  // Written blind in the fifth session (711 labels) and scored once at its end: 74.8%, 4 wrong
  // green, 11 wrong red (that session's starting code: 74.4% / 5 / 11). Read as the sixth session's
  // development set: 76.4%, 4 wrong green, 1 wrong red. In the seventh, 76.9% / 4 / 2: a hedged
  // value consistent with a vague figure but ruled out by the same date's precise one is
  // contradicted in a reference too, as it was in a clause of its own (two wrong green less in
  // corpus-holdout6; here "more than 18,000" laboratories, read as bodies, turned red). 81.0% after
  // the ninth.
  'corpus-holdout5': {
    minArticles: 12,
    accuracy: 0.839,
    recall: 0.98,
    wrongGreenRate: 0.013,
    wrongRedRate: 0.003,
  },
  // Written blind in the sixth session (1,080 labels), scored at the start of the seventh: 73.1%, 10
  // wrong green, 10 wrong red (the same as the sixth session's starting code). Read as the seventh
  // session's development set: 81.7%, 4 wrong green, 1 wrong red; the eighth's rules: 82.6%, 2 wrong
  // green; the ninth's: 84.3%, 1 wrong green, 1 wrong red.
  'corpus-holdout6': {
    minArticles: 12,
    accuracy: 0.862,
    recall: 0.96,
    wrongGreenRate: 0.0038,
    wrongRedRate: 0.001,
  },
  // Written blind in the seventh session (1,324 labels) and scored at its end: 74.8%, 8 wrong green,
  // 16 wrong red. Read as the eighth session's development set: 80.6%, 2 wrong green, 4 wrong red;
  // 83.8% after the ninth.
  'corpus-holdout7': {
    minArticles: 12,
    accuracy: 0.862,
    recall: 0.98,
    wrongGreenRate: 0.0034,
    wrongRedRate: 0.0031,
  },
  // Written blind in the eighth session (1,379 labels, styles no earlier set used) and held out
  // through it: 76.6%, 12 wrong green, 12 wrong red at its start, 76.9% / 14 / 14 at its end. Read as
  // the ninth session's development set: 83.5%, 12 wrong green, 8 wrong red; 84.2% / 7 / 6 after the
  // tenth, 84.6% / 4 / 5 after the eleventh.
  'corpus-holdout8': {
    minArticles: 12,
    accuracy: 0.862,
    recall: 0.98,
    wrongGreenRate: 0.0063,
    wrongRedRate: 0.0037,
  },
  // Written blind in the ninth session (1,444 labels), held out through it: 77.7% / 17 / 11 at its
  // start, 78.6% / 16 / 10 at its end. Read as the tenth session's development set: 80.2%, 7 wrong
  // green, 3 wrong red. A fourth wrong red in the twelfth session, kept on purpose: "the manufacturing
  // pass rate reached 94% in 2024" is now read as that rate (a new keyword), and 94% equals the
  // rate's 2025 goal, which the goal rule reads as the goal taken for the level (as the labels of
  // "指数升至86" want); this label wants a rounding of 93.93%. 82.0% after the thirteenth session.
  'corpus-holdout9': {
    minArticles: 12,
    accuracy: 0.849,
    recall: 0.97,
    wrongGreenRate: 0.0085,
    wrongRedRate: 0.0028,
  },
  // Written blind in the tenth session (1,453 labels, styles no earlier set used), committed before
  // any scoring, never read during it: 76.6% / 28 wrong green / 11 wrong red at its start, 77.0% /
  // 25 / 10 at its end. Read as the eleventh session's development set: 79.0%, 15 wrong green, 9
  // wrong red. 80.6% / 15 / 9 after the thirteenth session.
  'corpus-holdout10': {
    minArticles: 12,
    accuracy: 0.824,
    recall: 0.975,
    wrongGreenRate: 0.023,
    wrongRedRate: 0.0062,
  },
  // Written blind in the eleventh session (1,557 labels, styles no earlier set used), committed
  // before any scoring, never read (only its summary line is printed): the session's starting code
  // 71.6%, 13 wrong green, 25 wrong red; 71.7% / 13 / 25 at its end. Read as the twelfth session's
  // development set: 75.2%, 7 wrong green, 10 wrong red; 75.9% / 7 / 10 after the thirteenth.
  // Lowered from 0.773 to 0.771 in the eighteenth: a reporter's shorthand "cert bodies" (three
  // labels) no longer names certification bodies once certification, certificates and certifiers
  // were kept apart (which mended a wrong green of corpus-holdout18 and labels of other sets).
  'corpus-holdout11': {
    minArticles: 12,
    accuracy: 0.774,
    recall: 0.96,
    wrongGreenRate: 0.012,
    wrongRedRate: 0.0065,
  },
  // Written blind in the twelfth session (1,621 labels, styles no earlier set used), committed
  // before any scoring, never read (only its summary line is printed): 74.3%, 23 wrong green, 19
  // wrong red at the session's start; 74.4% / 23 / 19 at its end. Read as the thirteenth session's
  // development set: 80.2%, 19 wrong green, 19 wrong red. In the fourteenth, one more red on an
  // unlabeled number: "a billion" in "so it's 103 million, not a billion", which the text itself
  // rejects (the labels, written by a search for digits and number words, left it out). 81.1% / 11 /
  // 17 after the fifteenth; 81.4% / 11 / 15 after the sixteenth.
  'corpus-holdout12': {
    minArticles: 12,
    accuracy: 0.825,
    recall: 0.97,
    wrongGreenRate: 0.0169,
    wrongRedRate: 0.0075,
  },
  // Written blind in the thirteenth session (1,555 labels, styles no earlier set used), committed
  // before any scoring, never read (only its summary line is printed): 73.1%, 23 wrong green, 31
  // wrong red at the session's start; 74.5% / 21 / 29 at its end. Then the fourteenth and fifteenth
  // sessions' development set: 75.2% / 9 / 22, then 76.0% / 9 / 20; 76.0% / 9 / 18 after the sixteenth.
  'corpus-holdout13': {
    minArticles: 12,
    accuracy: 0.767,
    recall: 0.94,
    wrongGreenRate: 0.012,
    wrongRedRate: 0.0104,
  },
  // Written blind in the fourteenth session (1,256 labels, styles no earlier set used), committed
  // before any scoring and never read (only its summary line is printed): 74.2% / 8 / 15 at that
  // session's start, 74.5% / 7 / 15 at its end, 74.8% / 7 / 13 at the fifteenth's end, 75.2% / 7 / 11
  // at the sixteenth's after its first rules, 75.3% / 7 / 9 at its end; 75.2% / 7 / 9 midway through
  // the seventeenth (one label lost; the bar lowered by it for a while, openly), 76.0% / 7 / 9 at its
  // end; 76.0% / 7 / 9 at the eighteenth's, 76.9% / 7 / 9 at the nineteenth's. The targets (0.92,
  // no wrong green, at most one wrong red in 250) are not met on new text; these bars only stop
  // regressions.
  'corpus-holdout14': {
    minArticles: 12,
    accuracy: 0.768,
    recall: 0.97,
    wrongGreenRate: 0.0152,
    wrongRedRate: 0.0072,
  },
  // Written blind in the fifteenth session (1,423 labels, styles no earlier set used) by a helper who
  // never ran the checker, committed before any scoring and never read (only its summary line is
  // printed): 72.2% / 13 / 22 with the session's starting code, 72.0% / 14 / 24 at its end; 72.2% /
  // 14 / 22 at the sixteenth's end, 73.0% / 13 / 18 at the seventeenth's.
  'corpus-holdout15': {
    minArticles: 12,
    accuracy: 0.731,
    recall: 0.97,
    wrongGreenRate: 0.0274,
    wrongRedRate: 0.0127,
  },
  // Written blind in the sixteenth session (1,252 labels) by a helper who never ran the checker, in
  // the mainstream styles the issue names (wire stories with datelines, business dailies, a think-tank
  // brief, trade press, an op-ed, a live blog, data journalism, 新华社, 经济日报, 财新, a Hong Kong
  // paper, a CNA report, bilingual releases); committed before any scoring: 82.8% / 7 / 26 with the
  // session's starting code, 83.3% / 7 / 22 after its first rules. Then read as the rest of that
  // session's development set (its wrong red marks first): 84.4% / 5 / 10; 87.0% / 4 / 5 at the
  // seventeenth's end; 87.4% / 3 / 4 at the eighteenth's.
  'corpus-holdout16': {
    minArticles: 12,
    accuracy: 0.876,
    recall: 0.98,
    wrongGreenRate: 0.01,
    wrongRedRate: 0.0032,
  },
  // Written blind later in the sixteenth session (1,238 labels) by a helper who never ran the checker,
  // in mainstream styles again (wire and markets stories, an editorial, a fact check, a TV script,
  // 人民日报, 第一财经, a bureau's release, a broker's summary, Hong Kong and Taiwan business papers,
  // bilingual documents); committed before any scoring and never read (only its summary line is
  // printed): 83.4% / 7 / 28 with the session's starting code, 83.8% / 7 / 25 at its end. Read as the
  // seventeenth session's development set once corpus-holdout18 was written (its wrong marks first):
  // 87.8% / 3 / 7; 88.0% / 1 / 7 at the eighteenth's end.
  'corpus-holdout17': {
    minArticles: 12,
    accuracy: 0.883,
    recall: 0.97,
    wrongGreenRate: 0.003,
    wrongRedRate: 0.0057,
  },
  // Written blind in the seventeenth session (1,219 labels) by a helper who never ran the checker, in
  // mainstream styles (a wire story, a markets brief, an analysis, a regional daily, a newsletter, a
  // sell-side note, a consumer column, a podcast, 新华网, 中国质量报, 21世纪经济报道, 界面新闻, a bureau's
  // summary, a broker's weekly, 明報, 台灣經濟日報, bilingual bulletins); committed before any scoring
  // and never read (only its summary line is printed): 84.2% / 7 / 16 with the session's starting
  // code, 85.2% / 7 / 14 at its end. Read as the eighteenth session's development set once
  // corpus-holdout19 was written (its wrong marks first): 87.5% / 3 / 3.
  'corpus-holdout18': {
    minArticles: 12,
    accuracy: 0.876,
    recall: 0.99,
    wrongGreenRate: 0.01,
    wrongRedRate: 0.0025,
  },
  // Written blind in the eighteenth session (1,119 labels) by a helper who never ran the checker, in
  // styles no earlier set used (an Economist-style leader, an aftersales trade magazine, a regional
  // TV website, a consultant's post, a consumer NGO's summary, a select-committee transcript, an
  // earnings call, an op-ed, an FAQ, a live blog, 经济日报评论员, 澎湃数据新闻, 证券时报快讯, a county
  // video script, 知乎, 一图读懂, 星島, 聯合報, bilingual notices); committed before any scoring and
  // never read (only its summary line is printed): 79.0% / 9 / 9 with the session's starting code,
  // 79.5% / 9 / 8 at its end. Read as the nineteenth session's development set once
  // corpus-holdout20 was written (its wrong marks first): 83.3% / 7 / 5; 83.4% / 6 / 3 after the
  // twentieth session.
  'corpus-holdout19': {
    minArticles: 12,
    accuracy: 0.833,
    recall: 0.98,
    wrongGreenRate: 0.013,
    wrongRedRate: 0.0027,
  },
  // Written blind in the nineteenth session (1,128 labels) by a helper who never ran the checker,
  // in styles no earlier set used (a wire factbox, a letters page, a business-school case, written
  // parliamentary answers, a chart blog, a conference recap, an investor letter, a book review, a
  // rating-action commentary, a trade-association newsletter, 人民日报海外版, a 微博 thread, 中国质量报,
  // a 政协 proposal, a journal article, a traffic-radio script, 大公報, 澳門日報, bilingual drills and
  // client alerts); committed before any scoring and never read (only its summary line is printed):
  // 81.9% / 12 / 8 with the session's starting code, 81.9% / 11 / 8 at its end. None of the
  // session's rules, written from corpus-holdout19, changed a verdict here but one wrong green.
  // Read as the twentieth session's development set once corpus-holdout21 was written (its wrong
  // marks first): 83.3% / 5 / 3.
  'corpus-holdout20': {
    minArticles: 12,
    accuracy: 0.833,
    recall: 0.98,
    wrongGreenRate: 0.0112,
    wrongRedRate: 0.0027,
  },
  // Written blind in the twentieth session (1,200 labels) by a helper who never ran the checker, in
  // styles no earlier set used (an obituary, a forum thread, a court judgment, exam prep, a tender
  // notice, a university release, a reinsurer's note, a consumer magazine, a customs brief, a board
  // paper, a 行测 drill, 小红书, a bureau chief's speech, a WeChat explainer, an encyclopedia entry,
  // training slides, a CNA wire and a LegCo note in traditional characters, a bilingual fair brochure
  // and museum panels); committed before any scoring and never read (only its summary line is
  // printed): 80.0% / 13 / 5 with the session's starting code and at its end. None of the session's
  // rules, written from the development sets, changed a verdict here.
  'corpus-holdout21': {
    minArticles: 12,
    accuracy: 0.8,
    recall: 0.97,
    wrongGreenRate: 0.0268,
    wrongRedRate: 0.0042,
  },
};

for (const name of Object.keys(BARS) as CorpusName[]) {
  describe(`labeled ${name}`, () => {
    const bars = BARS[name]!;
    const corpus = loadCorpus(name);
    const score = scoreCorpus(corpus, builtinSet());
    console.log(summaryLine(name, score));
    if (process.env.CORPUS_DETAIL === name) console.log(detail(score));

    it(`has at least ${bars.minArticles} articles in English and Chinese with every verdict`, () => {
      expect(corpus.length).toBeGreaterThanOrEqual(bars.minArticles);
      expect(new Set(corpus.map((a) => a.language))).toEqual(new Set(['en', 'zh']));
      for (const v of VERDICTS) expect(corpus.some((a) => a.labels.some((l) => l.verdict === v))).toBe(true);
    });

    it(`holds claim-level accuracy at or above ${bars.accuracy * 100}%`, () => {
      expect(score.correct / score.labels).toBeGreaterThanOrEqual(bars.accuracy);
    });

    it('finds the labeled figures', () => {
      expect(score.found / score.labels).toBeGreaterThanOrEqual(bars.recall);
    });

    it('keeps wrong green and wrong red marks under their bars', () => {
      expect(score.wrongGreen / Math.max(score.notGreenLabels, 1)).toBeLessThanOrEqual(bars.wrongGreenRate);
      expect(score.wrongRed / score.labels).toBeLessThanOrEqual(bars.wrongRedRate);
    });
  });
}
