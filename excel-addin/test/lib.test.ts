/** The pane's pure logic: block planning, block context, mark/restore bookkeeping, results list. */
import { describe, expect, it } from 'vitest';
import { builtinSet, type CheckedCell } from '@figure-check/core';
import { cellAddress, columnLetters, fullAddress, parseCellAddress } from '../src/lib/address.ts';
import { clipToUsed, planBlocks } from '../src/lib/block-plan.ts';
import { checkBlock, headerLabels, leadRows, rowLabelsFrom } from '../src/lib/check-block.ts';
import {
  NOTE_MARK,
  VERDICT_FILL,
  decodeRecord,
  encodeRecord,
  hasFill,
  noteText,
  planMarks,
  planRestore,
  batchesBySize,
  markIdOf,
  type MarkRecord,
} from '../src/lib/marks.ts';
import {
  EMPTY_MESSAGE,
  NOTHING_TO_CHECK_MESSAGE,
  ResultsBuilder,
  countsLine,
  visibleItems,
} from '../src/lib/results-model.ts';

import { seriesView } from '../src/lib/series.ts';
import { chooseTheme, luminance } from '../src/lib/theme.ts';

const set = builtinSet();

describe('addresses', () => {
  it('converts indexes and letters both ways', () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(cellAddress(3, 1)).toBe('B4');
    expect(parseCellAddress('Sheet1!$AB$12')).toEqual([11, 27]);
    expect(fullAddress("Bob's data", 0, 0)).toBe("'Bob''s data'!A1");
    expect(fullAddress('Sheet1', 0, 0)).toBe('Sheet1!A1');
  });
});

describe('block planning', () => {
  it('splits 100,000 rows into 5,000-row blocks and wide ranges by cells', () => {
    const blocks = planBlocks({ rowIndex: 1, columnIndex: 0, rowCount: 100_000, columnCount: 1 });
    expect(blocks).toHaveLength(20);
    expect(blocks[19]).toMatchObject({ startRow: 95_001, rowCount: 5_000 });
    const wide = planBlocks({ rowIndex: 0, columnIndex: 0, rowCount: 1_000, columnCount: 100 });
    expect(wide.every((b) => b.rowCount * b.columnCount <= 50_000)).toBe(true);
    expect(wide.reduce((n, b) => n + b.rowCount, 0)).toBe(1_000);
    expect(planBlocks({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 3 })).toEqual([]);
  });

  it('clips a whole-column selection to the used range', () => {
    expect(
      clipToUsed(
        { rowIndex: 0, columnIndex: 1, rowCount: 1_048_576, columnCount: 1 },
        { rowIndex: 0, columnIndex: 0, rowCount: 20, columnCount: 3 },
      ),
    ).toEqual({
      rowIndex: 0,
      columnIndex: 1,
      rowCount: 20,
      columnCount: 1,
    });
    expect(
      clipToUsed(
        { rowIndex: 30, columnIndex: 0, rowCount: 5, columnCount: 1 },
        { rowIndex: 0, columnIndex: 0, rowCount: 20, columnCount: 3 },
      ).rowCount,
    ).toBe(0);
  });
});

describe('block context', () => {
  it('gives later blocks the range header rows, so they read the same column labels', () => {
    const values = [['defective vehicles recalled in 2023'], [6728000], [7280000], [6728000]];
    const first = { index: 0, startRow: 0, rowCount: 2, columnIndex: 4, columnCount: 1 };
    const second = { index: 1, startRow: 2, rowCount: 2, columnIndex: 4, columnCount: 1 };
    const lead = leadRows(values.slice(0, 2));
    expect(lead.values).toEqual([['defective vehicles recalled in 2023']]);
    const a = checkBlock({ block: first, sheetName: 'S', values: values.slice(0, 2) }, set);
    const b = checkBlock({ block: second, sheetName: 'S', values: values.slice(2), lead }, set);
    expect(a.map((c) => [c.row, c.col, c.verdict])).toEqual([[1, 4, 'verified']]);
    expect(b.map((c) => [c.row, c.col, c.verdict])).toEqual([
      [2, 4, 'contradicted'],
      [3, 4, 'verified'],
    ]);
  });

  it('does not read text rows at the top of a later block as headers when the range has none', () => {
    const block = { index: 1, startRow: 10, rowCount: 2, columnIndex: 0, columnCount: 1 };
    const cells = checkBlock(
      {
        block,
        sheetName: 'S',
        values: [['44,499 national standards in force'], ['no figure']],
        lead: { values: [] },
      },
      set,
    );
    expect(cells.map((c) => [c.row, c.verdict])).toEqual([[10, 'verified']]);
  });

  it('uses label cells left of the range and the sheet header above it', () => {
    expect(headerLabels(['Measure', 2023, 12.5, '', 'Value'])).toEqual([
      'Measure',
      '2023',
      undefined,
      undefined,
      'Value',
    ]);
    expect(
      rowLabelsFrom([
        ['defective', 'vehicles recalled'],
        [1, ''],
        ['', null],
      ]),
    ).toEqual(['defective vehicles recalled', undefined, undefined]);
    const block = { index: 0, startRow: 5, rowCount: 1, columnIndex: 3, columnCount: 1 };
    const cells = checkBlock(
      { block, sheetName: 'S', values: [[6728000]], rowLabels: ['defective vehicles recalled in 2023'] },
      set,
    );
    expect(cells[0]).toMatchObject({ row: 5, col: 3, verdict: 'verified' });
  });
});

