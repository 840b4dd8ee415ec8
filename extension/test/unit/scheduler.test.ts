import { describe, expect, it } from 'vitest';
import { runSliced, WorkStats } from '../../src/lib/scheduler.ts';

describe('time slicing', () => {
  it('yields between slices and survives errors in one step', async () => {
    const stats = new WorkStats();
    const seen: number[] = [];
    const errors: unknown[] = [];
    const ok = await runSliced(
      Array.from({ length: 50 }, (_, i) => i),
      (i) => {
        if (i === 7) throw new Error('bad figure');
        const until = performance.now() + 1;
        while (performance.now() < until) {
          // busy: each step takes about 1 ms
        }
        seen.push(i);
      },
      { stats, sliceMs: 4, onError: (e) => errors.push(e) },
    );
    expect(ok).toBe(true);
    expect(seen).toHaveLength(49);
    expect(errors).toHaveLength(1);
    expect(stats.slices).toBeGreaterThan(5);
  });

  it('stops when cancelled', async () => {
    let n = 0;
    let cancelled = false;
    const ok = await runSliced(
      Array.from({ length: 1000 }, (_, i) => i),
      () => {
        n++;
        if (n === 10) cancelled = true;
      },
      { isCancelled: () => cancelled, sliceMs: 0 },
    );
    expect(ok).toBe(false);
    expect(n).toBeLessThan(1000);
  });
});
