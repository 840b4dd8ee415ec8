/**
 * The card that explains one checked figure: verdict, official figure, source sentence, speaker,
 * source, likely error and other sources, with a "Copy citation" button. Built with
 * createElement/textContent only: figure data (including a user's imported set) is never
 * parsed as HTML.
 */
import { i18n } from '#i18n';
import { formatCitation } from '@figure-check/core';
import { verdictLanguage } from './ui-text.ts';
import {
  citationFor,
  describeFigure,
  describeFigureIn,
  formatSeriesIn,
  lookupOf,
  seriesOf,
  shortAttribution,
  sparkline,
  sparklineElements,
  type Series,
  type VerdictLanguage,
  type CheckedMention,
  type SourcedFigure,
  verdictHeading,
} from '@figure-check/core';

/** What the card shows of a checked figure (a page keeps only this much of each). */
export type CardMention = Pick<
  CheckedMention,
  'text' | 'verdict' | 'explanation' | 'figure' | 'alternatives' | 'likelyError'
>;

/** What the card does when its buttons are used. */
export interface CardActions {
  onClose?: () => void;
  /** Copies text; defaults to the clipboard with a selection fallback. */
  copy?: (text: string) => Promise<void>;
  /** "Not this figure": dismisses the mark on this page (the button is shown only with it). */
  onDismiss?: () => void;
  /** "Report a problem": the text to copy for the figure set's keepers. */
  problemReport?: () => string;
  /** "Read the source": opens the archived source at the quote (shown for archived sources). */
  onOpenSource?: (figureId: string) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The source sentence with the figure's number (as written there) emphasised. */
export function quoteWithNumber(
  doc: Document,
  figure: Pick<SourcedFigure, 'quote' | 'numberText'>,
): HTMLElement {
  const quote = el(doc, 'blockquote', 'fc-quote');
  const at = figure.numberText ? figure.quote.indexOf(figure.numberText) : -1;
  if (at < 0) {
    quote.textContent = figure.quote;
    return quote;
  }
  quote.append(
    doc.createTextNode(figure.quote.slice(0, at)),
    el(doc, 'strong', 'fc-number', figure.numberText),
    doc.createTextNode(figure.quote.slice(at + figure.numberText.length)),
  );
  return quote;
}

function sourceLine(doc: Document, figure: SourcedFigure): HTMLElement {
  const s = figure.source;
  const line = el(doc, 'p', 'fc-source');
  const title = safeUrl(s.url) ? el(doc, 'a', 'fc-link', s.title) : el(doc, 'cite', undefined, s.title);
  if (title instanceof HTMLAnchorElement) {
    title.href = safeUrl(s.url)!;
    title.target = '_blank';
    title.rel = 'noopener noreferrer';
  }
  line.append(
    title,
    doc.createTextNode(` — ${s.publisher}, ${i18n.t('card.sourceDates', [s.dateHeld, s.datePublished])}`),
  );
  return line;
}

/** Only http(s) links are made clickable: an imported `javascript:` URL stays inert text. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function row(doc: Document, label: string, value: Node | string): HTMLElement {
  const wrap = el(doc, 'div', 'fc-row');
  wrap.append(el(doc, 'div', 'fc-label', label));
  const body = el(doc, 'div', 'fc-value');
  body.append(value);
  wrap.append(body);
  return wrap;
}

/** Copies to the clipboard; falls back to a hidden selection where the async API is refused. */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Some pages deny clipboard access to extensions' content scripts: use the legacy path.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/**
 * Builds the card for one checked mention. The returned element is self-contained: put it in a
 * shadow root with CARD_CSS. `data-verdict` carries the verdict for styling and tests.
 */
export function buildCard(doc: Document, mention: CardMention, actions: CardActions = {}): HTMLElement {
  const language = verdictLanguage();
  const heading = verdictHeading(mention.verdict, language);
  const card = el(doc, 'section', 'fc-card');
  card.dataset.verdict = mention.verdict;
  card.lang = language === 'zh' ? 'zh-CN' : 'en';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `Figure Check: ${heading}`);
  card.tabIndex = -1;

  const head = el(doc, 'header', 'fc-head');
  const badge = el(doc, 'span', `fc-verdict fc-${mention.verdict}`, heading);
  const quoted = el(doc, 'span', 'fc-quoted', `“${mention.text}”`);
  const close = el(doc, 'button', 'fc-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', i18n.t('card.close'));
  close.addEventListener('click', () => actions.onClose?.());
  head.append(badge, quoted, close);
  card.append(head);

