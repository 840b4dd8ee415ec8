/**
 * A scripted Excel for tests, built from office-addin-mock's OfficeMockObject: ranges, fills
 * and notes are mock objects, so a property read without `load` + `sync` comes back as the
 * mock's "not loaded" error, as in Excel. Writes are queued when they are made and applied in
 * that order at `context.sync()`; a write Excel would refuse (a protected sheet, a locked cell)
 * fails the sync there, and the rest of the batch is dropped, as in Excel. Sheets have ids, can
 * be renamed, sorted and have rows inserted (cells move with their fills and notes); rows and
 * columns can be hidden, cells merged. It counts syncs, loads and request sizes.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '@figure-check/core';
import { cellAddress, parseAreas, parseCellAddress, type Rect } from '../src/lib/address.ts';
import type { ExcelRun, HostCapabilities } from '../src/excel/host.ts';

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
}

export interface FakeCell {
  value?: CellValue;
  format?: string;
  fill?: FakeFill;
  note?: string;
  comment?: string;
}

/** Excel's "no fill": white, pattern None. */
export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };

/** What the fake workbook supports: everything a current Excel has except data-type entities. */
export const FAKE_CAPABILITIES: HostCapabilities = {
  notes: true,
  comments: true,
  fillPattern: true,
  entities: false,
  layout: true,
};

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, '0')}}`;
  cells = new Map<string, FakeCell>();
  visibility = 'Visible';
  /** Protected: every change to a cell fails. */
  protected = false;
  /** Cells whose changes fail (a locked cell of a sheet protected part-way, say). */
  readonly locked = new Set<string>();
  /** Merged areas ("A2:A4"). */
  readonly merges: string[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** Conditional format rules on the sheet (count only). */
  conditionalFormats = 0;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = {}));
    return c;
  }

  at(address: string): FakeCell {
    const [r, c] = parseCellAddress(address);
    return this.cell(r, c);
  }

  /** Fills rows of values from (row, col). */
  put(row: number, col: number, rows: CellValue[][], format?: string): this {
    rows.forEach((values, i) =>
      values.forEach((v, j) => {
        const cell = this.cell(row + i, col + j);
        cell.value = v;
        if (format) cell.format = format;
      }),
    );
    return this;
  }

  /** Inserts `count` empty rows before `row` (zero-based): cells below move down with fills and notes. */
  insertRows(row: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      moved.set(`${r >= row ? r + count : r},${c}`, cell);
    }
    this.cells = moved;
  }

  /** Sorts rows top..bottom (zero-based, inclusive) by the value in `col`, whole rows moving with their formats and notes. */
  sortRows(top: number, bottom: number, col: number, descending = false): void {
    const rows: Array<Map<number, FakeCell>> = [];
    for (let r = top; r <= bottom; r++) {
      const row = new Map<number, FakeCell>();
      for (const [key, cell] of this.cells) {
        const [kr, kc] = key.split(',').map(Number) as [number, number];
        if (kr === r) row.set(kc, cell);
      }
      rows.push(row);
    }
    const key = (row: Map<number, FakeCell>) => {
      const v = row.get(col)?.value;
      return typeof v === 'number' ? v : Number.NaN;
    };
    rows.sort((a, b) => (descending ? key(b) - key(a) : key(a) - key(b)));
    for (const k of [...this.cells.keys()]) {
      const r = Number(k.split(',')[0]);
      if (r >= top && r <= bottom) this.cells.delete(k);
    }
    rows.forEach((row, i) => row.forEach((cell, c) => this.cells.set(`${top + i},${c}`, cell)));
  }

  /** Address of the cell holding `note`, or null. */
  whereIsNote(predicate: (note: string) => boolean): string | null {
    for (const [key, cell] of this.cells) {
      if (cell.note !== undefined && predicate(cell.note)) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        return cellAddress(r, c);
      }
    }
    return null;
  }

  /** Bounding box of non-empty values, or null. */
  usedBox(): Rect | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [key, cell] of this.cells) {
      if (cell.value === undefined || cell.value === null || cell.value === '') continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0
      ? null
      : { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

interface Op {
  sheet: FakeSheet | null;
  cells: string[];
  bytes: number;
  apply: () => void;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active = 0;
  selection: { sheet: string; areas: Rect[] } | null = null;
  /** The workbook culture's decimal separator (`application.cultureInfo`). */
  decimalSeparator: '.' | ',' = '.';
  syncs = 0;
  loads = 0;
  /** Cells read through range loads of `values` (a measure of read volume). */
  cellsLoaded = 0;
  runs = 0;
  /** Largest sum of written bytes in one sync (values, formats, note text): the request size. */
  largestRequest = 0;
  /** Fails the sync that applies the write numbered this (1-based, over the workbook's life). */
  failAtWrite: number | null = null;
  writes = 0;

  sheet(name: string): FakeSheet {
    let s = this.sheets.find((x) => x.name === name);
    if (!s) this.sheets.push((s = new FakeSheet(name)));
    return s;
  }

  /** Selects one area ("A1:B5") or several ("A1:B5,D1:D5") on `sheet` and activates it. */
  select(sheet: string, address: string): void {
    this.selection = { sheet, areas: parseAreas(address) };
    this.active = this.sheets.findIndex((s) => s.name === sheet);
  }

  /** `Excel.run` for this workbook. */
  readonly run: ExcelRun = async (batch) => {
    this.runs++;
    const ctx = new FakeContext(this);
    return batch(ctx.context as unknown as Excel.RequestContext);
  };
}

/** Defines `prop` on `obj` as a getter/setter whose sets (outside a sync) call `onSet`. */
function watch(obj: object, prop: string, onSet: (value: unknown) => void, quiet: () => boolean): void {
  let current = (obj as Record<string, unknown>)[prop];
  Object.defineProperty(obj, prop, {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (v: unknown) => {
      current = v;
      // The mock itself sets "not loaded" / "not synced" error strings on load: not writes.
      const mockState = typeof v === 'string' && v.startsWith('Error, ');
      if (!quiet() && !mockState) onSet(v);
    },
  });
}

function visibleAreas(sheet: FakeSheet, box: Rect): Rect[] {
  const runs = (start: number, count: number, hidden: Set<number>) => {
    const out: Array<[number, number]> = [];
    let from = -1;
    for (let i = start; i <= start + count; i++) {
      const shown = i < start + count && !hidden.has(i);
      if (shown && from < 0) from = i;
      if (!shown && from >= 0) {
        out.push([from, i - from]);
        from = -1;
      }
    }
    return out;
  };
  const areas: Rect[] = [];
  for (const [r, nr] of runs(box.rowIndex, box.rowCount, sheet.hiddenRows))
    for (const [c, nc] of runs(box.columnIndex, box.columnCount, sheet.hiddenColumns))
      areas.push({ rowIndex: r, columnIndex: c, rowCount: nr, columnCount: nc });
  return areas;
}

const rectAddress = (r: Rect) =>
  r.rowCount === 1 && r.columnCount === 1
    ? cellAddress(r.rowIndex, r.columnIndex)
    : `${cellAddress(r.rowIndex, r.columnIndex)}:${cellAddress(r.rowIndex + r.rowCount - 1, r.columnIndex + r.columnCount - 1)}`;

const DATE_FORMAT = /^(?!general$)[^"]*[dmyhs]/i;

/** One `Excel.run`: its proxies, queued operations, and sync. */
class FakeContext {
  private readonly mocks: OfficeMockObject[] = [];
  private queue: Op[] = [];
  private syncing = false;
  readonly context: Record<string, unknown>;

  constructor(private readonly book: FakeWorkbook) {
    const quiet = () => this.syncing;
    void quiet;
    this.context = {
      workbook: {
        worksheets: this.worksheets(),
        getSelectedRange: () => {
          const s = book.selection;
          const a = s?.areas[0];
          if (!s || !a) throw new Error('no selection');
          return this.range(book.sheet(s.sheet), a.rowIndex, a.columnIndex, a.rowCount, a.columnCount);
        },
        getSelectedRanges: () => {
          const s = book.selection;
          if (!s) throw new Error('no selection');
          return {
            isNullObject: false,
            address: s.areas.map((a) => `${s.sheet}!${rectAddress(a)}`).join(','),
            load: () => void book.loads++,
          };
        },
        application: {
          cultureInfo: {
            numberFormat: {
              numberDecimalSeparator: book.decimalSeparator,
              load: () => void book.loads++,
            },
          },
        },
        comments: {
          add: (address: string, content: string) =>
            this.write(this.sheetOf(address), [address], content.length, () => {
              this.sheetOf(address).at(address).comment = content;
            }),
          getItemByCell: (address: string) => {
            // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters, setters and callbacks below run with another `this`
            const self = this;
            return {
              set content(text: string) {
                self.write(self.sheetOf(address), [address], text.length, () => {
                  self.sheetOf(address).at(address).comment = text;
                });
              },
              delete: () =>
                this.write(this.sheetOf(address), [address], 0, () => {
                  delete this.sheetOf(address).at(address).comment;
                }),
            };
          },
        },
      },
      sync: async () => {
        book.syncs++;
        this.syncing = true;
        try {
          for (const m of this.mocks) await m.sync();
        } finally {
          this.syncing = false;
        }
        const ops = this.queue;
        this.queue = [];
        let bytes = 0;
        for (const op of ops) {
          bytes += op.bytes;
          if (op.cells.length > 0) {
            book.writes++;
            const refused =
              op.sheet !== null &&
              (op.sheet.protected ||
                op.cells.some((a) => op.sheet?.locked.has(a.split('!').pop()?.toUpperCase() ?? '')) ||
                book.failAtWrite === book.writes);
            if (refused) throw new Error('InvalidOperation: the cell you are trying to change is protected.');
          }
          op.apply();
        }
        book.largestRequest = Math.max(book.largestRequest, bytes);
      },
    };
  }

  /** Queues a change to `cells` of `sheet` (reads pass no cells). */
  private write(sheet: FakeSheet | null, cells: string[], bytes: number, apply: () => void): void {
    this.queue.push({ sheet, cells, bytes: bytes + 64, apply });
  }

  private sheetOf(address: string): FakeSheet {
    const name = address.includes('!')
      ? address.split('!')[0]!.replace(/^'|'$/g, '').replace(/''/g, "'")
      : this.book.sheets[this.book.active]!.name;
    return this.book.sheet(name);
  }

  private track(m: OfficeMockObject): OfficeMockObject {
    const load = m.load.bind(m);
    m.load = (arg: string | string[]) => {
      this.book.loads++;
      if (typeof arg === 'string' && /\bvalues\b/.test(arg) && typeof m.rowCount !== 'undefined')
        this.book.cellsLoaded += (m._rows as number) * (m._cols as number);
      return load(arg);
    };
    this.mocks.push(m);
    return m;
  }

  private find(key: string): FakeSheet | undefined {
    return this.book.sheets.find((x) => x.name === key || x.id === key);
  }

  private worksheets(): Record<string, unknown> {
    const book = this.book;
    const coll: Record<string, unknown> = {
      items: [] as unknown[],
      getActiveWorksheet: () => this.worksheet(book.sheets[book.active]!),
      getItem: (key: string) => {
        const s = this.find(key);
        if (!s) throw new Error(`ItemNotFound: ${key}`);
        return this.worksheet(s);
      },
      getItemOrNullObject: (key: string) => {
        const s = this.find(key);
        return s ? this.worksheet(s) : { isNullObject: true, load() {}, notes: { load() {}, items: [] } };
      },
      add: (name: string) => this.worksheet(book.sheet(name)),
      load: () => {
        book.loads++;
        this.write(null, [], 0, () => (coll.items = book.sheets.map((s) => ({ name: s.name, id: s.id }))));
      },
    };
    return coll;
  }

  private worksheet(sheet: FakeSheet): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters, setters and callbacks below run with another `this`
    const self = this;
    const book = this.book;
    const ws = this.track(
      new OfficeMockObject({
        name: sheet.name,
        id: sheet.id,
        protection: { protected: sheet.protected },
        getRange: (address?: string) => {
          if (!address) return this.range(sheet, 0, 0, 1_048_576, 16_384);
          const [a, b] = address.split(':');
          if (/^[A-Z]+$/i.test(a ?? '')) {
            const [, c0] = parseCellAddress(`${a}1`);
            const [, c1] = parseCellAddress(`${b}1`);
            return this.range(sheet, 0, c0, 1_048_576, c1 - c0 + 1);
          }
          const [r0, c0] = parseCellAddress(a ?? 'A1');
          const [r1, c1] = parseCellAddress(b ?? a ?? 'A1');
          return this.range(sheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
        },
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
          this.range(sheet, r, c, rows, cols),
        getUsedRangeOrNullObject: () => {
          const box = sheet.usedBox();
          return box
            ? this.range(sheet, box.rowIndex, box.columnIndex, box.rowCount, box.columnCount)
            : { isNullObject: true, load() {} };
        },
        activate: () => this.write(null, [], 0, () => (book.active = book.sheets.indexOf(sheet))),
        delete: () => this.write(null, [], 0, () => book.sheets.splice(book.sheets.indexOf(sheet), 1)),
        comments: {
          items: [],
          load: function (this: { items: unknown[] }) {
            book.loads++;
            // eslint-disable-next-line @typescript-eslint/no-this-alias -- the collection itself, filled at sync
            const target = this;
            self.write(null, [], 0, () => {
              target.items = [...sheet.cells.entries()]
                .filter(([, c]) => c.comment !== undefined)
                .map(([key, c]) => {
                  const [r, col] = key.split(',').map(Number) as [number, number];
                  return {
                    content: c.comment,
                    getLocation: () => ({ address: `${sheet.name}!${cellAddress(r, col)}`, load() {} }),
                  };
                });
            });
          },
        },
      }),
    );
    Object.defineProperty(ws, 'isNullObject', { value: false });
    Object.defineProperty(ws, 'visibility', {
      set(v: string) {
        self.write(null, [], 0, () => (sheet.visibility = v));
      },
    });
    (ws as unknown as Record<string, unknown>).notes = this.notes(sheet);
    return ws;
  }

  /** `Worksheet.notes`: add, get by cell, and the collection with each note's location. */
  private notes(sheet: FakeSheet): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters, setters and callbacks below run with another `this`
    const self = this;
    const coll: Record<string, unknown> = {
      items: [] as unknown[],
      add: (address: string, content: string) =>
        this.write(sheet, [address], content.length * 2, () => {
          if (sheet.at(address).note !== undefined)
            throw new Error('InvalidArgument: the cell already has a note');
          sheet.at(address).note = content;
        }),
      getItemOrNullObject: (address: string) => this.note(sheet, address),
      load: () => {
        this.book.loads++;
        this.write(null, [], 0, () => {
          coll.items = [...sheet.cells.values()]
            .filter((c) => c.note !== undefined)
            .map((cell) => {
              const item = {
                content: cell.note,
                getLocation: () => {
                  // Where the note's cell is when the location is read (after moves, at sync).
                  const location = { address: '', load: () => void self.book.loads++ };
                  self.write(null, [], 0, () => {
                    for (const [key, c] of sheet.cells)
                      if (c === cell) {
                        const [r, col] = key.split(',').map(Number) as [number, number];
                        location.address = `${sheet.name}!${cellAddress(r, col)}`;
                      }
                  });
                  return location;
                },
                delete: () =>
                  self.write(sheet, [self.addressOf(sheet, cell)], 0, () => {
                    delete cell.note;
                  }),
              };
              watch(
                item,
                'content',
                (v) =>
                  self.write(sheet, [self.addressOf(sheet, cell)], String(v).length * 2, () => {
                    cell.note = String(v);
                  }),
                () => false,
              );
              return item;
            });
        });
      },
    };
    return coll;
  }

  private addressOf(sheet: FakeSheet, cell: FakeCell): string {
    for (const [key, c] of sheet.cells)
      if (c === cell) {
        const [r, col] = key.split(',').map(Number) as [number, number];
        return cellAddress(r, col);
      }
    return '';
  }

  private note(sheet: FakeSheet, address: string): OfficeMockObject {
    const had = sheet.at(address).note;
    const m = this.track(
      new OfficeMockObject({
        content: had ?? '',
        delete: () => this.write(sheet, [address], 0, () => delete sheet.at(address).note),
      }),
    );
    Object.defineProperty(m, 'isNullObject', { value: had === undefined });
    watch(
      m,
      'content',
      (v) => this.write(sheet, [address], String(v).length * 2, () => (sheet.at(address).note = String(v))),
      () => this.syncing,
    );
    return m;
  }

  private range(
    sheet: FakeSheet,
    rowIndex: number,
    columnIndex: number,
    rowCount: number,
    columnCount: number,
  ): OfficeMockObject {
    // Whole columns are clipped for reading, as a fake has no million-row arrays.
    const box = rowCount > 100_000 ? sheet.usedBox() : null;
    const readRows =
      rowCount > 100_000 ? Math.max(0, (box ? box.rowIndex + box.rowCount : 0) - rowIndex) : rowCount;
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    const categories: string[][] = [];
    for (let r = 0; r < readRows; r++) {
      const vr: CellValue[] = [];
      const fr: string[] = [];
      const cr: string[] = [];
      for (let c = 0; c < columnCount; c++) {
        const cell = sheet.cells.get(`${rowIndex + r},${columnIndex + c}`);
        const format = cell?.format ?? 'General';
        vr.push(cell?.value ?? '');
        fr.push(format);
        cr.push(
          /%/.test(format)
            ? 'Percentage'
            : /^h+:mm/i.test(format)
              ? 'Time'
              : DATE_FORMAT.test(format)
                ? 'Date'
                : 'General',
        );
      }
      values.push(vr);
      formats.push(fr);
      categories.push(cr);
    }
    const single = rowCount === 1 && columnCount === 1;
    const cell0 = single ? sheet.cells.get(`${rowIndex},${columnIndex}`) : undefined;
    const fill0 = cell0?.fill ?? NO_FILL;
    const here = cellAddress(rowIndex, columnIndex);
    const rect: Rect = { rowIndex, columnIndex, rowCount: readRows, columnCount };
    const m = this.track(
      new OfficeMockObject({
        address: `${sheet.name}!${cellAddress(rowIndex, columnIndex)}${single ? '' : `:${cellAddress(rowIndex + rowCount - 1, columnIndex + columnCount - 1)}`}`,
        rowIndex,
        columnIndex,
        rowCount: readRows,
        columnCount,
        values,
        numberFormat: formats,
        numberFormatCategories: categories,
        format: {
          fill: {
            color: fill0.color,
            pattern: fill0.pattern,
            patternColor: fill0.patternColor,
            clear: () =>
              this.write(sheet, [here], 0, () => (sheet.cell(rowIndex, columnIndex).fill = { ...NO_FILL })),
          },
        },
        conditionalFormats: {
          getCount: () => ({ value: sheet.conditionalFormats }),
        },
        select: () =>
          this.write(null, [], 0, () => {
            this.book.selection = {
              sheet: sheet.name,
              areas: [{ rowIndex, columnIndex, rowCount, columnCount }],
            };
          }),
        getUsedRangeOrNullObject: () => {
          const b = sheet.usedBox();
          if (!b) return { isNullObject: true, load() {} };
          const top = Math.max(b.rowIndex, rowIndex);
          const left = Math.max(b.columnIndex, columnIndex);
          const bottom = Math.min(b.rowIndex + b.rowCount, rowIndex + rowCount);
          const right = Math.min(b.columnIndex + b.columnCount, columnIndex + columnCount);
          if (bottom <= top || right <= left) return { isNullObject: true, load() {} };
          return this.range(sheet, top, left, bottom - top, right - left);
        },
        getSpecialCellsOrNullObject: () => {
          const areas = visibleAreas(sheet, rect);
          return {
            isNullObject: areas.length === 0,
            address: areas.map((a) => `${sheet.name}!${rectAddress(a)}`).join(','),
            load: () => void this.book.loads++,
          };
        },
        getMergedAreasOrNullObject: () => {
          const inside = sheet.merges
            .flatMap((a) => parseAreas(a))
            .filter(
              (a) =>
                a.rowIndex < rowIndex + readRows &&
                a.rowIndex + a.rowCount > rowIndex &&
                a.columnIndex < columnIndex + columnCount &&
                a.columnIndex + a.columnCount > columnIndex,
            );
          return {
            isNullObject: inside.length === 0,
            address: inside.map((a) => `${sheet.name}!${rectAddress(a)}`).join(','),
            load: () => void this.book.loads++,
          };
        },
      }),
    );
    m._rows = readRows;
    m._cols = columnCount;
    Object.defineProperty(m, 'isNullObject', { value: false });
    const quiet = () => this.syncing;
    const cellsOf = (rows: unknown[][]) =>
      rows.flatMap((row, r) => row.map((_, c) => cellAddress(rowIndex + r, columnIndex + c)));
    watch(
      m,
      'values',
      (v) => {
        const rows = v as CellValue[][];
        this.write(sheet, cellsOf(rows), JSON.stringify(rows).length, () =>
          rows.forEach((row, r) =>
            row.forEach((x, c) => (sheet.cell(rowIndex + r, columnIndex + c).value = x)),
          ),
        );
      },
      quiet,
    );
    watch(
      m,
      'numberFormat',
      (v) => {
        const rows = v as string[][];
        this.write(sheet, cellsOf(rows), JSON.stringify(rows).length, () =>
          rows.forEach((row, r) =>
            row.forEach((f, c) => (sheet.cell(rowIndex + r, columnIndex + c).format = f)),
          ),
        );
      },
      quiet,
    );
    const fill = (m.format as { fill: Record<string, unknown> }).fill;
    for (const key of ['color', 'pattern', 'patternColor'] as const) {
      watch(
        fill,
        key,
        (v) =>
          this.write(sheet, [here], 40, () => {
            const next = { ...(sheet.cell(rowIndex, columnIndex).fill ?? NO_FILL) };
            next[key] = String(v);
            if (key === 'color' && next.pattern === 'None') next.pattern = 'Solid';
            sheet.cell(rowIndex, columnIndex).fill = next;
          }),
        quiet,
      );
    }
    return m;
  }
}
