/**
 * `factcheck`: check a draft, a spreadsheet export, or list the verified figures; validate a
 * user's own figure set and check against it.
 * Exit codes: 0 all good, 1 something is contradicted, 2 bad usage or unreadable input.
 */
import { parseArgs } from 'node:util';
import { builtinSet } from '../set/builtin-set.ts';
import { isIsoDate } from '../set/schema.ts';
import type { FigureSet } from '../set/figure-set.ts';
import { checkTable, detectHeaderRows, type CheckedCell, type NumberCulture } from '../check/check-table.ts';
import { checkTextStream } from '../check/check-stream.ts';
import { checkText } from '../check/check-text.ts';
import { parseCsvTable, CsvError } from '../set/csv.ts';
import { importFigureSet } from '../set/user-set.ts';
import { describeIssue } from '../set/issues.ts';
import {
  DEFAULT_MAX_BYTES,
  formatSize,
  InputError,
  parseSize,
  readInput,
  type InputText,
} from './read-input.ts';
import { formatMarkdownReport, formatTableText, formatTextReport } from '../report/report.ts';
import { writeTableReportJson, writeTextReportJson } from '../report/json-stream.ts';
import { describeFigure, formatCitation } from '../report/format.ts';

const USAGE = `Usage:
  factcheck check [FILE|-] [--json | --format text|markdown|json]
      Check every figure in a text (stdin when FILE is - or absent). Exit 1 if any is contradicted.
  factcheck sheet FILE.csv [--json | --format text|json]
      Check a table exported from a spreadsheet (labels from rows and headers; comma, semicolon,
      tab or | separated; with ";" numbers are read with a decimal comma).
  factcheck figures [--json] [--figures FILE]
      List the verified figure set with sources.
  factcheck validate FILE
      Check a figure set of your own (JSON in the data schema, or CSV): every error with its row
      and field; exit 2 if there is one. Warnings are printed and do not fail.
Options:
  --figures FILE     also check against your own figure set (JSON or CSV; repeatable)
  --date YYYY-MM-DD  when the text was written, for "last year", 去年 and "currently" (default:
                     a dated dateline or first line, else relative dates are left unchecked)
  --encoding NAME    read the input in this encoding (default: BOM, UTF-8, or GB18030/Big5 detected)
  --max-size SIZE    refuse input larger than this (default ${formatSize(DEFAULT_MAX_BYTES)}), e.g. 500MB`;

/** What each command reads from the command line (anything else is refused). */
const COMMAND_OPTIONS: Record<string, { options: readonly string[]; formats: readonly string[] }> = {
  check: {
    options: ['json', 'format', 'figures', 'encoding', 'max-size', 'date'],
    formats: ['text', 'markdown', 'json'],
  },
  sheet: { options: ['json', 'format', 'figures', 'encoding', 'max-size'], formats: ['text', 'json'] },
  figures: { options: ['json', 'format', 'figures'], formats: ['text', 'json'] },
  validate: { options: ['encoding', 'max-size'], formats: ['text'] },
};

export interface CliIO {
  /**
   * Writes to stdout; a returned promise means "wait until it drained" before writing more (big
   * JSON reports). Any other return value is ignored.
   */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  /** Reads all of stdin; should stop with an error past `maxBytes` (see readCapped). */
  readStdin: (maxBytes: number) => Promise<Buffer>;
  stdinIsTTY: boolean;
}

interface Options {
  format: string;
  figures: string[];
  encoding?: string;
  maxBytes: number;
  /** When the text was written (YYYY-MM-DD), for "last year" and 去年. */
  date?: string;
}

