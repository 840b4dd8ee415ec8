/**
 * A scripted stand-in for the Excel host inside the browser page (injected before the page's
 * scripts with `page.addInitScript`), on top of the real Office.js: just the Excel calls the pane
 * makes, over a small sheet. Self-contained: it is serialized into the page.
 */
export function installFakeOffice(sheetRows: Array<Array<string | number>>): void {
  type Cell = { value: string | number; format: string; fill: string | null; note: string | null };
  const sheets = new Map<string, Map<string, Cell>>();
  const data = new Map<string, Cell>();
  sheetRows.forEach((row, r) =>
    row.forEach((value, c) =>
      data.set(`${r},${c}`, {
        value,
        format: typeof value === 'number' && value < 1 && value > 0 ? '0.0%' : 'General',
        fill: null,
        note: null,
      }),
    ),
  );
  sheets.set('Figures', data);
  const letters = (c: number) => {
    let s = '';
    let n = c + 1;
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const parse = (a: string): [number, number] => {
    const m = /([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, '')) ?? ['', 'A', '1'];
    let c = 0;
    for (const ch of m[1] ?? 'A') c = c * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]) - 1, c - 1];
  };
  const rows = sheetRows.length;
  const cols = Math.max(...sheetRows.map((r) => r.length));
  (window as unknown as { __fakeExcel: unknown }).__fakeExcel = {
    sheets,
    syncs: 0,
    selected: null as string | null,
    /** What the real Office.onReady reported as host (null outside Office). */
    realHost: undefined as unknown,
  };
  const state = (
    window as unknown as { __fakeExcel: { syncs: number; selected: string | null; realHost: unknown } }
  ).__fakeExcel;

  function range(name: string, r0: number, c0: number, nr: number, nc: number) {
    const cells = sheets.get(name) ?? new Map<string, Cell>();
    const get = (r: number, c: number) =>
      cells.get(`${r},${c}`) ?? { value: '', format: 'General', fill: null, note: null };
    const ensure = (r: number, c: number) => {
      let x = cells.get(`${r},${c}`);
      if (!x) cells.set(`${r},${c}`, (x = { value: '', format: 'General', fill: null, note: null }));
      return x;
    };
    const grid = <T>(f: (cell: Cell) => T) =>
      Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => f(get(r0 + i, c0 + j))));
    return {
      isNullObject: false,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: nr,
      columnCount: nc,
      address: `${name}!${letters(c0)}${r0 + 1}:${letters(c0 + nc - 1)}${r0 + nr}`,
      get values() {
        return grid((c) => c.value);
      },
      set values(v: unknown[][]) {
        v.forEach((row, i) => row.forEach((x, j) => (ensure(r0 + i, c0 + j).value = x as string)));
      },
      get numberFormat() {
        return grid((c) => c.format);
      },
      get numberFormatCategories() {
        return grid((c) => (c.format.includes('%') ? 'Percentage' : 'General'));
      },
      getSpecialCellsOrNullObject() {
        return { isNullObject: false, address: this.address, load() {} };
      },
      getMergedAreasOrNullObject() {
        return { isNullObject: true, address: '', load() {} };
      },
      conditionalFormats: { getCount: () => ({ value: 0 }) },
      set numberFormat(_v: unknown) {},
      format: {
        fill: {
          get color() {
            return get(r0, c0).fill ?? '#FFFFFF';
          },
          set color(v: string) {
            ensure(r0, c0).fill = v;
          },
          get pattern() {
            return get(r0, c0).fill ? 'Solid' : 'None';
          },
          set pattern(_v: string) {},
          patternColor: '#000000',
          load() {},
          clear() {
            ensure(r0, c0).fill = null;
          },
        },
      },
      load() {},
      select() {
        state.selected = `${name}!${letters(c0)}${r0 + 1}`;
      },
      getUsedRangeOrNullObject() {
        return this;
      },
    };
  }
  function worksheet(name: string) {
    return {
      name,
      id: `id-${name}`,
      protection: { protected: false, load() {} },
      isNullObject: false,
      visibility: 'Visible',
      load() {},
      activate() {},
      delete() {
        sheets.delete(name);
      },
      getRange(a: string) {
        const [r, c] = parse(a.split(':')[0] ?? 'A1');
        return range(name, r, c, 1, 1);
      },
      getRangeByIndexes: (r: number, c: number, nr: number, nc: number) => range(name, r, c, nr, nc),
      getUsedRangeOrNullObject: () =>
        range(name, 0, 0, name === 'Figures' ? rows : 1, name === 'Figures' ? cols : 10),
      notes: {
        add(a: string, text: string) {
          const [r, c] = parse(a);
          const x = sheets.get(name)?.get(`${r},${c}`);
          if (x) x.note = text;
        },
        items: [] as unknown[],
        load() {
          const cells = sheets.get(name) ?? new Map<string, Cell>();
          this.items = [...cells.entries()]
            .filter(([, x]) => x.note)
            .map(([key, x]) => {
              const [r, c] = key.split(',').map(Number) as [number, number];
              return {
                get content() {
                  return x.note ?? '';
                },
                set content(t: string) {
                  x.note = t;
                },
                delete() {
                  x.note = null;
                },
                getLocation: () => ({ address: `${name}!${letters(c)}${r + 1}`, load() {} }),
              };
            });
        },
        getItemOrNullObject(a: string) {
          const [r, c] = parse(a);
          const x = sheets.get(name)?.get(`${r},${c}`);
          return {
            isNullObject: !x?.note,
            get content() {
              return x?.note ?? '';
            },
            set content(t: string) {
              if (x) x.note = t;
            },
            load() {},
            delete() {
              if (x) x.note = null;
            },
          };
        },
      },
    };
  }
  const context = {
    workbook: {
      worksheets: {
        items: [] as Array<{ name: string }>,
        load() {
          this.items = [...sheets.keys()].map((name) => ({ name }));
        },
        getActiveWorksheet: () => worksheet('Figures'),
        getItem: (n: string) => worksheet(n.replace(/^id-/, '')),
        getItemOrNullObject: (n: string) =>
          sheets.has(n.replace(/^id-/, ''))
            ? worksheet(n.replace(/^id-/, ''))
            : { isNullObject: true, load() {} },
        add: (n: string) => {
          sheets.set(n, new Map());
          return worksheet(n);
        },
      },
      getSelectedRange: () => range('Figures', 0, 0, rows, cols),
      getSelectedRanges: () => ({ address: range('Figures', 0, 0, rows, cols).address, load() {} }),
      application: { cultureInfo: { numberFormat: { numberDecimalSeparator: '.', load() {} } } },
    },
    sync: () => {
      state.syncs++;
      return new Promise((r) => setTimeout(r, 5));
    },
  };
  (window as unknown as Record<string, unknown>).Excel = {
    run: (batch: (c: unknown) => Promise<unknown>) => batch(context),
  };
  // The real Office.js (served from the npm package) is loaded by the page; outside Office its
  // onReady reports no host. On top of that real object the stand-in answers as Excel on the web
  // would: onReady (after the real one) with the real HostType and PlatformType, and the
  // requirement sets the pane asks about.
  type RealOffice = {
    onReady: (cb?: (info: unknown) => void) => Promise<unknown>;
    HostType: { Excel: string };
    PlatformType: { OfficeOnline: string };
    context: Record<string, unknown>;
  };
  const host = (office: RealOffice): void => {
    const realOnReady = office.onReady.bind(office);
    office.onReady = async (cb) => {
      const real = (await realOnReady()) as { host: unknown };
      state.realHost = real.host;
      // Office.context exists only once the real library has initialised.
      office.context.requirements = { isSetSupported: (_s: string, v: string) => Number(v) <= 1.18 };
      const theme = (window as unknown as { __officeTheme?: unknown }).__officeTheme;
      if (theme) office.context.officeTheme = theme;
      const info = { host: office.HostType.Excel, platform: office.PlatformType.OfficeOnline };
      cb?.(info);
      return info;
    };
  };
  // office.js is a classic script: its load event fires after it ran and before the pane's
  // module scripts run, so the pane sees the patched object.
  document.addEventListener(
    'load',
    (e) => {
      const office = (window as unknown as { Office?: RealOffice }).Office;
      if (e.target instanceof HTMLScriptElement && /\/office\.js$/.test(e.target.src) && office) host(office);
    },
    true,
  );
}
