/**
 * Explanations in the reader's language. The matcher decides in one place and keeps its reasons
 * structured (verdict, likely error kind, why unverified); this module words them for a Chinese
 * reader (the mention's sentence is Chinese), with the figure described and cited as the Chinese
 * sources write it (672.8万辆, 《…》). English explanations are written where the verdict is made.
 */
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import { describeFigureIn, formatOfficialValueIn, shortAttributionIn } from '../report/language.ts';
import { changeNote, computedChange } from './change-check.ts';
import type { ErrorKind } from './value-compare.ts';
import type { UnverifiedReason, Verdict } from './verdict.ts';

/** The likely error of a contradiction, in Chinese. */
const ERROR_ZH: Record<ErrorKind, string> = {
  scale: '数量级错误（如“万”与“亿”、百万与十亿之差）',
  transposed: '数字顺序颠倒',
  hedge: '超出了来源所说的范围',
  rounding: '不是官方数字的合理约数',
  value: '数值与官方数据不符',
  outdated: '这是较早时期的数字',
  'wrong-period': '这是另一时期的数字',
  target: '这是目标值，不是实际达到的数值',
  swapped: '两个数值位置互换',
  misattributed: '这是另一指标的数值',
  currency: '货币单位错误',
  unit: '单位错误（百分比与百分点之差）',
  direction: '变化方向相反（增长与下降）',
};

/** Why a number was not checked, in Chinese. */
const REASON_ZH: Record<UnverifiedReason, string> = {
  'no-value': '官方数据集中没有相近的数值。',
  'not-named': '官方数据集中没有与此数字相关的内容。',
  'official-value-unnamed': '这是官方数值，但上下文没有指明其统计指标。',
  period: '时期不同',
  'other-date': '该数字是这一指标另一日期的官方数字，而文中的日期是从前文推断的，无法判断',
  'unknown-period': '文中“去年”等相对时间没有可依据的日期，无法确定年份',
  scope: '统计范围不同',
  'partly-named': '上下文只部分指明该指标',
  'same-number-unnamed': '数字相同，但上下文没有明确指明该指标',
  'too-far': '数值相差太大，不是同一数字',
  'not-checkable': '这是指数点位、气温或评分的满分，不是官方统计数字。',
  option: '这是选择题的选项，不是对官方数据的陈述。',
  forecast: '这是预测或估计，不是对官方数据的引述。',
  threshold: '这是问题中用来比较的门槛数字（问的是“是否超过”），不是对官方数据的陈述。',
  'percent-or-points': '来源给出的是百分点变化，而这个百分比可能是相对变化率：无法判断',
  rejected: '文中否定了这个数字，而它是官方数据的合理约数：不作判断。',
  computed: '这是作者自行计算的数字（差值或表中的计算栏），不是官方数据。',
  error: '无法核查',
};

const described = new WeakMap<SourcedFigure, string>();

/** A figure described and cited in Chinese: the same words for every verdict on it, written once. */
function describe(f: SourcedFigure): string {
  let text = described.get(f);
  if (text === undefined) {
    text = `${describeFigureIn(f, 'zh')}（${shortAttributionIn(f, 'zh')}）`;
    described.set(f, text);
  }
  return text;
}

/**
 * Other statements of a figure's measure that disagree on its own date (19,510 and "more than
 * 19,000" at the end of August 2024). The other dates are the measure's series, shown apart.
 */
export function sameDateDisagreements(
  figure: SourcedFigure,
  others: readonly SourcedFigure[],
): SourcedFigure[] {
  return others.filter(
    (f) =>
      f.period.end === figure.period.end && (f.value !== figure.value || f.qualifier !== figure.qualifier),
  );
}

/** The verdict's explanation for a Chinese reader; other fields unchanged. */
export function explainInChinese(verdict: Verdict, numberText: string, set?: FigureSet): Verdict {
  const f = verdict.figure;
  let text: string;
  switch (verdict.verdict) {
    case 'verified':
      text = f ? `与官方数据一致：${describe(f)}。` : verdict.explanation;
      break;
    case 'approximate':
      text = f
        ? `“${numberText}”是与官方数据${formatOfficialValueIn(f, 'zh')}相符的约数或概数：${describe(f)}。`
        : verdict.explanation;
      break;
    case 'contradicted':
      text = f
        ? `来源称${describe(f)}；可能的错误：${verdict.likelyError ? ERROR_ZH[verdict.likelyError.kind] : ERROR_ZH.value}。`
        : verdict.explanation;
      break;
    case 'unverified': {
      const reason = verdict.reason ?? 'not-named';
      const nearby = verdict.alternatives[0];
      if (reason === 'official-value-unnamed' && nearby)
        text = `${numberText}是官方数值（${describe(nearby)}），但上下文没有指明其统计指标。`;
      else if (nearby && reason !== 'no-value' && reason !== 'not-named')
        text = `未与${describe(nearby)}比对：${REASON_ZH[reason]}。`;
      // (A scope with no figure nearby is one company's or body's number.)
      else if (reason === 'scope') text = '该数字说的是单个企业或机构，不是官方数据统计的全国总数。';
      else text = REASON_ZH[reason];
      break;
    }
  }
  if (f) {
    // Sources that disagree on this same date, as the English explanation names them.
    const differ = sameDateDisagreements(f, verdict.alternatives);
    if (differ.length > 0)
      text += `同一日期各来源数据不一：${differ.map((g) => `${formatOfficialValueIn(g, 'zh')}（${shortAttributionIn(g, 'zh')}）`).join('；')}。`;
  }
  if (f && set && f.changeOf !== undefined) {
    const computed = computedChange(f, set, 'zh');
    if (computed) text += changeNote(computed, 'zh');
  }
  return { ...verdict, explanation: text };
}

/** The English explanation with the change arithmetic appended where the set has both levels. */
export function withChangeArithmetic(verdict: Verdict, set: FigureSet): Verdict {
  const f = verdict.figure;
  if (!f || f.changeOf === undefined) return verdict;
  const computed = computedChange(f, set, 'en');
  return computed
    ? { ...verdict, explanation: `${verdict.explanation} ${changeNote(computed, 'en')}` }
    : verdict;
}
