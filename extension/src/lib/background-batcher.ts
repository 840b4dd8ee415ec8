/**
 * Sends what the page reads to a checker in batches while reading goes on: the visible blocks
 * go out on their own first, then batches of up to BATCH_CHARS, one request in flight while
 * the next batch is read; each answer is applied in time slices. `BackgroundChecker` is the
 * checker the content script uses: the core runs in the extension's background.
 */
import type { BlockChecker, CheckAnswer, CheckJob, SliceControl } from './check-job.ts';
import type { TableGrid } from './messages.ts';
import type { RemoteChecker } from './remote-checker.ts';
import { runSliced } from './scheduler.ts';

/**
 * Text per message to the background. Big enough that messaging overhead is small, small
 * enough (at most ~200 KB of UTF-8) that serialising one batch is a short step.
 */
export const BATCH_CHARS = 64 * 1024;

/** One block or table read from the page and waiting for its check. */
export type BatchItem = {
  /**
   * Applies the answer (in a slice); `index` is the item's place among the job's texts or
   * tables, `where` the side that checked it.
   */
  apply(answer: CheckAnswer, index: number, where: BlockChecker['where']): void;
} & ({ text: string; grid?: undefined } | { grid: TableGrid; text?: undefined });

/** A reading step: an item to check, FLUSH (send what is batched now), or nothing. */
export const FLUSH = Symbol('flush');
export type ReadStep = BatchItem | typeof FLUSH | null;

/**
 * Runs `reading` in slices and checks what it yields in batches. Returns false when cancelled.
 * When `checker` fails a batch (counted by `onFailure`), `fallback` checks it if there is one;
 * without one the batch stays unmarked until the next scan and the rest goes on.
 */
export async function checkInBatches(
  reading: Iterator<ReadStep>,
  checker: BlockChecker,
  control: SliceControl & { onSliceEnd: () => void; onFailure: () => void },
  fallback?: BlockChecker | null,
): Promise<boolean> {
  type Batch = { items: BatchItem[]; chars: number };
  const batches: Batch[] = [];
  let open: Batch = { items: [], chars: 0 };
  let readingDone = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  const close = () => {
    if (open.items.length === 0) return;
    batches.push(open);
    open = { items: [], chars: 0 };
    signal();
  };
  const steps: Iterable<ReadStep> = { [Symbol.iterator]: () => reading };
  const reader = runSliced(
    steps,
    (step) => {
      if (step === FLUSH) close();
      else if (step) {
        open.items.push(step);
        open.chars += step.text?.length ?? step.grid!.reduce((n, row) => n + row.join('').length, 0);
        if (open.chars >= BATCH_CHARS) close();
      }
    },
    control,
  ).finally(() => {
    close();
    readingDone = true;
    signal();
  });

  let ok = true;
  for (;;) {
    if (batches.length === 0) {
      if (readingDone) break;
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    if (control.isCancelled()) {
      ok = false;
      break;
    }
    const batch = batches.shift()!;
    const job: CheckJob = { texts: [], tables: [] };
    const placed = batch.items.map((item) =>
      item.text !== undefined ? job.texts.push(item.text) - 1 : job.tables.push(item.grid) - 1,
    );
    let answer: CheckAnswer;
    let where = checker.where;
    try {
      answer = await checker.check(job, control);
    } catch {
      control.onFailure();
      if (!fallback || control.isCancelled()) continue;
      try {
        answer = await fallback.check(job, control);
        where = fallback.where;
      } catch {
        continue;
      }
    }
    const apply = batch.items.map((item, i) => () => item.apply(answer, placed[i]!, where));
    if (!(await runSliced(apply, (fn) => fn(), control))) {
      ok = false;
      break;
    }
  }
  return (await reader) && ok;
}

/** The core in the extension's background, reached by runtime messaging. */
export class BackgroundChecker implements BlockChecker {
  readonly where = 'background' as const;

  constructor(private readonly remote: RemoteChecker) {}

  async check(job: CheckJob, control: SliceControl): Promise<CheckAnswer> {
    const reply = await this.send(job, control).catch(() =>
      // An MV3 service worker that was just stopped can drop the first message: one retry.
      this.send(job, control),
    );
    const remote = this.remote;
    const timed = <T>(fn: () => T): T => {
      const at = performance.now();
      try {
        return fn();
      } finally {
        control.stats.phase('decode answers (messaging)', performance.now() - at);
      }
    };
    return {
      block: (i) => timed(() => remote.decodeBlock(reply, i, job.texts[i] ?? '')),
      table: (i) => timed(() => remote.decodeTable(reply, i, job.tables[i] ?? [])),
    };
  }

  private send(job: CheckJob, control: SliceControl): ReturnType<RemoteChecker['request']> {
    const sending = performance.now();
    const pending = this.remote.request(job.texts, job.tables);
    // Serialising the texts happens in this call, on the page's main thread: it is ours.
    const ms = performance.now() - sending;
    control.stats.phase('send texts (messaging)', ms);
    control.stats.record(ms, { 'send texts (messaging)': ms });
    return pending;
  }
}