/** Runs the CLI; returns the exit code. Never throws for bad input. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        figures: { type: 'string', multiple: true, default: [] },
        encoding: { type: 'string' },
        'max-size': { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`factcheck: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    if (values.help) await io.stdout(`${USAGE}\n`);
    else io.stderr(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'markdown', 'json'].includes(format)) {
    io.stderr(`factcheck: unknown format "${format}" (use text, markdown or json)\n`);
    return 2;
  }
  // An option a command does not use is refused, not silently ignored.
  const allowed = COMMAND_OPTIONS[command];
  if (allowed) {
    const given = (Object.keys(values) as Array<keyof typeof values>).filter(
      (k) =>
        k !== 'help' &&
        values[k] !== undefined &&
        values[k] !== false &&
        !(Array.isArray(values[k]) && values[k].length === 0),
    );
    const unused = given.find((k) => !allowed.options.includes(k));
    if (unused) {
      io.stderr(`factcheck: --${unused} does not apply to "${command}"\n${USAGE}\n`);
      return 2;
    }
    if (!allowed.formats.includes(format)) {
      io.stderr(`factcheck: "${command}" writes ${allowed.formats.join(' or ')}, not ${format}\n`);
      return 2;
    }
  }
  try {
    const options: Options = {
      format,
      figures: values.figures,
      maxBytes: values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']),
      ...(values.encoding === undefined ? {} : { encoding: values.encoding }),
      ...(values.date === undefined ? {} : { date: checkDate(values.date) }),
    };
    switch (command) {
      case 'check':
        return await check(rest, options, io);
      case 'sheet':
        return await sheet(rest, options, io);
      case 'figures':
        return await figures(await figureSet(options, io), options.format, io);
      case 'validate':
        return await validate(rest, options, io);
      default:
        io.stderr(`factcheck: unknown command "${command}"\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof CsvError) {
      io.stderr(`factcheck: ${error.message}\n`);
      return 2;
    }
    io.stderr(`factcheck: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 3;
  }
}

async function read(file: string, options: Options, io: CliIO): Promise<InputText> {
  const input = await readInput(file, io.readStdin, {
    maxBytes: options.maxBytes,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
  });
  // Said only when it is not plain UTF-8, so that a reader knows the bytes were reinterpreted.
  if (input.encoding !== 'utf-8') {
    const how = { default: '', bom: 'byte order mark', detected: 'detected', option: '--encoding' }[
      input.encodingSource
    ];
    io.stderr(`factcheck: ${input.name}: read as ${input.encoding} (${how})\n`);
  }
  return input;
}

/** A --date value: a real calendar date written YYYY-MM-DD. */
function checkDate(text: string): string {
  if (!isIsoDate(text))
    throw new InputError(
      /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? `--date "${text}" is not a real date (check the month and the day)`
        : `--date "${text}" is not a date written YYYY-MM-DD`,
    );
  return text;
}

/** The built-in set, with each `--figures` file added through the import validator. */
async function figureSet(options: Options, io: CliIO): Promise<FigureSet> {
  let set = builtinSet();
  for (const file of options.figures) {
    const { text, name } = await read(file, options, io);
    const result = importFigureSet(text, name, set);
    for (const w of result.warnings) io.stderr(`factcheck: warning: ${describeIssue(w)}\n`);
    if (!result.ok) {
      const lines = result.issues.map((i) => `factcheck: ${describeIssue(i)}`);
      throw new InputError(
        `${name}: not a usable figure set (${result.issues.length} problem(s)):\n${lines.join('\n')}`,
      );
    }
    set = set.merge(result.set);
  }
  return set;
}

async function check(args: string[], options: Options, io: CliIO): Promise<number> {
  if (args.length > 1) throw new InputError(`check takes one file, got ${args.length}`);
  const file = args[0] ?? '-';
  if (file === '-' && io.stdinIsTTY) throw new InputError('no input: give a file, or pipe text to stdin');
  const set = await figureSet(options, io);
  const { text, name, encoding } = await read(file, options, io);
  const dated = options.date === undefined ? {} : { date: options.date };
  if (options.format === 'json') {
    // Written as judged: the report of a big text never has to fit in memory.
    const summary = await writeTextReportJson(checkTextStream(text, set, dated), io.stdout, {
      name,
      encoding,
    });
    return summary.contradicted > 0 ? 1 : 0;
  }
  const report = checkText(text, set, dated);
  if (options.format === 'markdown') await io.stdout(formatMarkdownReport(report, text, name));
  else await io.stdout(`${formatTextReport(report, text, name)}\n`);
  return report.summary.contradicted > 0 ? 1 : 0;
}

