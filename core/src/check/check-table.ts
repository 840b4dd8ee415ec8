/**
 * Checking a table (a CSV export or an Excel range): every numeric cell, and every text cell
 * that states a figure, is judged with the words that label it — the text cells to its left,
 * the header cells above its column, the sheet's name. The Excel add-in and `factcheck sheet`
 * both call this; neither has table logic of its own.
 */
import { hasChinese } from '../rules/scripts.ts';
import { ANY_YEAR_RE } from '../rules/months.ts';
import { OWN_CALCULATION_RE } from '../rules/own-calculation.ts';
import { roundSignificant, scaleOfLabel } from '../rules/numbers.ts';
import { extractFigures, type MentionUnit } from '../extract/extract.ts';
import type { FigureSet, SourcedFigure } from '../set/figure-set.ts';
import { matcherFor, type VerdictKind } from '../judge/verdict.ts';
import { numberOfClaim, type Claim } from '../resolve/claim.ts';
import type { LikelyError } from '../judge/value-compare.ts';
import { summarize, type VerdictCounts } from '../judge/verdicts.ts';

export type CellValue = string | number | boolean | null | undefined;

/** How numbers are written in text cells: "6,728,000.5" ('.') or "6.728.000,5" (','). */
export interface NumberCulture {
  decimalSeparator: '.' | ',';
}

export interface TableInput {
  /** Rows of cells, as read (numbers as numbers where the host knows them). */
  values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Excel number formats, same shape as values ("0.0%", "#,##0"); optional. */
  numberFormats?: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
  /**
   * Excel's number format categories (`Range.numberFormatCategories`: "Date", "Time",
   * "Percentage", ...), same shape as values; optional. Dates and times are never figures.
   */
  numberFormatCategories?: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
  /** Excel's value types (`Range.valueTypes`: "Double", "String", "Error", ...); errors are skipped. */
  valueTypes?: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
  /**
   * How numbers in text cells are written. Default '.': "6,728,000", "93.7%". With ',' (a
   * workbook in a German or French culture, a semicolon CSV): "6.728.000", "93,7%", "0,9365".
   */
  numberCulture?: NumberCulture;
  sheetName?: string;
  /** Offsets added to reported row/col (e.g. a range starting at C5). */
  rowOffset?: number;
  colOffset?: number;
  /**
   * Labels from outside the range, e.g. the header row of the sheet above a selection:
   * column index (within values) -> label text.
   */
  columnLabels?: ReadonlyArray<string | undefined>;
  rowLabels?: ReadonlyArray<string | undefined>;
  /**
   * A caption or title written above the table ("Figure 1: Vehicles recalled (million units)",
   * "表1 …（车辆单位：万辆；占比单位：%）"): its words name the measure of every cell, and its units
   * apply to every column, or to the columns its keyed units name (车辆单位 to 涉及车辆).
   */
  caption?: string;
  /**
   * How many leading rows are headers. Detected when omitted (rows of text, at most three);
   * give it when checking a range in blocks, so a later block's text rows are not taken for headers.
   */
  headerRows?: number;
}

export interface CheckedCell {
  row: number;
  col: number;
  /** The cell's content as given. */
  value: CellValue;
  /** The number checked, in the figure set's units (0.937 formatted as % -> 93.7). */
  checkedValue: number;
  unit: MentionUnit;
  /** For a text cell: the figure's text within it. */
  text: string;
  /** The labels the cell was checked with. */
  labels: string;
  verdict: VerdictKind;
  figure: SourcedFigure | null;
  alternatives: SourcedFigure[];
  explanation: string;
  likelyError?: LikelyError;
}

export interface TableReport {
  cells: CheckedCell[];
  summary: VerdictCounts & { total: number };
  /** Numeric or figure-bearing cells found (0 means nothing to check). */
  checkable: number;
}

const RATE_WORDS = /\b(?:rate|ratio|share|proportion|percent(?:age)?|per cent|pct)\b|%|率|比例|比重|占比/i;
/** Scale words in labels or a unit column; the first that matches wins, so longer forms come first. */