const record = (over: Partial<MarkRecord> = {}): MarkRecord => ({
  id: 'k1-0',
  sheetId: '{S1}',
  sheet: 'Data',
  address: 'B2',
  hadFill: true,
  color: '#FFFF00',
  pattern: 'Solid',
  patternColor: '#000000',
  annotation: 'note',
  hadNote: true,
  noteText: 'my note',
  markColor: VERDICT_FILL.verified,
  ...over,
});

describe('marks bookkeeping', () => {
  it('stores records as text rows and reads them back', () => {
    const r = record({ noteText: '=1+1, "quoted"\nline 2' });
    expect(decodeRecord(encodeRecord(r))).toEqual(r);
    expect(decodeRecord(['Figure Check marks v2', 'sheet'])).toBeNull();
    expect(decodeRecord(['', '', ''])).toBeNull();
  });

  it('tells no fill from a white fill where the pattern is known', () => {
    expect(hasFill({ color: '#FFFFFF', pattern: 'None' })).toBe(false);
    expect(hasFill({ color: '#FFFFFF', pattern: 'Solid' })).toBe(true);
    expect(hasFill({ color: '#FFFFFF' })).toBe(false);
    expect(hasFill({ color: '#FFC000' })).toBe(true);
  });

  it('writes a note with verdict, explanation and citation', () => {
    const [cell] = checkBlock(
      {
        block: { index: 0, startRow: 0, rowCount: 1, columnIndex: 0, columnCount: 2 },
        sheetName: 'S',
        values: [['defective vehicles recalled in 2023', 7280000]],
      },
      set,
    );
    const text = noteText(cell as CheckedCell, 'k1-7');
    expect(text.startsWith(`${NOTE_MARK}contradicted\n`)).toBe(true);
    expect(markIdOf(text)).toBe('k1-7');
    expect(markIdOf('my own note [fc:k1-7]')).toBeNull();
    expect(text).toContain('Source: Liu Sanjiang, "SCIO press conference');
  });

  it('records the original only the first time a cell is marked', () => {
    const cells = [{ address: 'B2', verdict: 'verified' as const, explanation: 'ok', figure: null }];
    const target = {
      sheetId: '{S1}',
      sheet: 'Data',
      kind: 'note' as const,
      patterns: true,
      newId: () => 'k1-0',
    };
    const originals = new Map([
      ['B2', { fill: { color: '#FFFF00', pattern: 'Solid', patternColor: '#000000' }, note: 'my note' }],
    ]);
    const first = planMarks(target, cells, originals);
    expect(first.records).toEqual([record({ markColor: VERDICT_FILL.verified })]);
    expect(first.writes[0]).toMatchObject({ address: 'B2', color: VERDICT_FILL.verified });
    // Second check: the cell shows the add-in's own fill and note (with its id), which must not become
    // "original"; the same verdict needs no new record, a new one only its colour.
    const ours = first.writes[0]?.annotation ?? '';
    const again = new Map([['B2', { fill: { color: VERDICT_FILL.verified, pattern: 'Solid' }, note: ours }]]);
    const fresh = { ...target, newId: () => 'other' };
    expect(planMarks(fresh, cells, again).records).toEqual([]);
    const changed = planMarks(fresh, [{ ...cells[0]!, verdict: 'contradicted' as const }], again);
    expect(changed.records).toMatchObject([
      { id: 'k1-0', update: true, markColor: VERDICT_FILL.contradicted },
    ]);
    expect(changed.writes[0]?.pattern).toBeDefined();
  });

  it("leaves a user's comment alone where comments stand in for notes", () => {
    const cells = [{ address: 'C3', verdict: 'contradicted' as const, explanation: 'x', figure: null }];
    const originals = new Map([
      ['C3', { fill: { color: '#FFFFFF' }, note: null, hasComment: true, comment: 'hi' }],
    ]);
    const plan = planMarks(
      { sheetId: '{S1}', sheet: 'Data', kind: 'comment', patterns: false, newId: () => 'k2-0' },
      cells,
      originals,
    );
    expect(plan.writes[0]?.annotation).toBeNull();
    expect(plan.records[0]?.annotation).toBe('none');
  });

  it('batches writes by size, never splitting below one item', () => {
    expect(batchesBySize([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]]);
  });

  it('restores fill and note exactly, and keeps what the user changed since', () => {
    const mine = `${NOTE_MARK}verified\n...`;
    expect(planRestore(record(), { fillColor: VERDICT_FILL.verified, annotationText: mine })).toMatchObject({
      fill: { kind: 'set', color: '#FFFF00', pattern: 'Solid' },
      annotation: { kind: 'set', text: 'my note' },
      userChanged: false,
    });
    expect(
      planRestore(record({ hadFill: false, color: '', hadNote: false, noteText: '' }), {
        fillColor: VERDICT_FILL.verified.toLowerCase(),
        annotationText: mine,
      }),
    ).toMatchObject({
      fill: { kind: 'clear' },
      annotation: { kind: 'delete' },
    });
    expect(planRestore(record(), { fillColor: '#0000FF', annotationText: 'edited by me' })).toMatchObject({
      fill: { kind: 'keep' },
      annotation: { kind: 'keep' },
      userChanged: true,
    });
    expect(
      planRestore(record(), { fillColor: VERDICT_FILL.verified, annotationText: null }).annotation,
    ).toEqual({ kind: 'add', text: 'my note' });
  });
});