async function sheet(args: string[], options: Options, io: CliIO): Promise<number> {
  if (args.length !== 1) throw new InputError('sheet takes one CSV file');
  const set = await figureSet(options, io);
  const { text, name, encoding } = await read(args[0]!, options, io);
  let table: { rows: string[][]; delimiter: string };
  try {
    table = parseCsvTable(text);
  } catch (error) {
    if (error instanceof CsvError)
      throw new CsvError(`${name}: malformed CSV at ${error.message}`, error.line);
    throw error;
  }
  // The file's own name is context ("recalls-2023"); its folders are not.
  const sheetName = (name.split(/[\\/]/).pop() ?? name).replace(/\.csv$/i, '');
  // Semicolon-separated files come from decimal-comma locales: "93,7" is 93.7 there.
  const culture = table.delimiter === ';' ? { numberCulture: { decimalSeparator: ',' as const } } : {};
  if (options.format === 'json') {
    // Written block by block: a million cells never have to be held at once.
    const summary = await writeTableReportJson(
      checkTableBlocks(table.rows, sheetName, culture, set),
      io.stdout,
      {
        name,
        encoding,
      },
    );
    return summary.contradicted > 0 ? 1 : 0;
  }
  const report = checkTable({ values: table.rows, sheetName, ...culture }, set);
  await io.stdout(`${formatTableText(report, name)}\n`);
  return report.summary.contradicted > 0 ? 1 : 0;
}

/** Rows per block of a streamed sheet check: the header rows are read with every block. */
const SHEET_BLOCK_ROWS = 5_000;

/**
 * The sheet's cells checked in blocks of rows, each block with the sheet's header rows above it,
 * the same verdicts as one check of the whole grid (labels come from a cell's row and its column's
 * header), in order.
 */
function* checkTableBlocks(
  rows: string[][],
  sheetName: string,
  culture: { numberCulture?: NumberCulture },
  set: FigureSet,
): Generator<CheckedCell> {
  const headerRows = detectHeaderRows(rows, culture.numberCulture);
  const header = rows.slice(0, headerRows);
  for (let start = headerRows; start < rows.length || start === headerRows; start += SHEET_BLOCK_ROWS) {
    const block = rows.slice(start, start + SHEET_BLOCK_ROWS);
    const report = checkTable(
      { values: [...header, ...block], sheetName, headerRows, rowOffset: start - headerRows, ...culture },
      set,
    );
    // Header cells are reported with the first block only.
    for (const cell of report.cells) if (start === headerRows || cell.row >= start) yield cell;
    if (block.length === 0) break;
  }
}

async function validate(args: string[], options: Options, io: CliIO): Promise<number> {
  if (args.length !== 1) throw new InputError('validate takes one figure-set file (JSON or CSV)');
  const { text, name } = await read(args[0]!, options, io);
  const result = importFigureSet(text, name, builtinSet());
  for (const w of result.warnings) await io.stdout(`warning: ${describeIssue(w)}\n`);
  if (!result.ok) {
    for (const issue of result.issues) await io.stdout(`error: ${describeIssue(issue)}\n`);
    io.stderr(`factcheck: ${name}: ${result.issues.length} error(s); nothing in it can be used\n`);
    return 2;
  }
  await io.stdout(
    `${name}: ${result.figureCount} figure(s), valid${result.warnings.length > 0 ? `, ${result.warnings.length} warning(s) to confirm` : ''}\n`,
  );
  return 0;
}

async function figures(set: FigureSet, format: string, io: CliIO): Promise<number> {
  if (format === 'json') {
    await io.stdout(`${JSON.stringify(set.figures)}\n`);
    return 0;
  }
  const lines = [`${set.size} verified figures from ${set.sources.size} sources`, ''];
  for (const f of set.figures) {
    const scope = f.scope.length > 0 ? ` [scope: ${f.scope.join(', ')}]` : '';
    lines.push(`${f.id}\n    ${describeFigure(f)}${scope}\n    ${formatCitation(f)}`);
  }
  await io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