/**
 * What a column holds, from its header. Identifier, date, unit and source columns are never
 * checked; a period column's years are the row's period; a date column is not a period.
 */
type ColumnRole = 'value' | 'id' | 'date' | 'period' | 'unit' | 'source' | 'entity';
const ROLE_PATTERNS: Array<[RegExp, ColumnRole]> = [
  [
    /^(?:id|#|no\.?|nr\.?|n°|number|rank(?:ing)?|code|serial(?: no\.?)?|s\/n|index|row|key|[\w .-]*\b(?:id|code)|序号|编号|代码|排名|名次)$/i,
    'id',
  ],
  [
    /^(?:date|dated|updated|last updated|as of|published|release date|retrieved|modified|timestamp|time stamp|[\w ]* date|日期|更新(?:日期|时间)?|发布日期|发布时间)$/i,
    'date',
  ],
  [
    /^(?:period|year|years|fy|fiscal year|reference period|time period|年份|年度|时期|期间|统计期|年)$/i,
    'period',
  ],
  [/^(?:units?|unit of measure(?:ment)?|measure unit|uom|计量单位|計量單位|单位|單位)$/i, 'unit'],
  [/^(?:sources?|publisher|reference|citation|来源|出处|数据来源)$/i, 'source'],
  // Each row one company's: its numbers are no totals the official figures give.
  [
    /^(?:company|companies|firm|firms|brand|brands|manufacturer|carmaker|automaker|issuer|公司|公司名称|企业|企业名称|企業|品牌|厂商|廠商|车企)$/i,
    'entity',
  ],
];

function columnRole(header: string): ColumnRole {
  const t = header.trim().replace(/\s*[:：]$/, '');
  for (const [re, role] of ROLE_PATTERNS) if (re.test(t)) return role;
  return 'value';
}

interface NumberSyntax {
  /** A whole cell that is one number: "6,728,000", "93.7%" (or "6.728.000", "93,7%"). */
  whole: RegExp;
  /** Separators to drop before Number(). */
  group: RegExp;
  decimal: string;
}

const DOT_SYNTAX: NumberSyntax = {
  whole: /^\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?\s*$/,
  group: /[,%\s]/g,
  decimal: '.',
};
const COMMA_SYNTAX: NumberSyntax = {
  whole: /^\s*[-+]?(?:\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+|\d+)(?:,\d+)?\s*%?\s*$/,
  group: /[.%\s\u00a0\u202f]/g,
  decimal: ',',
};

function syntaxFor(culture: NumberCulture | undefined): NumberSyntax {
  return culture?.decimalSeparator === ',' ? COMMA_SYNTAX : DOT_SYNTAX;
}

function isNumeric(v: CellValue, syntax: NumberSyntax = DOT_SYNTAX): v is number | string {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  return syntax.whole.test(v);
}

/** The number a numeric cell holds, and the digits as written in the '.' form ("6728000.5"). */
function numericValue(
  v: number | string,
  syntax: NumberSyntax,
): { value: number; percentSign: boolean; written: string; digits: string } {
  if (typeof v === 'number') return { value: v, percentSign: false, written: String(v), digits: String(v) };
  const written = v.trim();
  let digits = written.replace(syntax.group, '');
  if (syntax.decimal === ',') digits = digits.replace(',', '.');
  return { value: Number(digits), percentSign: written.endsWith('%'), written, digits };
}

/**
 * Rewrites decimal-comma numbers in text to the '.' form the extractor reads
 * ("mehr als 44.499 Normen" -> "mehr als 44,499 Normen"; "93,7 %" -> "93.7 %").
 */
function toDotNumbers(text: string): string {
  return text.replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+,\d+(?!\d)/g, (m) =>
    m.replace(/[.,]/g, (sep) => (sep === '.' ? ',' : '.')),
  );
}

