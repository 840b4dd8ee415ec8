/**
 * The JSON reports of `factcheck check --json` and `sheet --json`, written item by item as they
 * are judged: one JSON object, never built as one string (50 MB of text has over a million
 * figures). Each official figure is written once, in a top-level `figures` map by id, and a
 * mention names it by id:
 *
 *   {"mentions": [{"text": "44,499", ..., "figure": "samr-…/national-standards", "alternatives": []}, …],
 *    "figures": {"samr-…/national-standards": {"id": …, "value": 44499, …, "source": {…}}},
 *    "summary": {"verified": 1, …, "total": 1},
 *    "input": {"name": "article.txt", "encoding": "utf-8"}}
 *
 * The other fields of a mention are as before, so `report.figures[m.figure]` is all a consumer
 * of the old form needs to change.
 */
import { seriesJson } from './mention-notes.ts';
import { lookupOf, seriesOf } from './series.ts';
import type { CheckedMention } from '../check/check-text.ts';
import type { CheckedCell } from '../check/check-table.ts';
import type { SourcedFigure } from '../set/figure-set.ts';
import { emptyCounts, type VerdictCounts } from '../judge/verdicts.ts';

/**
 * Where output goes: a function taking each piece. It may return a promise to say "wait before
 * the next piece" (a pipe whose reader is slower than we write), which is awaited; any other
 * return value is ignored.
 */
export type Write = (chunk: string) => unknown;

/** Output is handed on in pieces of about this many characters. */
const FLUSH_CHARS = 64 * 1024;

/** What the report says about where its input came from. */
export interface ReportInput {
  name: string;
  encoding?: string;
}

/** Writes one report object of a list of items; collects the figures they refer to. */
class ReportWriter {
  private buffer = '';
  private count = 0;
  private readonly figures = new Map<string, SourcedFigure>();
  readonly counts: VerdictCounts = emptyCounts();

  constructor(
    private readonly write: Write,
    listName: string,
  ) {
    this.buffer = `{${JSON.stringify(listName)}:[`;
  }

  /** The id of `figure`, remembered for the `figures` map. */
  ref(figure: SourcedFigure | null): string | null {
    if (!figure) return null;
    if (!this.figures.has(figure.id)) this.figures.set(figure.id, figure);
    return figure.id;
  }

  /** Adds one item; a returned promise must be awaited before the next (backpressure). */
  item(json: object, verdict: keyof VerdictCounts): void | Promise<unknown> {
    this.counts[verdict]++;
    this.buffer += `${this.count++ === 0 ? '\n' : ',\n'}${JSON.stringify(json)}`;
    return this.buffer.length >= FLUSH_CHARS ? this.flush() : undefined;
  }

  /** Closes the list and writes the figures, the summary and anything else given. */
  async end(extra: Record<string, unknown>): Promise<VerdictCounts & { total: number }> {
    const summary = { ...this.counts, total: this.count };
    this.buffer += '\n],"figures":{';
    let first = true;
    for (const [id, figure] of this.figures) {
      this.buffer += `${first ? '\n' : ',\n'}${JSON.stringify(id)}:${JSON.stringify(figure)}`;
      first = false;
      if (this.buffer.length >= FLUSH_CHARS) await this.flush();
    }
    this.buffer += `\n},"summary":${JSON.stringify(summary)}`;
    for (const [key, value] of Object.entries(extra))
      this.buffer += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
    this.buffer += '}\n';
    await this.flush();
    return summary;
  }

  private flush(): void | Promise<unknown> {
    const chunk = this.buffer;
    this.buffer = '';
    const written = chunk ? this.write(chunk) : undefined;
    return written instanceof Promise ? written : undefined;
  }
}

/**
 * Writes the JSON report of a text check, mention by mention as `mentions` yields them.
 * @returns the summary counts (for the exit code)
 */
export async function writeTextReportJson(
  mentions: Iterable<CheckedMention>,
  write: Write,
  input?: ReportInput,
): Promise<VerdictCounts & { total: number }> {
  const out = new ReportWriter(write, 'mentions');
  for (const m of mentions) {
    await out.item(
      {
        text: m.text,
        start: m.start,
        end: m.end,
        value: m.value,
        unit: m.unit,
        qualifier: m.qualifier,
        verdict: m.verdict,
        figure: out.ref(m.figure),
        alternatives: m.alternatives.map((f) => out.ref(f)),
        explanation: m.explanation,
        ...(m.likelyError ? { likelyError: m.likelyError } : {}),
        ...(m.namedBy ? { namedBy: m.namedBy } : {}),
        ...(m.referredTo ? { referredTo: m.referredTo } : {}),
        context: m.context,
        ...seriesField(m),
      },
      m.verdict,
    );
  }
  return out.end(input ? { input } : {});
}

/** Writes the JSON report of a table check, cell by cell (same shape, with `cells`). */
export async function writeTableReportJson(
  cells: Iterable<CheckedCell>,
  write: Write,
  input?: ReportInput,
): Promise<VerdictCounts & { total: number }> {
  const out = new ReportWriter(write, 'cells');
  for (const c of cells) {
    await out.item(
      {
        row: c.row,
        col: c.col,
        value: c.value,
        checkedValue: c.checkedValue,
        unit: c.unit,
        text: c.text,
        labels: c.labels,
        verdict: c.verdict,
        figure: out.ref(c.figure),
        alternatives: c.alternatives.map((f) => out.ref(f)),
        explanation: c.explanation,
        ...(c.likelyError ? { likelyError: c.likelyError } : {}),
      },
      c.verdict,
    );
  }
  return out.end(input ? { input } : {});
}

/** The measure's series of a mention with a figure, from its figure and alternatives (no set needed). */
function seriesField(m: CheckedMention): { series?: ReturnType<typeof seriesJson> } {
  if (!m.figure) return {};
  const series = seriesJson(seriesOf(m.figure, lookupOf([m.figure, ...m.alternatives])));
  return series ? { series } : {};
}
