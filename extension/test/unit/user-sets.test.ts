import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtinSet, checkText } from '@figure-check/core';
import {
  exportUserSet,
  importUserSet,
  loadMergedSet,
  mergedSet,
  removeUserSet,
  userSetsItem,
} from '../../src/lib/user-sets.ts';
import { renderImportOutcome } from '../../src/lib/options-view.ts';

const GOOD_CSV = [
  'value,unit,measure,qualifier,period,period end,source title,publisher,date,url,quote,speaker,keywords',
  '7321,count,tea houses in Hangzhou,exact,by the end of 2024,2024-12-31,Ledger tea survey,The Ledger Institute,2025-01-15,https://example.org/tea,"Hangzhou had 7,321 tea houses by the end of 2024.",Ms Example,tea houses',
].join('\n');

const GOOD_JSON = JSON.stringify({
  source: {
    id: 'ledger-2025-bridges',
    title: 'Ledger bridge census',
    event: 'Ledger bridge census',
    publisher: 'The Ledger Institute',
    agency: 'Ledger',
    dateHeld: '2025-02-01',
    datePublished: '2025-02-02',
    language: 'en',
  },
  figures: [
    {
      id: 'ledger-2025-bridges/stone-bridges',
      measureKey: 'stone-bridges-suzhou',
      value: 1834,
      unit: 'count',
      measure: 'stone bridges in Suzhou',
      period: { label: 'by the end of 2024', kind: 'as-of', end: '2024-12-31' },
      speaker: 'Mr Example',
      quote: 'Suzhou counted 1,834 stone bridges by the end of 2024.',
      numberText: '1,834',
      keywords: { en: ['stone bridges'] },
      sourceId: 'ledger-2025-bridges',
    },
  ],
});

describe('importing a user figure set', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports good CSV, persists it in storage.local and uses it with the built-in set', async () => {
    const builtinSize = builtinSet().size;
    const outcome = await importUserSet(GOOD_CSV, 'tea.csv');
    expect(outcome.ok).toBe(true);
    const stored = await fakeBrowser.storage.local.get('userSets');
    expect((stored.userSets as unknown[]).length).toBe(1);
    const set = await loadMergedSet();
    expect(set.size).toBe(builtinSet().size + 1);
    const mention = checkText('Hangzhou had 7,321 tea houses by the end of 2024.', set).mentions[0]!;
    expect(mention.verdict).toBe('verified');
    expect(mention.figure?.source.title).toBe('Ledger tea survey');
    expect(builtinSet().size).toBe(builtinSize); // the built-in set is never altered
    expect(builtinSet().figures.some((f) => f.measure === 'tea houses in Hangzhou')).toBe(false);
  });

  it('imports good JSON in the data schema, exports it re-importable, and removes it', async () => {
    const outcome = await importUserSet(GOOD_JSON, 'bridges.json');
    if (!outcome.ok) throw new Error(outcome.messages.join('\n'));
    expect(outcome.stored.figureCount).toBe(1);
    const exported = exportUserSet(outcome.stored);
    expect(JSON.parse(exported)).toMatchObject({ source: { id: 'ledger-2025-bridges' } });
    await removeUserSet(outcome.stored.id);
    expect(await userSetsItem.getValue()).toEqual([]);
    // The export imports again after removal.
    expect((await importUserSet(exported, 'bridges-export.json')).ok).toBe(true);
  });

  it('lists every problem of a bad CSV with its row and field, and imports nothing', async () => {
    const bad = [
      'value,measure,source title,date,url',
      'abc,tea houses,Survey,2025-01-15,',
      '12,,Survey,2025-02-30,ftp://x',
      '5,ok,Survey,2025-01-15,',
    ].join('\n');
    const outcome = await importUserSet(bad, 'bad.csv');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const where = outcome.issues.map((i) => `${i.where}|${i.path}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'bad.csv row 2|value',
        'bad.csv row 3|measure',
        'bad.csv row 3|date',
        'bad.csv row 3|url',
      ]),
    );
    expect(await userSetsItem.getValue()).toEqual([]);
    const box = document.createElement('div');
    renderImportOutcome(document, box, outcome, 'bad.csv');
    expect(box.querySelectorAll('li')).toHaveLength(outcome.issues.length);
    expect(box.textContent).toContain('Nothing was imported');
    expect(box.textContent).toContain('bad.csv row 3, field date');
  });

  it('lists schema errors of a bad JSON file by path', async () => {
    const data = JSON.parse(GOOD_JSON);
    data.figures[0].value = 'many';
    delete data.figures[0].quote;
    const outcome = await importUserSet(JSON.stringify(data), 'bad.json');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const paths = outcome.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['figures[0].value', 'figures[0].quote']));
    expect(await userSetsItem.getValue()).toEqual([]);
  });

  it('refuses a file clashing with what is loaded, and an empty file', async () => {
    expect((await importUserSet(GOOD_JSON, 'a.json')).ok).toBe(true);
    const again = await importUserSet(GOOD_JSON, 'b.json');
    expect(again.ok).toBe(false);
    expect((await userSetsItem.getValue()).length).toBe(1);
    const empty = await importUserSet('  ', 'empty.csv');
    expect(empty.ok).toBe(false);
  });

  it('skips a stored set that no longer validates instead of breaking every check', () => {
    const { set, problems } = mergedSet([
      { id: 'x', name: 'broken.json', importedAt: '', figureCount: 1, files: [{ nonsense: true } as never] },
    ]);
    expect(set.size).toBe(builtinSet().size);
    expect(problems[0]).toContain('broken.json');
  });
});