function cellText(v: CellValue): string {
  return v === null || v === undefined || typeof v === 'boolean' ? '' : String(v).trim();
}

/** A text cell that labels others: has letters, and is not itself a figure. */
function isLabel(v: CellValue, syntax: NumberSyntax = DOT_SYNTAX): boolean {
  const t = cellText(v);
  return t !== '' && !isNumeric(v, syntax) && /[\p{L}]/u.test(t) && !HEDGED_NUMBER_CELL_RE.test(t);
}

/**
 * A cell that is a number with only a hedge ("约376", "415.8余", "约+10.6%", "c.1.1"): a value, no
 * label of its row's other numbers (its "%" makes no rate of them).
 */
const HEDGED_NUMBER_CELL_RE =
  /^\s*(?:约|約|近|超过|超過|逾|c\.|ca\.|~|≈|[<>]=?)?\s*[+\-−]?\d[\d.,]*\s*(?:余|餘|多)?\s*%?\s*$/i;

/** Whether a cell states a figure: a number other than a year, or text with one ("44,499 standards"). */
export function isFigureCell(v: CellValue, culture?: NumberCulture): boolean {
  if (isYearCell(v)) return false;
  const syntax = syntaxFor(culture);
  if (isNumeric(v, syntax)) return true;
  if (typeof v !== 'string') return false;
  return extractFigures(syntax === COMMA_SYNTAX ? toDotNumbers(v) : v).length > 0;
}

/**
 * How many leading rows read as headers: rows (at most three) with text and no figure in them.
 * Exported so that a front end checking a range in blocks agrees with this function.
 */
export function detectHeaderRows(values: TableInput['values'], culture?: NumberCulture): number {
  let n = 0;
  for (let r = 0; r < Math.min(3, values.length); r++) {
    const row = values[r] ?? [];
    let any = false;
    let figure = false;
    for (const c of row) {
      if (cellText(c) === '') continue;
      any = true;
      if (isFigureCell(c, culture)) {
        figure = true;
        break;
      }
    }
    if (!any || figure) break;
    n++;
  }
  // A table of one header row and nothing else still has its first row as data.
  return n >= values.length ? 0 : n;
}

/** Looks like a year on its own ("2023", "2023年"): a period label where a table places it as one. */
export function isYearCell(v: CellValue): boolean {
  const t = cellText(v);
  return /^(?:19|20)\d{2}(?:年)?$/.test(t);
}

/**
 * A number format that shows a date or a time ("yyyy-mm-dd", "m/d/yyyy", "h:mm"): quoted text,
 * bracketed locale and colour codes and escaped characters are not format codes.
 */
function isDateFormat(format: string): boolean {
  if (!format || /^general$/i.test(format)) return false;
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(codes.replace(/e\+|e-/gi, ''));
}

function precisionOf(digits: string, value: number): number {
  const dot = digits.indexOf('.');
  if (dot >= 0) return 10 ** -(digits.length - dot - 1);
  if (!Number.isInteger(value)) return 10 ** -(String(value).split('.')[1] ?? '').length;
  const zeros = /0+$/.exec(digits);
  return zeros ? 10 ** zeros[0].length : 1;
}

/** Label parts that are bare years are written "(2022)" so that no code-like word before them ("SCIO 2022") hides the period. */
function labelPart(text: string): string {
  return isYearCell(text) ? `(${text})` : text;
}

/** Label cells kept per side of a checked cell: enough for any real layout, and linear on wide rows. */
const MAX_LEFT_LABELS = 6;
/** Other columns' headers that may complete a cell's own, the first six left to right. */
const MAX_ROW_HEADERS = 6;
/** The most verdicts of identical cells a table check keeps at once. */
const JUDGED_MEMO_MAX = 20_000;
const MAX_RIGHT_LABELS = 4;

interface RowPlan {
  /** Columns of label cells, left to right, with their text. */
  labelCols: number[];
  labelTexts: string[];
  /** The row's period: its Period/Year cells and year labels, written "(2022)". */
  period: string;
  /** Columns whose year-like number is the row's period, not a figure. */
  yearCols: Set<number>;
}

