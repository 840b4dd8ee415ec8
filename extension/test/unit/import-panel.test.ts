import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importUserSet, userSetsItem } from '../../src/lib/user-sets.ts';
import { validateHere } from '../../src/lib/user-set-import.ts';
import { importChosenFile } from '../../src/entrypoints/options/import-panel.ts';

const HEADER = 'value,measure,source title,date,quote';
const rows = (n: number, measure = 'widgets') =>
  [
    HEADER,
    ...Array.from(
      { length: n },
      (_, i) => `${i + 1},${measure},Report,2025-01-01,We made ${i + 1} ${measure}.`,
    ),
  ].join('\n');
const WARN = `${HEADER}\n42,widgets,Report,2025-01-01,We made many widgets.\n`;

describe('importing a big figure set', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports 20,000 rows that share one measure (linear, not quadratic)', async () => {
    const progress: number[] = [];
    const outcome = await importUserSet(rows(20_000), 'many.csv', {
      onProgress: (done) => progress.push(done),
    });
    if (!outcome.ok) throw new Error(outcome.messages.join('\n'));
    expect(outcome.stored.figureCount).toBe(20_000);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  }, 30_000);

  it('reports a full storage quota with what to do, and stores nothing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    const outcome = await importUserSet(rows(10), 'big.csv');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ where: 'big.csv', path: '(storage)' });
    expect(outcome.issues[0]!.message).toMatch(/does not fit in the browser's storage/);
    expect(outcome.issues[0]!.message).toMatch(/Remove sets you no longer need/);
    expect(await userSetsItem.getValue()).toEqual([]);
  });

  it('stores a set with warnings only when the user confirms them', async () => {
    const declined = await importUserSet(WARN, 'w.csv', { confirmWarnings: () => false });
    expect(declined.ok).toBe(false);
    expect(declined.warnings.map((w) => `${w.where}: ${w.path}`)).toEqual(['w.csv row 2: quote']);
    expect(await userSetsItem.getValue()).toEqual([]);
    const accepted = await importUserSet(WARN, 'w.csv', { confirmWarnings: () => true });
    expect(accepted.ok).toBe(true);
    expect((await userSetsItem.getValue()).length).toBe(1);
  });
});

describe('the options page import panel', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks before importing a file with warnings, and imports when confirmed', async () => {
    const box = document.createElement('div');
    const done = importChosenFile(document, box, new File([WARN], 'w.csv'), validateHere);
    await vi.waitFor(() => expect(box.textContent).toContain('Import anyway'));
    expect(box.textContent).toContain('w.csv row 2, field quote: the quote does not contain its number "42"');
    const yes = [...box.querySelectorAll('button')].find((b) => b.textContent === 'Import anyway')!;
    yes.click();
    const outcome = await done;
    expect(outcome.ok).toBe(true);
    expect(box.textContent).toContain('Imported 1 figure from w.csv.');
    expect(box.textContent).toContain('1 warning you confirmed');
  });

  it('shows the quota problem instead of failing with a blank page', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const box = document.createElement('div');
    const outcome = await importChosenFile(document, box, new File([rows(3)], 'q.csv'), validateHere);
    expect(outcome.ok).toBe(false);
    expect(box.textContent).toContain('Nothing was imported from q.csv');
    expect(box.textContent).toContain("does not fit in the browser's storage");
  });

  it('shows progress while a file is checked', async () => {
    const box = document.createElement('div');
    const seen: string[] = [];
    const slowValidate: typeof validateHere = async (text, name, existing, onProgress) => {
      const result = await validateHere(text, name, existing, onProgress);
      seen.push(box.textContent ?? '');
      return result;
    };
    await importChosenFile(document, box, new File([rows(5000)], 'p.csv'), slowValidate);
    expect(seen[0]).toMatch(/p\.csv: checking row 4,000 of 5,000…/);
  });
});