  // Everything between the verdict header and the buttons scrolls, so that on a small screen
  // the verdict and "Copy citation" both stay in sight.
  const body = el(doc, 'div', 'fc-body');
  card.append(body);
  body.append(el(doc, 'p', 'fc-explanation', mention.explanation));
  const figure = mention.figure;
  if (figure) {
    body.append(row(doc, i18n.t('card.officialFigure'), describeFigureIn(figure, language)));
    if (mention.verdict === 'contradicted' && mention.likelyError) {
      body.append(row(doc, i18n.t('card.likelyError'), mention.likelyError.message));
    }
    // The measure's dates from the figure and its alternatives: no figure set is needed on the page.
    const measure = lookupOf([figure, ...mention.alternatives]);
    // The sentence quoted in the reader's language where a source of the same value and date has
    // it (an English transcript for an English reader), else the original with the measure glossed.
    const cited = citationFor(figure, measure, language);
    const quote = quoteWithNumber(doc, cited.quoted);
    if (cited.gloss) quote.append(el(doc, 'span', 'fc-gloss', ` [${cited.gloss}]`));
    body.append(row(doc, i18n.t('card.sourceSays'), quote));
    body.append(row(doc, i18n.t('card.speaker'), cited.quoted.speaker));
    body.append(row(doc, i18n.t('card.source'), sourceLine(doc, cited.quoted)));
    const series = seriesOf(figure, measure);
    if (series) body.append(row(doc, i18n.t('card.series'), seriesView(doc, series, language)));
  }

  const others = mention.alternatives.filter((alt) => alt.id !== figure?.id);
  if (others.length > 0) {
    const list = el(doc, 'ul', 'fc-alternatives');
    for (const alt of others) {
      const item = el(doc, 'li');
      item.append(
        el(doc, 'span', 'fc-alt-figure', describeFigure(alt)),
        doc.createTextNode(` (${alt.speaker}, ${shortAttribution(alt)}) `),
      );
      const link = safeUrl(alt.source.url);
      if (link) {
        const a = el(doc, 'a', 'fc-link', alt.source.title);
        a.href = link;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        item.append(a);
      } else {
        item.append(el(doc, 'cite', undefined, alt.source.title));
      }
      list.append(item);
    }
    body.append(row(doc, i18n.t(figure ? 'card.otherSources' : 'card.nearbyFigures'), list));
  }
  if (figure) body.append(el(doc, 'p', 'fc-citation', formatCitation(figure)));

  const foot = el(doc, 'footer', 'fc-foot');
  const status = el(doc, 'span', 'fc-status');
  status.setAttribute('aria-live', 'polite');
  const copyWith = (text: string, done: string) =>
    (actions.copy ?? ((t: string) => copyText(t, doc)))(text).then(
      () => (status.textContent = done),
      () => (status.textContent = i18n.t('card.copyFailed')),
    );
  /** A button of the card's footer. */
  const button = (className: string, label: string, onClick: () => void, title?: string) => {
    const b = el(doc, 'button', className, label);
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', onClick);
    foot.append(b);
  };
  if (figure) {
    button(
      'fc-copy',
      i18n.t('card.copyCitation'),
      () => void copyWith(formatCitation(figure), i18n.t('card.copied')),
    );
    const open = actions.onOpenSource;
    if (open && figure.source.archive)
      button('fc-action fc-open-source', i18n.t('card.readSource'), () => open(figure.id));
  }
  const report = actions.problemReport;
  if (report)
    button(
      'fc-action fc-report',
      i18n.t('card.reportProblem'),
      () => void copyWith(report(), i18n.t('card.reportCopied')),
      i18n.t('card.reportProblemTitle'),
    );
  const dismiss = actions.onDismiss;
  if (dismiss)
    button(
      'fc-action fc-dismiss',
      i18n.t('card.notThisFigure'),
      () => dismiss(),
      i18n.t('card.notThisFigureTitle'),
    );
  foot.append(status);
  card.append(foot);

  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      actions.onClose?.();
    } else if (event.key === 'Tab') {
      trapTab(card, event);
    }
  });
  return card;
}

/** The card's focusable controls, in tab order. */
function focusables(card: HTMLElement): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])')].filter(
    (node) => !(node as HTMLButtonElement).disabled,
  );
}

/**
 * Keeps Tab inside an open card: from the last control to the first and back. Without it, Tab
 * leaves the card (appended at the end of the page) for the top of the page.
 */