/** Checks every figure-bearing cell of a table against `set`. */
export function checkTable(input: TableInput, set: FigureSet): TableReport {
  const { values } = input;
  const rowOffset = input.rowOffset ?? 0;
  const colOffset = input.colOffset ?? 0;
  const syntax = syntaxFor(input.numberCulture);
  const commaCulture = syntax === COMMA_SYNTAX;
  const headerRows = input.headerRows ?? detectHeaderRows(values, input.numberCulture);
  // A loop, not Math.max(...): a spread of a million rows overflows the call stack.
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;

  // Column headers, with merged-looking header cells (blank to the right of a label) carried over.
  const headers: string[] = Array.from({ length: width }, (_, c) => input.columnLabels?.[c] ?? '');
  const ownHeaders: string[] = Array.from({ length: width }, () => '');
  for (let r = 0; r < headerRows; r++) {
    let carried = '';
    for (let c = 0; c < width; c++) {
      const t = cellText(values[r]?.[c]);
      if (t) carried = t;
      const label = t || (c > 0 ? carried : '');
      if (label) headers[c] = headers[c] ? `${headers[c]} ${label}` : label;
      // A column's role is read from its own header cell, not one carried over from the left.
      if (t) ownHeaders[c] = t;
    }
  }
  const roles: ColumnRole[] = Array.from({ length: width }, (_, c) =>
    columnRole(ownHeaders[c] || (input.columnLabels?.[c] ?? '')),
  );
  const hasHeader = (c: number) => (ownHeaders[c] || input.columnLabels?.[c] || '') !== '';
  const headerPart = headers.map(labelPart);
  const captionUnit = captionUnitsOf(input.caption ?? '');
  const computed = computedColumns(input.caption ?? '', ownHeaders);
  // (Without its years: "2022—2025年" spans the rows, each dated by its own period column.)
  const caption = (input.caption ?? '').replace(KEYED_UNIT_RE, ' ').replace(/(?:19|20)\d{2}/g, ' ');

  const skipped = (r: number, c: number): boolean => {
    const category = input.numberFormatCategories?.[r]?.[c];
    if (category === 'Date' || category === 'Time') return true;
    const type = input.valueTypes?.[r]?.[c];
    if (type === 'Error' || type === 'Boolean') return true;
    const v = values[r]?.[c];
    return typeof v === 'number' && isDateFormat(input.numberFormats?.[r]?.[c] ?? '');
  };

  // Grouped labels: a leading label cell left blank under a group's first row (or a merged cell
  // read as its top-left value) belongs to the rows below it, until a blank row ends the group.
  let carriedLead: string[] = [];

  const planRow = (r: number, row: ReadonlyArray<CellValue>): RowPlan => {
    const labelCols: number[] = [];
    const labelTexts: string[] = [];
    const periods: string[] = [];
    const yearCols = new Set<number>();
    let firstFilled = -1;
    for (let c = 0; c < row.length; c++) if (cellText(row[c]) !== '' && firstFilled < 0) firstFilled = c;
    if (firstFilled < 0) {
      carriedLead = [];
      return { labelCols, labelTexts, period: '', yearCols };
    }
    const lead: string[] = [];
    for (let c = 0; c < firstFilled; c++) {
      const t = carriedLead[c];
      if (t && roles[c] === 'value') {
        labelCols.push(c);
        labelTexts.push(t);
        lead[c] = t;
      }
    }
    // Years: a Period/Year column's, or one standing left of the row's label text, or in a
    // column without a header and followed by another number (the value it dates).
    let firstLabel = -1;
    for (let c = 0; c < row.length; c++)
      if (isLabel(row[c], syntax) && roles[c] !== 'date') {
        firstLabel = c;
        break;
      }
    let lastNumber = -1;
    for (let c = row.length - 1; c >= 0; c--)
      if (isNumeric(row[c], syntax) && !isYearCell(row[c])) {
        lastNumber = c;
        break;
      }
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const text = cellText(v);
      if (text === '' || skipped(r, c)) continue;
      const role = roles[c] ?? 'value';
      // (A source's date is when it was published, not the period of the row's values.)
      if (role === 'id' || role === 'date' || role === 'source') continue;
      if (isYearCell(v)) {
        const isPeriod =
          role === 'period' ||
          /年$/.test(text) ||
          (firstLabel >= 0 && c < firstLabel) ||
          (!hasHeader(c) && c < lastNumber);
        if (isPeriod) {
          yearCols.add(c);
          periods.push(`(${text.replace(/年$/, '')})`);
          continue;
        }
      }
      if (role === 'period' && isLabel(v, syntax)) {
        periods.push(text);
        continue;
      }
      if (isLabel(v, syntax)) {
        labelCols.push(c);
        labelTexts.push(text);
        if (c < firstFilled + 3) lead[c] = text;
      }
    }
    carriedLead = lead;
    // Label columns carried from above come first, in column order.
    const order = labelCols.map((c, i) => [c, i] as const).sort((a, b) => a[0] - b[0]);
    return {
      labelCols: order.map(([c]) => c),
      labelTexts: order.map(([, i]) => labelTexts[i] ?? ''),
      period: periods.join(' '),
      yearCols,
    };
  };

  const matcher = matcherFor(set);
  // Cells with the same value and the same words are judged once: a sheet repeats both down its
  // columns, and a verdict depends on nothing else.
  const judged = new Map<string, ReturnType<typeof matcher.judge>>();
  const judge = (claim: Claim) => {
    const key = JSON.stringify(claim);
    let verdict = judged.get(key);
    if (!verdict) {
      // (Bounded: a sheet of a million different cells keeps no million verdicts.)
      if (judged.size >= JUDGED_MEMO_MAX) judged.clear();
      judged.set(key, (verdict = matcher.judge(claim)));
    }
    return verdict;
  };
  const entityCol = roles.indexOf('entity');
  const cells: CheckedCell[] = [];
  let checkable = 0;
  for (let r = headerRows; r < values.length; r++) {
    const row = values[r] ?? [];
    const plan = planRow(r, row);
    const rowLabel = input.rowLabels?.[r] ?? '';
    const rowHeaders = headersOfRow(row, roles, headerPart, plan.yearCols, syntax);
    const entity = entityCol >= 0 ? cellText(row[entityCol]) : '';
    // Index of the first label column right of the current cell: advances with c (linear per row).
    let next = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const text = cellText(v);
      if (text === '') continue;
      while (next < plan.labelCols.length && (plan.labelCols[next] ?? 0) <= c) next++;
      const role = roles[c] ?? 'value';
      if (role !== 'value' || plan.yearCols.has(c) || skipped(r, c)) continue;
      const isOwnLabel = plan.labelCols[next - 1] === c;
      const leftEnd = isOwnLabel ? next - 1 : next;
      const leftLabels = plan.labelTexts.slice(0, Math.min(leftEnd, MAX_LEFT_LABELS));
      const rightLabels: string[] = [];
      for (let i = next; i < plan.labelTexts.length && rightLabels.length < MAX_RIGHT_LABELS; i++) {
        const t = plan.labelTexts[i] ?? '';
        // Unit or note columns to the right ("percent", "yuan") also label the row's numbers.
        if (t.length <= 40) rightLabels.push(t);
      }
      const header = headerPart[c] ?? '';
      const labels = [
        rowLabel,
        ...leftLabels,
        header,
        ...rightLabels,
        plan.period,
        captionUnit(headers[c] ?? '', [rowLabel, ...plan.labelTexts].join(' ')),
      ]
        .filter(Boolean)
        .join(' ');
      const sentence = [labels, input.sheetName ?? '', caption].filter(Boolean).join(' ');
      // The row's other headers, as a reader reads the row ("召回次数" beside "涉及车辆" counts
      // vehicle recalls).
      const others = rowHeaders
        .filter((h) => h !== header)
        .slice(0, MAX_ROW_HEADERS)
        .join(' ');
      const format = input.numberFormats?.[r]?.[c] ?? '';

      if (isNumeric(v, syntax)) {
        checkable++;
        const { value: raw, percentSign, written, digits } = numericValue(v, syntax);
        let value = raw;
        let unit: MentionUnit = 'count';
        let precision = precisionOf(digits, raw);
        const formatIsPercent = /%/.test(format) && !/"[^"]*%[^"]*"/.test(format);
        if (percentSign) unit = 'percent';
        else if (
          formatIsPercent ||
          (RATE_WORDS.test(labels) && Math.abs(raw) <= 1 && raw !== 0 && !Number.isInteger(raw))
        ) {
          // A rate stored as a fraction: 0.937 shown as 93.7%.
          value = roundSignificant(raw * 100);
          precision = roundSignificant(precision * 100);
          unit = 'percent';
        } else ({ value, unit, precision } = byLabels(raw, precision, labels));
        // A signed number in a dated row is a change and its direction: "-48.6%" fell by 48.6%.
        // (Undated, as beside "End-2023" and "End-2024" columns, its period is the writer's.)
        const sign = plan.period ? SIGN_RE.exec(written)?.[0] : undefined;
        if (sign && value < 0) value = -value;
        const claim: Claim = {
          value,
          unit,
          qualifier: 'exact',
          precision,
          text: written,
          near: sign ? `${labels} ${signWord(sign, labels)}` : labels,
          sentence,
          ...(others ? { rowHeaders: others } : {}),
          ...(entity ? { oneEntity: entity } : {}),
          ...(computed.has(c) ? { computedColumn: true } : {}),
        };
        cells.push({
          row: r + rowOffset,
          col: c + colOffset,
          value: v,
          checkedValue: value,
          unit,
          text: written,
          labels,
          ...judge(claim),
        });
        continue;
      }
      // A text cell stating a figure: "44,499 standards", "more than 45,000".
      const read = commaCulture ? toDotNumbers(text) : text;
      for (const m of extractFigures(read)) {
        checkable++;
        const near = `${labels} ${read.slice(0, m.start)} ${read.slice(m.end)}`;
        // A bare number with a hedge ("c.3.76", ">10") takes the labels' unit as a numeric cell does.
        const bare = m.unit === 'count' && HEDGED_NUMBER_CELL_RE.test(m.text);
        const read_ = bare ? byLabels(m.value, m.precision, labels) : undefined;
        const claim: Claim = {
          ...numberOfClaim(m),
          ...(read_ ?? {}),
          near,
          sentence: `${sentence} ${read}`,
          ...(computed.has(c) ? { computedColumn: true } : {}),
          ...(entity ? { oneEntity: entity } : {}),
        };
        cells.push({
          row: r + rowOffset,
          col: c + colOffset,
          value: v,
          checkedValue: claim.value,
          unit: claim.unit,
          text: m.text,
          labels,
          ...judge(claim),
        });
      }
    }
  }
  return { cells, summary: summarize(cells), checkable };
}

