/**
 * The pane's DOM: pure rendering of the pane state into elements. No Office calls here; the
 * controller (pane.ts) owns the state and passes handlers in.
 */
import { VERDICT_FILL } from '../lib/marks.ts';
import { countsLine, visibleItems, type ResultItem, type ResultsModel } from '../lib/results-model.ts';
import type { SeriesView } from '../lib/series.ts';
import { VERDICT_ORDER, verdictLabel, type VerdictKind } from '@figure-check/core';

export interface PaneState {
  busy: 'check' | 'clear' | null;
  progress: { done: number; total: number } | null;
  /** A line under the buttons: what was checked, cleared, or went wrong. */
  status: { text: string; tone: 'info' | 'warn' | 'error' } | null;
  results: ResultsModel | null;
  filter: VerdictKind | 'all';
  /** Id of the item whose cell was selected last. */
  selected: string | null;
  figureCount: number;
  sourceCount: number;
  /** Warnings of the last check (protected sheet, conditional formats). */
  warnings: string[];
  /** Option: mark contradicted cells only. */
  contradictedOnly: boolean;
  /** How many results the list shows (raised by "Show more"). */
  shown: number;
}

export interface PaneHandlers {
  checkSelection: () => void;
  checkSheet: () => void;
  clearMarks: () => void;
  cancel: () => void;
  setContradictedOnly: (on: boolean) => void;
  showMore: () => void;
  setFilter: (filter: VerdictKind | 'all') => void;
  selectItem: (item: ResultItem) => void;
}

type Attrs = Record<string, string | boolean | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null>
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

/** A Fluent UI element ("fluent-button", ...) with attributes and children. */
function fl(
  doc: Document,
  tag: `fluent-${string}`,
  attrs: Attrs = {},
  ...children: Array<Node | string | null>
): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The measure's series as a small bar chart: one bar per date, the checked date's bar marked
 * (filled in the accent colour, outlined, its label bold). Built with createElementNS so no
 * markup string is ever parsed; the text line beside it carries the same values for readers.
 */
