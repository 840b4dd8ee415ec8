/**
 * The core run in the page itself, in time slices: for unit tests and any host without a
 * background. The content script never uses it (it would put the whole core into every page);
 * the core's own functions do all the work here.
 */
import { checkText, matcherFor, type FigureSet } from '@figure-check/core';
import { checkBlockSteps, checkGrid } from './block-check.ts';
import type { BlockChecker, CellMention, CheckAnswer, CheckJob, SliceControl } from './check-job.ts';
import type { PageMention } from './messages.ts';
import { runSliced, yieldToPage } from './scheduler.ts';

const PHASE = 'core check in the page';

export class InPageChecker implements BlockChecker {
  readonly where = 'page' as const;
  /** The set the core's indexes were last prepared for. */
  private warmed: FigureSet | null = null;

  /** `getSet` gives the figure set to check against (built-in merged with imports). */
  constructor(private readonly getSet: () => FigureSet) {}

  async check(job: CheckJob, control: SliceControl): Promise<CheckAnswer> {
    const set = this.getSet();
    await this.warmUp(set, control);
    const blocks: Array<PageMention[] | null> = [];
    const tables: Array<CellMention[] | null> = [];
    const onError = control.onError;
    const steps = function* (): Generator<void> {
      for (const text of job.texts) {
        const result = yield* checkBlockSteps(text, set, onError);
        blocks.push(result.map(({ context: _context, ...rest }) => rest));
      }
      for (const grid of job.tables) {
        try {
          tables.push(checkGrid(grid, set));
        } catch {
          onError();
          tables.push(null);
        }
        yield;
      }
    };
    if (!(await runSliced(steps(), () => {}, { ...control, phase: PHASE }))) throw new Error('cancelled');
    return { block: (i) => blocks[i] ?? null, table: (i) => tables[i] ?? null };
  }

  /**
   * Builds the core's matcher indexes and runs one tiny check, each in a task of its own: they
   * are the largest indivisible pieces of work.
   */
  private async warmUp(set: FigureSet, control: SliceControl): Promise<void> {
    if (set === this.warmed) return;
    for (const step of [() => matcherFor(set), () => checkText('about 1,000 standards in 2023', set)]) {
      await yieldToPage();
      const start = performance.now();
      try {
        step();
      } catch {
        control.onError();
      }
      const ms = performance.now() - start;
      control.stats.record(ms);
      control.stats.phase(PHASE, ms);
    }
    this.warmed = set;
  }
}