/** A sign written before a table's number: its change's direction. */
const SIGN_RE = /^\s*[+\-−]/;

/** The words a sign stands for, in the labels' language, as the change words of prose read them. */
function signWord(sign: string, labels: string): string {
  const fall = sign.trim() !== '+';
  if (hasChinese(labels)) return fall ? '下降' : '增长';
  return fall ? 'down' : 'up';
}

/** The headers of a row's columns of values, in column order, each once (as many as a cell may use). */
function headersOfRow(
  row: ReadonlyArray<CellValue>,
  roles: readonly ColumnRole[],
  headerPart: readonly string[],
  yearCols: ReadonlySet<number>,
  syntax: NumberSyntax,
): string[] {
  const out: string[] = [];
  for (let c = 0; c < row.length; c++) {
    const h = headerPart[c];
    // (Not a period's header: "2023年底" beside "2024年底" dates no cell.)
    if (!h || ANY_YEAR_RE.test(h) || (roles[c] ?? 'value') !== 'value' || yearCols.has(c)) continue;
    // (Only columns of values: a label column's header, "Measure", is no word of the row's measure.)
    const cell = row[c];
    if (!isNumeric(cell, syntax) && !HEDGED_NUMBER_CELL_RE.test(cellText(cell))) continue;
    if (!out.includes(h)) out.push(h);
    // (A cell leaves out its own header and takes MAX_ROW_HEADERS of the rest.)
    if (out.length > MAX_ROW_HEADERS) break;
  }
  return out;
}

