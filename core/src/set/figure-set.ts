/**
 * A validated, immutable collection of figures with their sources. The built-in set and a
 * user's imported sets are each a FigureSet; `merge` makes a new set and never alters either.
 */
import { FigureFileSchema, type Figure, type Source } from './schema.ts';
import { formatIssues, type DataIssue } from './issues.ts';

/** A figure joined with its source, as every verdict and citation carries it. */
export interface SourcedFigure extends Figure {
  source: Source;
}

const seriesKeys = new WeakMap<SourcedFigure, string>();

/**
 * A measure over a scope: the figures of one series (the same measure at different dates) share it.
 * Written once per figure.
 */
export function seriesKey(figure: SourcedFigure): string {
  let key = seriesKeys.get(figure);
  if (key === undefined) {
    key = `${figure.measureKey}|${figure.scope.join('|')}`;
    seriesKeys.set(figure, key);
  }
  return key;
}

export class FigureSetError extends Error {
  constructor(
    message: string,
    readonly issues: DataIssue[],
  ) {
    super(message);
    this.name = 'FigureSetError';
  }
}

export class FigureSet {
  readonly figures: readonly SourcedFigure[];
  readonly sources: ReadonlyMap<string, Source>;
  private readonly byIdMap: Map<string, SourcedFigure>;
  private readonly byMeasureMap: Map<string, SourcedFigure[]>;

  private constructor(figures: SourcedFigure[], sources: Map<string, Source>) {
    this.figures = Object.freeze(figures.map((f) => Object.freeze(f)));
    this.sources = sources;
    this.byIdMap = new Map(figures.map((f) => [f.id, f]));
    this.byMeasureMap = new Map();
    for (const f of figures) {
      const list = this.byMeasureMap.get(f.measureKey) ?? [];
      list.push(f);
      this.byMeasureMap.set(f.measureKey, list);
    }
  }

  /**
   * Validates figure files (see `FigureFileSchema`) and builds a set. Throws a FigureSetError
   * listing every problem with its file and path; nothing is built from invalid input.
   * @param files the parsed JSON of each file, with a name to report errors against
   */
  static fromFiles(files: ReadonlyArray<{ name: string; data: unknown }>): FigureSet {
    const issues: DataIssue[] = [];
    const figures: SourcedFigure[] = [];
    const sources = new Map<string, Source>();
    const ids = new Set<string>();
    for (const { name, data } of files) {
      const parsed = FigureFileSchema.safeParse(data);
      if (!parsed.success) {
        issues.push(...formatIssues(parsed.error, name));
        continue;
      }
      const { source, figures: list } = parsed.data;
      if (sources.has(source.id)) {
        issues.push({ where: name, path: 'source.id', message: `source "${source.id}" is defined twice` });
        continue;
      }
      sources.set(source.id, source);
      list.forEach((f, i) => {
        if (ids.has(f.id)) {
          issues.push({
            where: name,
            path: `figures[${i}].id`,
            message: `figure id "${f.id}" is already in the set`,
          });
          return;
        }
        ids.add(f.id);
        figures.push({ ...f, source });
      });
    }
    if (issues.length > 0) {
      throw new FigureSetError(
        `invalid figure data:\n${issues.map((i) => `  ${i.where}: ${i.path}: ${i.message}`).join('\n')}`,
        issues,
      );
    }
    return new FigureSet(figures, sources);
  }

  static empty(): FigureSet {
    return new FigureSet([], new Map());
  }

  /** A new set holding this set's figures and `other`'s; ids clashing with this set are an error. */
  merge(other: FigureSet): FigureSet {
    const issues: DataIssue[] = [];
    for (const f of other.figures) {
      if (this.byIdMap.has(f.id))
        issues.push({ where: f.sourceId, path: 'id', message: `figure id "${f.id}" is already in the set` });
    }
    for (const id of other.sources.keys()) {
      if (this.sources.has(id))
        issues.push({ where: id, path: 'source.id', message: `source "${id}" is already in the set` });
    }
    if (issues.length > 0)
      throw new FigureSetError(
        `cannot merge figure sets: ${issues.map((i) => i.message).join('; ')}`,
        issues,
      );
    return new FigureSet([...this.figures, ...other.figures], new Map([...this.sources, ...other.sources]));
  }

  get size(): number {
    return this.figures.length;
  }

  byId(id: string): SourcedFigure | undefined {
    return this.byIdMap.get(id);
  }

  /** All figures of one measure, newest as-of date first (sorted once: asked for every claim). */
  byMeasure(measureKey: string): readonly SourcedFigure[] {
    let sorted = this.sortedByMeasure.get(measureKey);
    if (!sorted) {
      sorted = [...(this.byMeasureMap.get(measureKey) ?? [])].sort((a, b) =>
        b.period.end.localeCompare(a.period.end),
      );
      this.sortedByMeasure.set(measureKey, sorted);
    }
    return sorted;
  }

  private readonly sortedByMeasure = new Map<string, readonly SourcedFigure[]>();
}
