/**
 * A scripted Excel for tests, built from office-addin-mock's OfficeMockObject: ranges, fills
 * and notes are mock objects, so a property read without `load` + `sync` comes back as the
 * mock's "not loaded" error, as in Excel. Writes reach the fake workbook at `context.sync()`.
 * It counts syncs and loads.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '@figure-check/core';
import { cellAddress, parseCellAddress } from '../src/lib/address.ts';
import type { ExcelRun } from '../src/excel/host.ts';

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

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility = 'Visible';
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

  /** Bounding box of non-empty values, or null. */
  usedBox(): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null {
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

type Op = () => void;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active = 0;
  selection: {
    sheet: string;
    rowIndex: number;
    columnIndex: number;
    rowCount: number;
    columnCount: number;
  } | null = null;
  syncs = 0;
  loads = 0;
  /** Cells read through range loads of `values` (a measure of read volume). */
  cellsLoaded = 0;
  runs = 0;

  sheet(name: string): FakeSheet {
    let s = this.sheets.find((x) => x.name === name);
    if (!s) this.sheets.push((s = new FakeSheet(name)));
    return s;
  }

  select(sheet: string, address: string): void {
    const [a, b] = address.split(':');
    const [r0, c0] = parseCellAddress(a ?? 'A1');
    const [r1, c1] = parseCellAddress(b ?? a ?? 'A1');
    this.selection = {
      sheet,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: r1 - r0 + 1,
      columnCount: c1 - c0 + 1,
    };
    this.active = this.sheets.findIndex((s) => s.name === sheet);
  }

  /** `Excel.run` for this workbook. */
  readonly run: ExcelRun = async (batch) => {
    this.runs++;
    const ctx = new FakeContext(this);
    return batch(ctx.context as unknown as Excel.RequestContext);
  };
}

/** One `Excel.run`: its proxies, queued operations, and sync. */
class FakeContext {
  private readonly mocks: OfficeMockObject[] = [];
  private readonly ops: Op[] = [];
  private readonly diffs: Op[] = [];
  readonly context: Record<string, unknown>;

