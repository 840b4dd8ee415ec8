/**
 * Importing a user's own figure set: JSON in the data schema (one figure file, or an array of
 * them) or a CSV with one figure per row. Every problem is reported with its row or path and
 * field; a file with any problem yields no figures at all. Doubts that may be right (a quote that
 * does not contain its number) are warnings, returned apart for the user to confirm.
 *
 * Linear in the number of rows: 100,000 rows sharing one measure import in about a second.
 */
import { periodOfLabel } from './period-label.ts';
import { hasChinese } from '../rules/scripts.ts';
import {
  FigureFileSchema,
  isIsoDate,
  isWebUrl,
  type FigureFileInput,
  type FigureInput,
  QUALIFIERS,
  UNITS,
  type Qualifier,
  type Unit,
} from './schema.ts';
import { FigureSchema } from './schema.ts';
import { parsePlainNumber } from '../rules/numbers.ts';
import { FigureSet, FigureSetError } from './figure-set.ts';
import { formatIssues, type DataIssue } from './issues.ts';
import { parseCsv, CsvError } from './csv.ts';
import { extractFigures } from '../extract/extract.ts';

export type ImportResult =
  | {
      ok: true;
      set: FigureSet;
      files: FigureFileInput[];
      figureCount: number;
      /** Doubts the user should confirm before the set is used (the figures are valid). */
      warnings: DataIssue[];
    }
  | { ok: false; issues: DataIssue[]; warnings: DataIssue[] };

type Parsed =
  { ok: true; files: FigureFileInput[]; warnings: DataIssue[] } | { ok: false; issues: DataIssue[] };

/** Column names accepted in a CSV import (case and spacing are ignored), with aliases. */
export const CSV_COLUMNS: Record<string, string[]> = {
  value: ['value', 'number', 'figure'],
  unit: ['unit', 'units'],
  measure: ['measure', 'what', 'counts', 'description', 'indicator'],
  qualifier: ['qualifier', 'hedge'],
  period: ['period', 'as of', 'as-of', 'date of figure'],
  periodEnd: ['period end', 'as of date', 'period date'],
  sourceTitle: ['source title', 'source', 'title'],
  publisher: ['publisher', 'source publisher'],
  date: ['date', 'source date', 'published', 'date published'],
  url: ['url', 'link', 'source url'],
  quote: ['quote', 'sentence', 'source sentence'],
  speaker: ['speaker', 'said by'],
  keywords: ['keywords', 'keywords en', 'terms'],
  keywordsZh: ['keywords zh', 'chinese keywords', 'zh'],
  measureKey: ['measure key', 'measurekey', 'key'],
  scope: ['scope'],
  id: ['id'],
};

const REQUIRED = ['value', 'measure', 'sourceTitle', 'date'] as const;

function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'figure'
  );
}

/**
 * Parses and validates a user's figure file (the one validator for the extension's import and the
 * CLI's `--figures` and `validate`).
 * @param text the file's content
 * @param name used in every issue's `where`, and to tell JSON (`.json`, or text starting with
 *   `{` or `[`) from CSV
 * @param existing the figures already loaded: an id clashing with one of them is an error
 * @param options `onProgress(done, total)` is called every few thousand CSV rows or JSON files,
 *   for a progress bar on a big file
 */