/** Yuan named in a label: "yuan", 元, "RMB" (glued to its scale too: "RMBbn"), "CNY". */
const YUAN_LABEL_RE = /\byuan\b|\b(?:RMB|CNY)(?=\b|bn\b|mn\b)|元/i;

/** What a cell's labels make of a bare number: a rate's percent, else yuan and a scale word's scale. */
function byLabels(
  raw: number,
  precision: number,
  labels: string,
): { value: number; unit: MentionUnit; precision: number } {
  if (RATE_WORDS.test(labels)) return { value: raw, unit: 'percent', precision };
  const unit: MentionUnit = YUAN_LABEL_RE.test(labels) ? 'yuan' : 'count';
  const scale = scaleOfLabel(labels);
  // (A number written out in full, to the scale's own zeros or beyond it, is already in units:
  // "6,728,000" under "thousands". "11,237" under "vehicles in thousands" is not.)
  return scale && (raw < scale || precision < scale)
    ? { value: roundSignificant(raw * scale), unit, precision: roundSignificant(precision * scale) }
    : { value: raw, unit, precision };
}

/** The words of a unit in an English caption (besides %): "(million units)", "revenue in RMB bn". */
const UNIT_WORDS = 'millions?|billions?|thousands?|bn|mn|percent|yuan|RMB';