function seriesChart(doc: Document, series: SeriesView): SVGSVGElement {
  const width = 240;
  const height = 64;
  const top = 12;
  const bottom = 14;
  const n = series.bars.length;
  const slot = width / n;
  const max = Math.max(...series.bars.map((b) => b.value), 0) || 1;
  const chart = svg(doc, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'series-chart',
    role: 'img',
    'aria-label': `Series: ${series.line}`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  chart.append(svg(doc, 'title', {}, `Series: ${series.line}`));
  series.bars.forEach((b, i) => {
    const h = Math.max(1, ((height - top - bottom) * b.value) / max);
    const x = i * slot + slot * 0.2;
    const y = height - bottom - h;
    const g = svg(doc, 'g', {
      class: `bar${b.current ? ' current' : ''}`,
      'data-current': String(b.current),
    });
    g.append(
      svg(doc, 'rect', { x, y, width: slot * 0.6, height: h, rx: 1.5 }),
      svg(doc, 'text', { x: x + slot * 0.3, y: y - 2, 'text-anchor': 'middle', class: 'bar-value' }, b.text),
      svg(
        doc,
        'text',
        { x: x + slot * 0.3, y: height - 3, 'text-anchor': 'middle', class: 'bar-label' },
        b.label,
      ),
    );
    chart.append(g);
  });
  return chart;
}

function seriesBlock(doc: Document, series: SeriesView): HTMLElement {
  return el(
    doc,
    'div',
    { class: 'series', 'data-testid': 'series' },
    el(doc, 'p', { class: 'series-line' }, `Series: ${series.line}`),
    seriesChart(doc, series),
  );
}

function header(doc: Document): HTMLElement {
  return el(
    doc,
    'header',
    { class: 'brand' },
    el(doc, 'img', { src: './assets/icon-32.png', width: '24', height: '24', alt: '' }),
    el(
      doc,
      'div',
      {},
      el(doc, 'h1', {}, 'Figure Check'),
      el(doc, 'p', { class: 'tagline' }, 'Checks figures against official sources'),
    ),
  );
}

/** The state shown when the page is opened outside Excel (no Office host). */
export function renderOutsideOffice(root: HTMLElement): void {
  const doc = root.ownerDocument;
  root.replaceChildren(
    header(doc),
    el(
      doc,
      'section',
      { class: 'outside', 'data-testid': 'outside-office' },
      el(doc, 'h2', {}, 'Open this in Excel'),
      el(
        doc,
        'p',
        {},
        'Figure Check is an Excel add-in. This page is its task pane, and it needs Excel around it to read and mark cells.',
      ),
      el(
        doc,
        'ol',
        {},
        el(
          doc,
          'li',
          {},
          'In Excel on the web or on the desktop, add the add-in from its manifest (manifest.xml).',
        ),
        el(doc, 'li', {}, 'Choose Home › Figure Check to open this pane next to your sheet.'),
        el(doc, 'li', {}, 'Select cells with figures and their labels, then choose Check selection.'),
      ),
    ),
  );
}

function button(doc: Document, text: string, onClick: () => void, attrs: Attrs): HTMLElement {
  const b = fl(doc, 'fluent-button', { type: 'button', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

function counts(doc: Document, state: PaneState, handlers: PaneHandlers): HTMLElement | null {
  const model = state.results;
  if (!model || model.items.length === 0) return null;
  const chips = VERDICT_ORDER.map((v) => {
    const chip = fl(doc, 'fluent-toggle-button', {
      class: `chip${state.filter === v ? ' active' : ''}`,
      'data-verdict': v,
      pressed: state.filter === v,
      appearance: 'subtle',
      title: `Show ${verdictLabel(v).toLowerCase()} only`,
    });
    chip.addEventListener('click', () => handlers.setFilter(state.filter === v ? 'all' : v));
    // One block in the button's slot, so count and label stack whatever the button's own layout.
    chip.append(
      el(
        doc,
        'span',
        { class: 'chip-body' },
        el(doc, 'span', { class: 'swatch', style: `background:${VERDICT_FILL[v]}` }),
        el(doc, 'span', { class: 'count' }, String(model.counts[v])),
        el(doc, 'span', { class: 'chip-label' }, verdictLabel(v)),
      ),
    );
    return chip;
  });
  return el(
    doc,
    'div',
    { class: 'counts', 'data-testid': 'counts', 'aria-label': countsLine(model.counts) },
    ...chips,
  );
}

function resultRow(doc: Document, item: ResultItem, state: PaneState, handlers: PaneHandlers): HTMLElement {
  // A list item holding one button-like element: a list may contain only list items.
  const li = el(doc, 'li', {
    class: `result${state.selected === item.id ? ' selected' : ''}`,
    'data-verdict': item.verdict,
    'data-address': item.address,
  });
  const body = el(doc, 'div', {
    class: 'result-button',
    'data-id': item.id,
    tabindex: '0',
    role: 'button',
    title: `Select ${item.sheet}!${item.address}`,
  });
  li.append(body);
  const top = el(
    doc,
    'div',
    { class: 'result-top' },
    el(doc, 'span', { class: 'address' }, item.address),
    el(doc, 'span', { class: 'value' }, item.shown),
    el(doc, 'span', { class: `badge ${item.verdict}` }, verdictLabel(item.verdict)),
  );
  const official =
    item.official && item.verdict !== 'verified'
      ? el(
          doc,
          'div',
          { class: 'official' },
          `Source says ${item.official}`,
          item.attribution ? el(doc, 'span', { class: 'attribution' }, ` · ${item.attribution}`) : null,
        )
      : item.attribution
        ? el(doc, 'div', { class: 'official' }, el(doc, 'span', { class: 'attribution' }, item.attribution))
        : null;
  body.append(
    top,
    el(doc, 'div', { class: 'labels' }, item.labels || '(no label)'),
    official ?? '',
    el(doc, 'p', { class: 'explanation' }, item.explanation),
    item.series ? seriesBlock(doc, item.series) : '',
  );
  const select = () => handlers.selectItem(item);
  body.addEventListener('click', select);
  body.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select();
    }
  });
  return li;
}

/** Renders the whole pane for `state`. */
export function renderPane(root: HTMLElement, state: PaneState, handlers: PaneHandlers): void {
  const doc = root.ownerDocument;
  const busy = state.busy !== null;
  const actions = el(
    doc,
    'div',
    { class: 'actions' },
    button(doc, 'Check selection', handlers.checkSelection, {
      appearance: 'primary',
      id: 'check-selection',
      disabled: busy,
    }),
    button(doc, 'Check sheet', handlers.checkSheet, { id: 'check-sheet', disabled: busy }),
    button(doc, 'Clear marks', handlers.clearMarks, {
      appearance: 'subtle',
      id: 'clear-marks',
      disabled: busy,
    }),
    state.busy === 'check'
      ? button(doc, 'Cancel', handlers.cancel, { appearance: 'subtle', id: 'cancel-check' })
      : null,
  );
  const toggle = fl(doc, 'fluent-checkbox', {
    id: 'contradicted-only',
    checked: state.contradictedOnly,
    disabled: busy,
    'aria-labelledby': 'contradicted-only-label',
  });
  toggle.addEventListener('change', () =>
    handlers.setContradictedOnly((toggle as HTMLElement & { checked?: boolean }).checked === true),
  );
  const label = el(
    doc,
    'label',
    { for: 'contradicted-only', id: 'contradicted-only-label' },
    'Mark contradicted cells only',
  );
  const options = el(doc, 'div', { class: 'options' }, toggle, label);
  const warnings =
    state.warnings.length > 0
      ? el(
          doc,
          'ul',
          { class: 'warnings', 'data-testid': 'warnings' },
          ...state.warnings.map((w) => el(doc, 'li', {}, w)),
        )
      : null;
  const progress = state.progress
    ? el(
        doc,
        'div',
        { class: 'progress', 'data-testid': 'progress' },
        fl(doc, 'fluent-progress-bar', {
          max: String(Math.max(1, state.progress.total)),
          value: String(state.progress.done),
          'aria-label': 'Cells checked',
        }),
        el(
          doc,
          'span',
          {},
          `${state.progress.done.toLocaleString('en-US')} of ${state.progress.total.toLocaleString('en-US')} cells`,
        ),
      )
    : null;
  const status = state.status
    ? el(
        doc,
        'p',
        // The one live region of the pane: what was checked, cleared, or went wrong.
        {
          class: `status ${state.status.tone}`,
          role: 'status',
          'aria-live': 'polite',
          'data-testid': 'status',
        },
        state.status.text,
      )
    : null;

  const model = state.results;
  let list: HTMLElement | null = null;
  if (model && model.items.length > 0) {
    const { items, hidden } = visibleItems(model, state.filter, state.shown);
    list = el(
      doc,
      'ol',
      { class: 'results', 'data-testid': 'results' },
      ...items.map((i) => resultRow(doc, i, state, handlers)),
    );
    if (hidden > 0) {
      const more = button(
        doc,
        `Show ${Math.min(hidden, 100)} more (${hidden.toLocaleString('en-US')} not shown)`,
        handlers.showMore,
        {
          class: 'more',
          appearance: 'subtle',
          id: 'show-more',
        },
      );
      list.append(el(doc, 'li', { class: 'more' }, more));
    }
  }
  const legend = el(
    doc,
    'footer',
    { class: 'footer' },
    `${state.figureCount} official figures from ${state.sourceCount} sources, built in. Marks keep your own fills and notes: Clear marks puts them back.`,
  );
  root.replaceChildren(
    header(doc),
    actions,
    options,
    progress ?? '',
    status ?? '',
    warnings ?? '',
    counts(doc, state, handlers) ?? '',
    list ?? '',
    legend,
  );
}
