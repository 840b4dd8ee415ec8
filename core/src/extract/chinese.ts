/**
 * Chinese text for keyword matching: traditional characters folded to simplified (OpenCC's
 * t2cn tables) and punctuation, quotes and spaces dropped, so that 國家標準 and “一站式”服务
 * match the keywords 国家标准 and 一站式服务. Only for matching: offsets never come from here.
 */
import * as OpenCC from 'opencc-js/t2cn';

export { CJK_RE } from '../rules/scripts.ts';

let convert: ((text: string) => string) | undefined;
let convertible: Uint8Array | undefined;
const PUNCTUATION = /[\s“”"'‘’「」『』《》〈〉()（）【】[\]·・,，、。:：;；!！?？-]/g;

/**
 * The converter's own configuration for tw -> cn (OpenCC's "tw2s": Converter picks it for these
 * locales), whose dictionaries tell which characters it may change.
 */
const CONFIG = 'tw2s';

/** Folds Chinese text for matching (see the module comment). Builds the converter on first use. */
export function foldChinese(text: string): string {
  convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  convertible ??= convertibleCharacters();
  // Most Chinese text is simplified already: the conversion (a dictionary lookup at every
  // character) is skipped when it cannot change anything.
  return (mayConvert(convertible, text) ? convert(text) : text).replace(PUNCTUATION, '');
}

/** Whether `text` has a character marked in `convertible` (see convertibleCharacters). */
function mayConvert(convertible: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (convertible[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Every character that some entry of the converter's dictionaries writes differently (at a
 * position where the entry's source and replacement differ; every character of an entry whose
 * replacement has another length), marked by UTF-16 code unit (a character beyond the BMP by its
 * high surrogate, which marks a few more than it needs). A text with none of them is left as it
 * is: no entry that would change it can match, and the entries that can match give back what
 * they read.
 */
function convertibleCharacters(): Uint8Array {
  const marks = new Uint8Array(0x10000);
  const configs: unknown = OpenCC.Locale.configs;
  const config = (configs as Record<string, unknown>)[CONFIG];
  // (Should the tables ever move, every text is converted, as before this shortcut.)
  if (config === undefined) return marks.fill(1);
  let entries = 0;
  const addEntry = (from: string, to: string) => {
    entries++;
    if (from === to) return;
    const a = [...from];
    const b = [...to];
    for (let i = 0; i < a.length; i++)
      if (a.length !== b.length || a[i] !== b[i]) marks[a[i]!.charCodeAt(0)] = 1;
  };
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      // A dictionary as text: "源 替换|源 替换".
      for (const entry of x.split('|')) {
        const [from, to] = entry.split(' ');
        if (from && to !== undefined) addEntry(from, to);
      }
    } else if (Array.isArray(x)) {
      // A dictionary as pairs, or a list of dictionaries.
      if (
        x.length === 2 &&
        typeof x[0] === 'string' &&
        typeof x[1] === 'string' &&
        !`${x[0]}${x[1]}`.includes(' ')
      )
        addEntry(x[0], x[1]);
      else for (const y of x) walk(y);
    } else if (x !== null && typeof x === 'object') {
      for (const y of Object.values(x)) walk(y);
    }
  };
  walk(config);
  return entries === 0 ? marks.fill(1) : marks;
}
