/**
 * Reading the words around a figure: tokens for keyword matching, the periods it names, and
 * the scope words that narrow a measure to a subset.
 */

const STOPWORDS = new Set(
  'a an the of in on at to for and or by with from as is are was were be been has have had its their this that these those there which who over more than nearly about some into per total number than also'.split(' '),
);

/** Lower-cased, crudely singularised word tokens ("Standards" -> "standard"). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /[A-Za-z][A-Za-z'-]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    for (const part of m[0].toLowerCase().split('-')) {
      if (part.length < 2 || STOPWORDS.has(part)) continue;
      out.push(stem(part));
    }
  }
  return out;
}

export function stem(word: string): string {
  let w = word.replace(/'s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

export interface PeriodCues {
  /** Years named in the text ("2023", "2023年"). */
  years: number[];
  /** Words that make the figure a stock at a date: "by the end of", "a total of", 截至, 累计. */
  stock: boolean;
  /** Words that make it a flow within a period: "newly", "added", "last year", 新增. */
  flow: boolean;
}

const YEAR_RE = /(?<![\d,.])(?:19|20)\d{2}(?![\d,])/g;
const STOCK_RE =
  /\b(?:by the end of|as of|at the end of|in total|a total of|total(?:led|ed|s)? (?:of )?|cumulative(?:ly)?|so far|to date|altogether|in all|there (?:were|are|is|was))|截至|截止|累计|年底|年末|底|共有|总数|总量|总计/i;
const FLOW_RE =
  /\b(?:newly|added|new (?:national |industry |local |group )?(?:standards?|committees?|enterprises?|plans?|experts?|projects?|results?)|last year|this year|during the year|(?:in|during) (?:19|20)\d{2} alone|annual(?:ly)?|each year|every year|per year|a year|year-on-year|released in|approved in|filed in|published in)\b|新增|新发布|新批准|年内|全年|当年|今年|去年/i;

/** Period cues: years from `yearText` (a sentence), stock and flow words from `cueText` (the clause). */
export function periodCues(yearText: string, cueText: string = yearText): PeriodCues {
  const years: number[] = [];
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(yearText)) !== null) years.push(Number(m[0]));
  return { years, stock: STOCK_RE.test(cueText), flow: FLOW_RE.test(cueText) };
}

/**
 * Words that narrow a measure to a subset or another scope. A mention next to one of these
 * is about a part, not the whole the official figure counts.
 */
const SCOPE_WORDS_EN = [
  'mandatory', 'recommended', 'voluntary', 'new-energy', 'new energy', 'electric', 'imported', 'foreign', 'private',
  'provincial', 'municipal', 'county', 'rural', 'urban', 'state-owned', 'global', 'worldwide', 'world',
  'beijing', 'shanghai', 'tianjin', 'chongqing', 'hebei', 'shanxi', 'liaoning', 'jilin', 'heilongjiang', 'jiangsu',
  'zhejiang', 'anhui', 'fujian', 'jiangxi', 'shandong', 'henan', 'hubei', 'hunan', 'guangdong', 'hainan', 'sichuan',
  'guizhou', 'yunnan', 'shaanxi', 'gansu', 'qinghai', 'taiwan', 'inner mongolia', 'guangxi', 'tibet', 'xizang', 'ningxia',
  'xinjiang', 'hong kong', 'macao', 'macau', 'shenzhen', 'guangzhou', 'chengdu', 'wuhan', 'hangzhou',
  'us', 'u.s.', 'american', 'european', 'eu', 'japan', 'japanese', 'germany', 'german', 'india', 'indian', 'korea',
];
const SCOPE_WORDS_ZH = [
  '强制性', '推荐性', '新能源', '电动', '进口', '外资', '民营', '全球', '世界',
  '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门', '深圳', '广州', '成都', '武汉', '杭州',
];
const SCOPE_RE = new RegExp(
  `\\b(?:${SCOPE_WORDS_EN.map((w) => w.replace(/[.]/g, '\\.').replace(/[ -]/g, '[ -]')).join('|')})\\b|${SCOPE_WORDS_ZH.join('|')}`,
  'gi',
);

/** Scope words in `text`, normalised to lower case with single spaces. */
export function scopeWords(text: string): string[] {
  const out: string[] = [];
  SCOPE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCOPE_RE.exec(text)) !== null) {
    // "US" in capitals only: "us" the pronoun is not a scope.
    if (m[0].toLowerCase() === 'us' && m[0] !== 'US') continue;
    out.push(normalizeScope(m[0]));
  }
  return out;
}

export function normalizeScope(word: string): string {
  return word.toLowerCase().replace(/[ -]+/g, ' ');
}