function trapTab(card: HTMLElement, event: KeyboardEvent): void {
  const controls = focusables(card);
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const root = card.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || active === card || !card.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/** Styles of the card inside its shadow root; `:host` resets whatever the page inherits. */
export const CARD_CSS = `
:host { all: initial; }
.fc-card { box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(560px, calc(100vh - 16px));
  display: flex; flex-direction: column; overflow: hidden;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 10px 12px; text-align: left; }
.fc-body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; }
.fc-head, .fc-foot { flex: none; }
.fc-card:focus { outline: 2px solid #0969da; outline-offset: 2px; }
.fc-head { display: flex; align-items: center; gap: 8px; padding-bottom: 6px; }
.fc-verdict { font-weight: 700; padding: 2px 8px; border-radius: 999px; font-size: 12px; }
.fc-verified { background: #dafbe1; color: #116329; }
.fc-approximate { background: #fff8c5; color: #7d4e00; }
.fc-contradicted { background: #ffebe9; color: #a40e26; }
.fc-unverified { background: #eaeef2; color: #424a53; }
.fc-quoted { font-weight: 600; flex: 1; overflow-wrap: anywhere; }
.fc-close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: #57606a; }
.fc-close:hover, .fc-close:focus-visible { background: #eaeef2; outline: 2px solid #0969da; }
.fc-explanation { margin: 0 0 8px; color: #424a53; }
.fc-row { display: grid; grid-template-columns: 96px 1fr; gap: 8px; padding: 5px 0; border-top: 1px solid #eaeef2; }
.fc-label { color: #57606a; font-size: 12px; }
.fc-value { overflow-wrap: anywhere; }
.fc-quote { margin: 0; padding-left: 8px; border-left: 3px solid #d0d7de; font-style: italic; }
.fc-number { font-style: normal; font-weight: 700; background: #fff8c5; padding: 0 2px; border-radius: 3px; }
.fc-source { margin: 0; }
.fc-link { color: #0969da; }
.fc-alternatives { margin: 0; padding-left: 16px; }
.fc-gloss { font-style: normal; color: #5f6368; }
.fc-series { display: flex; flex-direction: column; gap: 2px; }
.fc-spark rect, .fc-spark circle { fill: #8a94a6; }
.fc-spark .fc-spark-current { fill: #1a73e8; }
.fc-spark .fc-spark-disputed { fill: #d93025; }
.fc-spark line, .fc-spark polyline { stroke: #8a94a6; fill: none; }
.fc-alt-figure { font-weight: 600; }
.fc-foot { border-top: 1px solid #eaeef2; padding-top: 8px; display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.fc-copy { font: inherit; font-weight: 600; cursor: pointer; border: 1px solid #0969da; background: #0969da; color: #fff; border-radius: 6px; padding: 4px 10px; }
.fc-copy:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.fc-status { color: #116329; }
.fc-action { font: inherit; cursor: pointer; border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; border-radius: 6px; padding: 4px 8px; }
.fc-action:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.fc-citation { margin: 6px 0 0; font-size: 11px; color: #57606a; user-select: all; }
@media (max-width: 480px), (max-height: 520px) {
  .fc-card { font-size: 12px; padding: 8px 10px; }
  .fc-row { grid-template-columns: 1fr; gap: 0; padding: 4px 0; }
}
@media (prefers-color-scheme: dark) {
  .fc-card { background: #161b22; color: #e6edf3; border-color: #30363d; }
  .fc-explanation, .fc-label, .fc-citation { color: #9198a1; }
  .fc-row, .fc-foot { border-color: #30363d; }
  .fc-number { background: #5a4a00; }
  .fc-link { color: #4493f8; }
}
`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The series as a small bar or point chart (built with createElementNS) and as one line of text. */
function seriesView(doc: Document, series: Series, language: VerdictLanguage): HTMLElement {
  const wrap = el(doc, 'span', 'fc-series');
  const chart = sparkline(series, { width: 120, height: 28, language });
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'fc-spark');
  svg.setAttribute('width', '120');
  svg.setAttribute('height', '28');
  svg.setAttribute('viewBox', '0 0 120 28');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', chart.title);
  for (const spec of sparklineElements(chart)) {
    const node = doc.createElementNS(SVG_NS, spec.tag);
    for (const [k, v] of Object.entries(spec.attrs)) node.setAttribute(k, v);
    if (spec.text !== undefined) node.textContent = spec.text;
    svg.append(node);
  }
  wrap.append(svg, el(doc, 'span', 'fc-series-text', formatSeriesIn(series, language)));
  return wrap;
}
