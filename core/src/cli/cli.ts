/**
 * `factcheck`: check a draft, a spreadsheet export, or list the verified figures.
 * Exit codes: 0 all good, 1 something is contradicted, 2 bad usage or unreadable input.
 */
import { parseArgs } from 'node:util';
import { builtinSet } from '../set/builtin-set.ts';
import { checkText } from '../check/check-text.ts';
import { checkTable } from '../check/check-table.ts';
import { parseCsv, CsvError } from '../set/csv.ts';
import { InputError, readInput } from './read-input.ts';
import {
  formatMarkdownReport,
  formatTableText,
  formatTextReport,
  tableReportJson,
  textReportJson,
} from '../report/report.ts';
import { describeFigure, formatCitation } from '../report/format.ts';

const USAGE = `Usage:
  factcheck check [FILE|-] [--json | --format text|markdown|json]
      Check every figure in a text (stdin when FILE is - or absent). Exit 1 if any is contradicted.
  factcheck sheet FILE.csv [--json]
      Check a table exported from a spreadsheet (labels from rows and headers).
  factcheck figures [--json]
      List the verified figure set with sources.`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  stdinIsTTY: boolean;
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
    (values.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'markdown', 'json'].includes(format)) {
    io.stderr(`factcheck: unknown format "${format}" (use text, markdown or json)\n`);
    return 2;
  }
  try {
    switch (command) {
      case 'check':
        return await check(rest, format, io);
      case 'sheet':
        return await sheet(rest, format, io);
      case 'figures':
        return figures(format, io);
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

async function check(args: string[], format: string, io: CliIO): Promise<number> {
  if (args.length > 1) throw new InputError(`check takes one file, got ${args.length}`);
  const file = args[0] ?? '-';
  if (file === '-' && io.stdinIsTTY) throw new InputError('no input: give a file, or pipe text to stdin');
  const { text, name } = await readInput(file, io.readStdin);
  const report = checkText(text, builtinSet());
  if (format === 'json') io.stdout(`${JSON.stringify(textReportJson(report))}\n`);
  else if (format === 'markdown') io.stdout(formatMarkdownReport(report, text, name));
  else io.stdout(`${formatTextReport(report, text, name)}\n`);
  return report.summary.contradicted > 0 ? 1 : 0;
}

async function sheet(args: string[], format: string, io: CliIO): Promise<number> {
  if (args.length !== 1) throw new InputError('sheet takes one CSV file');
  const { text, name } = await readInput(args[0]!, io.readStdin);
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      throw new CsvError(`${name}: malformed CSV at ${error.message}`, error.line);
    throw error;
  }
  // The file's own name is context ("recalls-2023"); its folders are not.
  const sheetName = (name.split(/[\\/]/).pop() ?? name).replace(/\.csv$/i, '');
  const report = checkTable({ values: rows, sheetName }, builtinSet());
  if (format === 'json') io.stdout(`${JSON.stringify(tableReportJson(report))}\n`);
  else io.stdout(`${formatTableText(report, name)}\n`);
  return report.summary.contradicted > 0 ? 1 : 0;
}

function figures(format: string, io: CliIO): number {
  const set = builtinSet();
  if (format === 'json') {
    io.stdout(`${JSON.stringify(set.figures)}\n`);
    return 0;
  }
  const lines = [`${set.size} verified figures from ${set.sources.size} sources`, ''];
  for (const f of set.figures) {
    const scope = f.scope.length > 0 ? ` [scope: ${f.scope.join(', ')}]` : '';
    lines.push(`${f.id}\n    ${describeFigure(f)}${scope}\n    ${formatCitation(f)}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