  constructor(private readonly book: FakeWorkbook) {
    this.context = {
      workbook: {
        worksheets: this.worksheets(),
        getSelectedRange: () => {
          const s = book.selection;
          if (!s) throw new Error('no selection');
          return this.range(book.sheet(s.sheet), s.rowIndex, s.columnIndex, s.rowCount, s.columnCount);
        },
        comments: {
          add: (address: string, content: string) =>
            this.ops.push(() => (this.sheetOf(address).at(address).comment = content)),
          getItemByCell: (address: string) => {
            const self = this;
            return {
              set content(text: string) {
                self.ops.push(() => (self.sheetOf(address).at(address).comment = text));
              },
              delete: () => this.ops.push(() => delete this.sheetOf(address).at(address).comment),
            };
          },
        },
      },
      sync: async () => {
        book.syncs++;
        for (const m of this.mocks) await m.sync();
        for (const op of this.ops.splice(0)) op();
        for (const d of this.diffs) d();
      },
    };
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

  private worksheets(): Record<string, unknown> {
    const book = this.book;
    const coll: Record<string, unknown> = {
      items: [] as unknown[],
      getActiveWorksheet: () => this.worksheet(book.sheets[book.active]!),
      getItem: (name: string) => {
        const s = book.sheets.find((x) => x.name === name);
        if (!s) throw new Error(`ItemNotFound: ${name}`);
        return this.worksheet(s);
      },
      getItemOrNullObject: (name: string) => {
        const s = book.sheets.find((x) => x.name === name);
        return s ? this.worksheet(s) : { isNullObject: true };
      },
      add: (name: string) => this.worksheet(book.sheet(name)),
      load: (arg: string) => {
        book.loads++;
        this.ops.push(() => (coll.items = book.sheets.map((s) => ({ name: s.name }))));
        void arg;
      },
    };
    return coll;
  }

  private worksheet(sheet: FakeSheet): Record<string, unknown> {
    const self = this;
    const book = this.book;
    const ws = this.track(
      new OfficeMockObject({
        name: sheet.name,
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
        activate: () => this.ops.push(() => (book.active = book.sheets.indexOf(sheet))),
        delete: () => this.ops.push(() => book.sheets.splice(book.sheets.indexOf(sheet), 1)),
        notes: {
          add: (address: string, content: string) => this.ops.push(() => (sheet.at(address).note = content)),
          getItemOrNullObject: (address: string) => this.note(sheet, address),
        },
        comments: {
          items: [],
          load: function (this: { items: unknown[] }) {
            book.loads++;
            const target = this;
            self.ops.push(() => {
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
        self.ops.push(() => (sheet.visibility = v));
      },
    });
    return ws;
  }

  private note(sheet: FakeSheet, address: string): OfficeMockObject {
    const had = sheet.at(address).note;
    const m = this.track(
      new OfficeMockObject({
        content: had ?? '',
        delete: () => this.ops.push(() => delete sheet.at(address).note),
      }),
    );
    Object.defineProperty(m, 'isNullObject', { value: had === undefined });
    const loaded = had ?? '';
    this.diffs.push(() => {
      const now = m.content as unknown;
      if (typeof now === 'string' && !now.startsWith('Error, ') && now !== loaded && had !== undefined)
        sheet.at(address).note = now;
    });
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
    for (let r = 0; r < readRows; r++) {
      const vr: CellValue[] = [];
      const fr: string[] = [];
      for (let c = 0; c < columnCount; c++) {
        const cell = sheet.cells.get(`${rowIndex + r},${columnIndex + c}`);
        vr.push(cell?.value ?? '');
        fr.push(cell?.format ?? 'General');
      }
      values.push(vr);
      formats.push(fr);
    }
    const single = rowCount === 1 && columnCount === 1;
    const cell0 = single ? sheet.cells.get(`${rowIndex},${columnIndex}`) : undefined;
    const fill0 = cell0?.fill ?? NO_FILL;
    const clearFill = () => this.ops.push(() => (sheet.cell(rowIndex, columnIndex).fill = { ...NO_FILL }));
    const m = this.track(
      new OfficeMockObject({
        address: `${sheet.name}!${cellAddress(rowIndex, columnIndex)}${single ? '' : `:${cellAddress(rowIndex + rowCount - 1, columnIndex + columnCount - 1)}`}`,
        rowIndex,
        columnIndex,
        rowCount: readRows,
        columnCount,
        values,
        numberFormat: formats,
        format: {
          fill: {
            color: fill0.color,
            pattern: fill0.pattern,
            patternColor: fill0.patternColor,
            clear: clearFill,
          },
        },
        select: () =>
          this.ops.push(
            () => (this.book.selection = { sheet: sheet.name, rowIndex, columnIndex, rowCount, columnCount }),
          ),
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
      }),
    );
    m._rows = readRows;
    m._cols = columnCount;
    Object.defineProperty(m, 'isNullObject', { value: false });
    // Writes: values/numberFormat assigned, fill properties assigned.
    this.diffs.push(() => {
      if (m.values !== values && Array.isArray(m.values)) {
        (m.values as CellValue[][]).forEach((row, r) =>
          row.forEach((v, c) => (sheet.cell(rowIndex + r, columnIndex + c).value = v)),
        );
      }
      if (m.numberFormat !== formats && Array.isArray(m.numberFormat)) {
        (m.numberFormat as string[][]).forEach((row, r) =>
          row.forEach((f, c) => (sheet.cell(rowIndex + r, columnIndex + c).format = f)),
        );
      }
      const fill = (m.format as { fill: Record<string, unknown> }).fill;
      const cur = sheet.cell(rowIndex, columnIndex).fill ?? { ...NO_FILL };
      const changed = (k: 'color' | 'pattern' | 'patternColor') =>
        typeof fill[k] === 'string' &&
        !(fill[k] as string).startsWith('Error, ') &&
        fill[k] !== fill0[k] &&
        fill[k] !== cur[k];
      if (changed('pattern') || changed('color') || changed('patternColor')) {
        const next = { ...cur };
        if (changed('pattern')) next.pattern = fill.pattern as string;
        if (changed('patternColor')) next.patternColor = fill.patternColor as string;
        if (changed('color')) {
          next.color = fill.color as string;
          if (next.pattern === 'None') next.pattern = 'Solid';
        }
        sheet.cell(rowIndex, columnIndex).fill = next;
      }
    });
    return m;
  }
}