export function importFigureSet(
  text: string,
  name: string,
  existing?: FigureSet,
  options: { onProgress?: (done: number, total: number) => void } = {},
): ImportResult {
  const fileIssue = (message: string): ImportResult => ({
    ok: false,
    issues: [{ where: name, path: '(file)', message }],
    warnings: [],
  });
  if (text.trim() === '') return fileIssue('the file is empty');
  const looksJson = /\.json$/i.test(name) || /^\s*[[{]/.test(text);
  const parsed = looksJson
    ? filesFromJson(text, name, options.onProgress)
    : filesFromCsv(text, name, options.onProgress);
  if (!parsed.ok) return { ...parsed, warnings: [] };
  if (parsed.files.every((f) => f.figures.length === 0)) return fileIssue('the file holds no figures');
  try {
    const set = FigureSet.fromFiles(
      parsed.files.map((data, i) => ({ name: parsed.files.length > 1 ? `${name} [${i}]` : name, data })),
    );
    if (existing) existing.merge(set); // throws on id clashes with what is already loaded
    return { ok: true, set, files: parsed.files, figureCount: set.size, warnings: parsed.warnings };
  } catch (error) {
    // (An id that clashes with the set already loaded is named with the file it comes from.)
    if (error instanceof FigureSetError)
      return {
        ok: false,
        issues: error.issues.map((i) =>
          i.where.startsWith(name) ? i : { ...i, where: `${name}: ${i.where}` },
        ),
        warnings: parsed.warnings,
      };
    throw error;
  }
}

/** A quote that does not contain its number as written: maybe a paraphrase, maybe a wrong row. */
function quoteWarning(
  figure: { quote?: unknown; numberText?: unknown },
  where: string,
  path: string,
): DataIssue[] {
  const { quote, numberText } = figure;
  if (typeof quote !== 'string' || typeof numberText !== 'string' || quote.includes(numberText)) return [];
  return [{ where, path, message: `the quote does not contain its number "${numberText}"` }];
}

/** Progress is reported every this many rows (or files). */
const PROGRESS_EVERY = 2000;

function filesFromJson(
  text: string,
  name: string,
  onProgress?: (done: number, total: number) => void,
): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [{ where: name, path: '(file)', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  const list = Array.isArray(data) ? data : [data];
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const files: FigureFileInput[] = [];
  list.forEach((item, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, list.length);
    const where = Array.isArray(data) ? `${name} [${i}]` : name;
    const r = FigureFileSchema.safeParse(item);
    if (!r.success) {
      issues.push(...formatIssues(r.error, where));
      return;
    }
    files.push(item as FigureFileInput);
    r.data.figures.forEach((f, j) => warnings.push(...quoteWarning(f, where, `figures[${j}].quote`)));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, files, warnings };
}

function filesFromCsv(
  text: string,
  name: string,
  onProgress?: (done: number, total: number) => void,
): Parsed {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      return {
        ok: false,
        issues: [
          {
            where: `${name} line ${error.line}`,
            path: '(csv)',
            message: error.message.replace(/^line \d+: /, ''),
          },
        ],
      };
    throw error;
  }
  const header = rows[0]!.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, ' '),
  );
  const columnOf = new Map<string, number>();
  for (const [field, aliases] of Object.entries(CSV_COLUMNS)) {
    const idx = header.findIndex((h) => aliases.includes(h));
    if (idx >= 0) columnOf.set(field, idx);
  }
  const missing = REQUIRED.filter((f) => !columnOf.has(f));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((f) => ({
        where: `${name} line 1`,
        path: f,
        message: `missing column (accepted names: ${CSV_COLUMNS[f]!.join(', ')})`,
      })),
    };
  }
  if (rows.length < 2)
    return {
      ok: false,
      issues: [{ where: `${name} line 2`, path: '(csv)', message: 'no figure rows after the header' }],
    };

  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const sources = new Map<string, FigureFileInput>();
  // The next free suffix of each id: rows sharing a measure get -2, -3, ... without a rescan.
  const nextSuffix = new Map<string, number>();
  const usedIds = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, rows.length - 1);
    const line = `${name} row ${i + 2}`;
    const get = (field: string) => {
      const idx = columnOf.get(field);
      return idx === undefined ? '' : (row[idx] ?? '').trim();
    };
    const rowIssues: DataIssue[] = [];
    const fail = (path: string, message: string) => rowIssues.push({ where: line, path, message });

    const rawValue = get('value');
    let value = parsePlainNumber(rawValue);
    const found = value === undefined ? extractFigures(rawValue) : [];
    let unit = get('unit').toLowerCase() as Unit;
    if (rawValue === '') fail('value', 'is empty');
    else if (value !== undefined) {
      // A plain number: read above.
    } else if (
      found.length === 1 &&
      found[0]!.text.trim() === rawValue.replace(/\s*(?:yuan|元)$/i, '').trim()
    ) {
      value = found[0]!.value;
      if (!unit)
        unit = found[0]!.unit === 'percent' ? 'percent' : found[0]!.unit === 'yuan' ? 'yuan' : 'count';
    } else
      fail(
        'value',
        `"${rawValue}" is not an unambiguous number (thousands are grouped in threes with ",", decimals follow ".": 3.5, 12,345)`,
      );
    if (!unit) unit = 'count';
    if (!UNITS.includes(unit)) fail('unit', `"${unit}" is not one of ${UNITS.join(', ')}`);

    const qualifierRaw = get('qualifier').toLowerCase().replace(/\s+/g, '-') || 'exact';
    const qualifier = (qualifierRaw === 'over' ? 'more-than' : qualifierRaw) as Qualifier;
    if (!QUALIFIERS.includes(qualifier))
      fail('qualifier', `"${get('qualifier')}" is not one of ${QUALIFIERS.join(', ')}`);

    const date = get('date');
    if (!isIsoDate(date)) fail('date', date ? `"${date}" is not a date as YYYY-MM-DD` : 'is empty');
    const measure = get('measure');
    if (!measure) fail('measure', 'is empty');
    const title = get('sourceTitle');
    if (!title) fail('source title', 'is empty');
    const url = get('url');
    if (url && !isWebUrl(url)) fail('url', `"${url}" is not an http(s) URL`);
    const periodEnd = get('periodEnd') || date;
    if (periodEnd && periodEnd !== date && !isIsoDate(periodEnd))
      fail('period end', `"${periodEnd}" is not a date as YYYY-MM-DD`);
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      return;
    }

    const publisher = get('publisher') || 'User-supplied';
    const sourceId = `user-${slugify(`${title}-${date}`)}`;
    let file = sources.get(sourceId);
    if (!file) {
      file = {
        source: {
          id: sourceId,
          title,
          event: title,
          publisher,
          agency: publisher,
          dateHeld: date,
          datePublished: date,
          language: hasChinese(title) ? 'zh' : 'en',
          ...(url ? { url } : {}),
        },
        figures: [],
      };
      sources.set(sourceId, file);
    }
    const keywords = get('keywords')
      .split(/[;|]/)
      .map((k) => k.trim().toLowerCase())
      .filter(Boolean);
    const baseId = `${sourceId}/${slugify(get('id') || measure)}`;
    let n = nextSuffix.get(baseId) ?? 1;
    let id = n === 1 ? baseId : `${baseId}-${n}`;
    while (usedIds.has(id)) id = `${baseId}-${++n}`; // "things" twice, then "things 2"
    nextSuffix.set(baseId, n + 1);
    usedIds.add(id);
    const quote = get('quote') || `${rawValue} ${measure}`;
    const figure: FigureInput = {
      id,
      measureKey: slugify(get('measureKey') || measure),
      value: value!,
      unit,
      measure,
      qualifier,
      period: periodOfLabel(get('period'), get('periodEnd'), date),
      scope: get('scope')
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean),
      speaker: get('speaker') || publisher,
      quote,
      numberText: numberTextIn(quote, rawValue, value!),
      keywords: {
        en: keywords.length > 0 ? keywords : [measure.toLowerCase()],
        zh: get('keywordsZh')
          .split(/[;|]/)
          .map((k) => k.trim())
          .filter(Boolean),
      },
      sourceId,
    };
    // The schema's own rules (negative counts, shares over 100%, period order), reported at the row.
    const checked = FigureSchema.safeParse(figure);
    if (!checked.success) {
      issues.push(...formatIssues(checked.error, line).map((i) => ({ ...i, path: csvField(i.path) })));
      return;
    }
    warnings.push(...quoteWarning(figure, line, 'quote'));
    file.figures.push(figure);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, files: [...sources.values()], warnings };
}

/** The CSV column a schema path came from, for messages about a row ("period.end" -> "period end"). */
function csvField(path: string): string {
  if (path.startsWith('period.')) return path === 'period.end' ? 'period end' : 'period';
  if (path.startsWith('keywords')) return 'keywords';
  return path;
}

/**
 * The number as the quote writes it: the cell's own text when the quote has it, else the figure in
 * the quote with the same value ("7,321" for a cell of 7321), else the cell's text (and the
 * import warns that the quote does not contain its number).
 */
function numberTextIn(quote: string, rawValue: string, value: number): string {
  if (quote.includes(rawValue)) return rawValue;
  return extractFigures(quote).find((m) => m.value === value)?.text ?? rawValue;
}