describe('results list model', () => {
  it('orders by urgency, counts per verdict, and pages long lists', () => {
    const cells = checkBlock(
      {
        block: { index: 0, startRow: 0, rowCount: 3, columnIndex: 0, columnCount: 2 },
        sheetName: 'S',
        values: [
          ['defective vehicles recalled in 2023', 6728000],
          ['defective vehicles recalled in 2023', 7280000],
          ['effective implementation rate of national standards', 0.937],
        ],
        numberFormats: [
          ['General', 'General'],
          ['General', 'General'],
          ['General', '0.0%'],
        ],
      },
      set,
    );
    const b = new ResultsBuilder();
    b.add('S', cells, 6, 6);
    const model = b.build();
    expect(model.message).toBeNull();
    expect(model.items.map((i) => [i.address, i.verdict])).toEqual([
      ['B2', 'contradicted'],
      ['B1', 'verified'],
      ['B3', 'verified'],
    ]);
    expect(model.items[0]).toMatchObject({
      shown: '7,280,000',
      official: '6,728,000',
      attribution: 'SAMR, 2024-02-21',
    });
    expect(model.items[2]?.shown).toBe('93.7%');
    expect(countsLine(model.counts)).toBe('1 contradicted · 2 verified');
    expect(visibleItems(model, 'verified', 1)).toMatchObject({ hidden: 1 });
  });

  it('explains an empty or non-numeric selection', () => {
    const empty = new ResultsBuilder();
    empty.add('S', [], 4, 0);
    expect(empty.build().message).toBe(EMPTY_MESSAGE);
    const words = new ResultsBuilder();
    words.add('S', [], 4, 2);
    expect(words.build().message).toBe(NOTHING_TO_CHECK_MESSAGE);
  });
});

describe('series of a checked figure', () => {
  const cell = checkBlock(
    {
      block: { index: 0, startRow: 0, rowCount: 2, columnIndex: 0, columnCount: 2 },
      sheetName: 'Recalls',
      values: [
        ['Indicator', 'Value'],
        ['defective vehicles recalled in 2023', 7280000],
      ],
    },
    set,
  )[0];

  it("is core's series, oldest first, with the checked date current", () => {
    const view = seriesView(cell?.figure, set);
    expect(view?.line).toContain('[2023: 6,728,000]');
    expect(view?.bars.map((b) => b.label).slice(0, 3)).toEqual(['2022', '2023', '2024']);
    expect(view?.bars.filter((b) => b.current).map((b) => b.value)).toEqual([6728000]);
  });

  it('is carried by the result item and written in the note', () => {
    const builder = new ResultsBuilder(set);
    if (cell) builder.add('Recalls', [cell], 4, 4);
    expect(builder.build().items[0]?.series?.line).toContain('[2023: 6,728,000]');
    expect(new ResultsBuilder().build().items).toEqual([]);
    const note = noteText(
      { verdict: 'contradicted', explanation: 'x', figure: null, series: 'a · [b]' },
      'k1',
    );
    expect(note.split('\n')).toEqual([`${NOTE_MARK}contradicted`, 'x', 'Series: a · [b]', '[fc:k1]']);
  });
});

describe('theme', () => {
  it("follows Office's body background when there is one, else the system", () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000')).toBe(0);
    expect(luminance('blue')).toBeNull();
    expect(chooseTheme('#262626', false)).toBe('dark');
    expect(chooseTheme('#FFFFFF', true)).toBe('light');
    expect(chooseTheme(null, true)).toBe('dark');
    expect(chooseTheme(undefined, false)).toBe('light');
    expect(chooseTheme('not a colour', true)).toBe('dark');
  });
});
