/**
 * The pane's DOM: pure rendering of the pane state into elements. No Office calls here; the
 * controller (pane.ts) owns the state and passes handlers in.
 */
import { VERDICT_FILL } from '../lib/marks.ts';
import { countsLine, visibleItems, type ResultItem, type ResultsModel } from '../lib/results-model.ts';
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

function button(doc: Document, text: string, onClick: () => void, attrs: Attrs): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

function counts(doc: Document, state: PaneState, handlers: PaneHandlers): HTMLElement | null {
  const model = state.results;
  if (!model || model.items.length === 0) return null;
  const chips = VERDICT_ORDER.map((v) => {
    const chip = button(doc, '', () => handlers.setFilter(state.filter === v ? 'all' : v), {
      class: `chip${state.filter === v ? ' active' : ''}`,
      'data-verdict': v,
      'aria-pressed': state.filter === v ? 'true' : 'false',
      title: `Show ${verdictLabel(v).toLowerCase()} only`,
    });
    chip.append(
      el(doc, 'span', { class: 'swatch', style: `background:${VERDICT_FILL[v]}` }),
      el(doc, 'span', { class: 'count' }, String(model.counts[v])),
      el(doc, 'span', { class: 'chip-label' }, verdictLabel(v)),
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
  const li = el(doc, 'li', {
    class: `result${state.selected === item.id ? ' selected' : ''}`,
    'data-verdict': item.verdict,
    'data-address': item.address,
    'data-id': item.id,
    tabindex: '0',
    role: 'button',
    title: `Select ${item.sheet}!${item.address}`,
  });
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
  li.append(
    top,
    el(doc, 'div', { class: 'labels' }, item.labels || '(no label)'),
    official ?? '',
    el(doc, 'p', { class: 'explanation' }, item.explanation),
  );
  const select = () => handlers.selectItem(item);
  li.addEventListener('click', select);
  li.addEventListener('keydown', (e) => {
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
      class: 'primary',
      id: 'check-selection',
      disabled: busy,
    }),
    button(doc, 'Check sheet', handlers.checkSheet, { id: 'check-sheet', disabled: busy }),
    button(doc, 'Clear marks', handlers.clearMarks, { class: 'subtle', id: 'clear-marks', disabled: busy }),
    state.busy === 'check'
      ? button(doc, 'Cancel', handlers.cancel, { class: 'subtle', id: 'cancel-check' })
      : null,
  );
  const toggle = el(doc, 'input', {
    type: 'checkbox',
    id: 'contradicted-only',
    checked: state.contradictedOnly,
    disabled: busy,
  });
  toggle.addEventListener('change', () => handlers.setContradictedOnly(toggle.checked));
  const options = el(
    doc,
    'div',
    { class: 'options' },
    toggle,
    el(doc, 'label', { for: 'contradicted-only' }, 'Mark contradicted cells only'),
  );
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
        el(doc, 'progress', {
          max: String(Math.max(1, state.progress.total)),
          value: String(state.progress.done),
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
        { class: `status ${state.status.tone}`, role: 'status', 'data-testid': 'status' },
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
          class: 'subtle more',
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
