/**
 * Chinese text for keyword matching: traditional characters folded to simplified (OpenCC's
 * t2cn tables) and punctuation, quotes and spaces dropped, so that 國家標準 and “一站式”服务
 * match the keywords 国家标准 and 一站式服务. Only for matching: offsets never come from here.
 */
import * as OpenCC from 'opencc-js/t2cn';

export { CJK_RE } from '../rules/scripts.ts';

let convert: ((text: string) => string) | undefined;
const PUNCTUATION = /[\s“”"'‘’「」『』《》〈〉()（）【】[\]·・,，、。:：;；!！?？-]/g;

/** Folds Chinese text for matching (see the module comment). Builds the converter on first use. */
export function foldChinese(text: string): string {
  convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return convert(text).replace(PUNCTUATION, '');
}
