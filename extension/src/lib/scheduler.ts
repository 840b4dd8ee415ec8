/**
 * Cooperative time slicing: the extension's work runs in slices of a few milliseconds and
 * yields to the page between them, so no task of ours comes near the 50 ms long-task mark.
 */

/** Milliseconds of work per slice before yielding back to the page. */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/**
 * Gives the event loop back to the page: `scheduler.yield()` where it exists (continuation runs
 * ahead of other queued tasks, so the work finishes sooner), else a MessageChannel task (not
 * clamped like nested setTimeout).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield.call(scheduler);
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/** Records how long each slice of our work took: the benchmark and tests read these. */
export class WorkStats {
  totalMs = 0;
  longestMs = 0;
  slices = 0;
  /**
   * Where the time inside the slices went, by kind of work (reading the page, sending texts,
   * decoding answers, making ranges, registering highlights...): the benchmark reports it.
   */
  readonly phases = new Map<string, number>();

  /** What the longest task was made of (kind of work -> ms): the benchmark prints it. */
  longestDetail: Record<string, number> = {};

  record(ms: number, detail?: Record<string, number>): void {
    this.totalMs += ms;
    this.slices++;
    if (ms > this.longestMs) {
      this.longestMs = ms;
      this.longestDetail = detail ?? {};
    }
  }

  /** A copy of the per-kind totals, to tell later what one task added. */
  snapshot(): Map<string, number> {
    return new Map(this.phases);
  }

  /** What each kind of work added since `before`. */
  since(before: Map<string, number>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, ms] of this.phases) {
      const added = ms - (before.get(name) ?? 0);
      if (added > 0.05) out[name] = Math.round(added * 100) / 100;
    }
    return out;
  }

  /** Adds `ms` (already inside a recorded slice) to a kind of work. */
  phase(name: string, ms: number): void {
    this.phases.set(name, (this.phases.get(name) ?? 0) + ms);
  }

  reset(): void {
    this.totalMs = 0;
    this.longestMs = 0;
    this.slices = 0;
    this.phases.clear();
  }
}

/**
 * Runs `step` over `items` in time slices. `step` errors are passed to `onError` and never stop
 * the loop. Returns false when `isCancelled()` turned true before the end.
 */
export async function runSliced<T>(
  items: Iterable<T>,
  step: (item: T) => void,
  options: {
    stats?: WorkStats;
    isCancelled?: () => boolean;
    onError?: (error: unknown, item: T) => void;
    /** Runs at the end of each slice, inside the slice's timing (e.g. to notify listeners). */
    onSliceEnd?: () => void;
    sliceMs?: number;
    /** Counts each whole slice as this kind of work in `stats.phases`. */
    phase?: string;
  } = {},
): Promise<boolean> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const iterator = items[Symbol.iterator]();
  for (;;) {
    if (options.isCancelled?.()) return false;
    const before = options.stats?.snapshot();
    const start = performance.now();
    let done = false;
    do {
      let next: IteratorResult<T>;
      try {
        next = iterator.next();
      } catch (error) {
        options.onError?.(error, undefined as T);
        done = true;
        break;
      }
      if (next.done) {
        done = true;
        break;
      }
      try {
        step(next.value);
      } catch (error) {
        options.onError?.(error, next.value);
      }
    } while (performance.now() - start < sliceMs);
    try {
      options.onSliceEnd?.();
    } catch (error) {
      options.onError?.(error, undefined as T);
    }
    const ms = performance.now() - start;
    if (options.phase) options.stats?.phase(options.phase, ms);
    options.stats?.record(ms, before && options.stats ? options.stats.since(before) : undefined);
    if (done) return true;
    await yieldToPage();
  }
}

/**
 * Resolves when the page is idle (`requestIdleCallback`, at most `timeoutMs` later), so that a
 * page's own loading and first interactions come before any work of ours.
 */
export function whenIdle(win: Window, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else win.setTimeout(resolve, 50);
  });
}