/** Between the units of a caption's list of units, one per column ("次、万辆"). */
const UNIT_LIST_SEP_RE = /[、／/]/;
/** "车辆单位：万辆", "占比单位：%", "单位：万辆" (單位 in traditional characters): a unit, perhaps keyed to the columns it applies to. */
const KEYED_UNIT_RE = /([\p{Script=Han}A-Za-z]{0,8})[单單]位[：:]\s*([^；;，,)）]+)/gu;
/**
 * A caption's unit in brackets: "(million units)", "(RMB bn)", "(%)", "（%）". Short, and a part of
 * its own: a note in the brackets ('"Share, %" is our calculation') is no unit.
 */
// (A definition in the brackets, "CI = 95% confidence interval", is no unit either.)
const BRACKET_UNIT_RE = new RegExp(
  String.raw`[(（;]\s*([^()（）";“”=]{0,24}?(?:${UNIT_WORDS}|%)[^()（）";“”=]{0,24}?)\s*(?=[)）;])`,
  'i',
);

/**
 * Columns the caption (or the header itself) says the writer worked out: '"Share, %" is
 * Harbourline's calculation', “平均每次”一栏为本报计算. Their cells are no quotes of the set's figures.
 */
const COMPUTED_COLUMN_RE =
  /["“'‘]([^"”'’]{1,40})["”'’](?:\s+columns?)?\s+(?:is|are|was|were)\s+(?:[\w'’.-]+\s+){0,3}?(?:calculations?|estimates?|computed|calculated|derived)\b|[“"「]([^”"」]{1,20})[”"」]一?[栏欄列]?(?:为|為|系|是)(?:本报|本報|本刊|笔者|筆者|记者|記者|我们|我們)?(?:计算|計算|测算|測算|推算|估算)/gi;

/** A header that says so itself: "Change (our calculation)", "Share (calculated)", "增幅（本报计算）". */
const COMPUTED_HEADER_RE = new RegExp(
  `${OWN_CALCULATION_RE.source}|\\bown\\s+(?:calculations?|estimates?)\\b|\\b(?:calculated|computed|derived)\\b`,
  'i',
);

/**
 * A header that names a statistic of the writer's own analysis ("Odds ratio", "95% CI", "p", "SD",
 * "β"): its cells are the study's results, never quotes of an official figure.
 */
const STATISTIC_HEADER_RE =
  /^(?:p(?:[- ]?values?)?|odds ratios?|OR|(?:95% )?CI|confidence interval|SD|SE|s\.[de]\.|std\.? (?:dev|err)\.?|[tz](?:[- ]?stat(?:istic)?)?|β|beta|coef(?:ficient|\.)?|R²|R2|r)$/i;

function computedColumns(caption: string, headers: readonly string[]): Set<number> {
  const out = new Set<number>();
  headers.forEach((h, c) => {
    if (h && (COMPUTED_HEADER_RE.test(h) || STATISTIC_HEADER_RE.test(h.trim()))) out.add(c);
  });
  if (!caption) return out;
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const m of caption.matchAll(COMPUTED_COLUMN_RE)) {
    const name = norm(m[1] ?? m[2] ?? '');
    headers.forEach((h, c) => {
      if (h && norm(h) === name) out.add(c);
    });
  }
  return out;
}

/** "(counts; revenue in RMB bn; staff in mn)": a unit for the rows or columns a key names. */
const IN_UNIT_RE = /^\s*(.+?)\s+in\s+(.+?)\s*$/i;
const UNIT_WORD_RE = new RegExp(String.raw`\b(?:${UNIT_WORDS})\b|%`, 'i');

/**
 * The caption's unit for a cell: a keyed unit where the column's header (or, for an English key,
 * the row's label) has its key, else an unkeyed one.
 */
function captionUnitsOf(caption: string): (header: string, rowLabel: string) => string | undefined {
  if (!caption) return () => undefined;
  const keyed: Array<[key: string, unit: string]> = [];
  let general: string | undefined;
  for (const m of caption.matchAll(KEYED_UNIT_RE)) {
    const key = m[1] ?? '';
    const unit = (m[2] ?? '').trim();
    if (key) keyed.push([key, unit]);
    else general = unit;
  }
  const englishKeyed: Array<[key: string, unit: string]> = [];
  for (const bracket of caption.matchAll(/\(([^()]*)\)/g)) {
    for (const part of (bracket[1] ?? '').split(';')) {
      const m = IN_UNIT_RE.exec(part);
      // (A key in the plural names a header in the singular: "shares in %" for "OTA share".)
      if (m && UNIT_WORD_RE.test(m[2] ?? ''))
        englishKeyed.push([(m[1] ?? '').toLowerCase().replace(/s$/, ''), m[2] ?? '']);
    }
  }
  general ??= BRACKET_UNIT_RE.exec(caption)?.[1];
  // "单位：次、万辆": one unit per column, each named by its header's noun (召回次数, 涉及车辆).
  const parts = general?.split(UNIT_LIST_SEP_RE).map((u) => u.trim());
  const generalParts = parts && parts.length > 1 ? parts : undefined;
  // A column no key names takes the keyed unit of its kind: a rate's percent, else the count's unit
  // ("其中OTA召回" under "车辆单位：万辆；占比单位：%" is in 万辆).
  const ofKind = (h: string) => keyed.find(([, unit]) => /%|百分/.test(unit) === RATE_WORDS.test(h))?.[1];
  return (h, rowLabel) => {
    const own = keyed.find(([key]) => h.includes(key))?.[1];
    if (own) return own;
    const label = `${h} ${rowLabel}`.toLowerCase();
    const english = englishKeyed.find(([key]) => label.includes(key))?.[1];
    if (english) return english;
    if (keyed.length) return ofKind(h);
    if (englishKeyed.length) return undefined;
    return generalParts ? generalParts.find((unit) => h.includes(unit.slice(-1))) : general;
  };
}
