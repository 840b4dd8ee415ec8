/**
 * The draft checker: an editor types or pastes a draft; a debounced check (the core's
 * `checkText`) annotates a read-only copy with the same highlights and cards as on web pages,
 * and the report exports as Markdown or CSV.
 */
import {
  checkText,
  formatCsvReport,
  formatMarkdownReport,
  type CheckedMention,
  type FigureSet,
  type TextReport,
  verdictHeading,
} from '@figure-check/core';
import { renderVerdictCounts } from '../../lib/verdict-counts.ts';
import { CardHost } from '../../lib/card-host.ts';
import { VerdictHighlights, installHighlightStyles } from '../../lib/highlights.ts';
import { CardInteraction, caretAt, type CardTarget } from '../../lib/card-interaction.ts';
import { mergedSet, userSetsItem } from '../../lib/user-sets.ts';
import { takeDraftPrefill } from '../../lib/draft-prefill.ts';
import { downloadText } from '../../lib/download.ts';
import { describeFigure } from '@figure-check/core';

const DEBOUNCE_MS = 250;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const draft = $<HTMLTextAreaElement>('draft');
const preview = $('preview');
const cards = new CardHost(document);
installHighlightStyles(document);
const highlights = new VerdictHighlights(window);

let set: FigureSet = mergedSet([]).set;
let current: { text: string; report: TextReport; ranges: Range[] } = {
  text: '',
  report: checkText('', set),
  ranges: [],
};
let timer: number | undefined;
let targets: CardTarget[] = [];
// The same hover, click and Escape handling as on web pages.
const interaction = new CardInteraction(window, cards, (x, y) => targets[mentionAt(x, y)] ?? null);
interaction.attach(preview, document);

function renderCounts(report: TextReport): void {
  renderVerdictCounts($('counts'), report.summary);
}

function openCard(index: number, focus: boolean): void {
  const target = targets[index];
  if (target) interaction.open(target, true, focus);
}

function renderList(mentions: CheckedMention[]): void {
  const list = $('figures');
  list.replaceChildren();
  mentions.forEach((mention, index) => {
    const item = document.createElement('li');
    item.dataset.verdict = mention.verdict;
    const button = document.createElement('button');
    button.type = 'button';
    const head = document.createElement('strong');
    head.className = `verdict-${mention.verdict}`;
    head.textContent = `${mention.text} — ${verdictHeading(mention.verdict)}`;
    const summary = document.createElement('span');
    summary.className = 'summary';
    summary.textContent = ` ${mention.figure ? describeFigure(mention.figure) : mention.explanation}`;
    button.append(head, summary);
    button.addEventListener('click', () => openCard(index, true));
    item.append(button);
    list.append(item);
  });
}

/** Checks the draft and redraws the annotated copy. */
function check(): void {
  const text = draft.value;
  const report = checkText(text, set);
  preview.textContent = text;
  highlights.clear();
  const node = preview.firstChild;
  const ranges: Range[] = [];
  for (const mention of report.mentions) {
    const range = document.createRange();
    if (node) {
      range.setStart(node, mention.start);
      range.setEnd(node, mention.end);
    }
    ranges.push(range);
    highlights.add(mention.verdict, range);
  }
  current = { text, report, ranges };
  targets = report.mentions.map((mention, id) => ({ id, mention, range: ranges[id]! }));
  cards.close();
  renderCounts(report);
  renderList(report.mentions);
  document.body.dataset.checked = String(report.mentions.length);
}

function schedule(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(check, DEBOUNCE_MS);
}

function mentionAt(x: number, y: number): number {
  const caret = caretAt(document, x, y);
  if (!caret || caret.node !== preview.firstChild) return -1;
  return current.ranges.findIndex((range) =>
    [...range.getClientRects()].some(
      (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
    ),
  );
}

draft.addEventListener('input', schedule);

$('export-md').addEventListener('click', () => {
  downloadText(
    document,
    formatMarkdownReport(current.report, current.text, 'draft'),
    'figure-check-draft.md',
    'text/markdown',
  );
});
$('export-csv').addEventListener('click', () => {
  downloadText(document, formatCsvReport(current.report, current.text), 'figure-check-draft.csv', 'text/csv');
});

async function main(): Promise<void> {
  set = mergedSet(await userSetsItem.getValue()).set;
  userSetsItem.watch((value) => {
    set = mergedSet(value ?? []).set;
    check();
  });
  const prefill = await takeDraftPrefill();
  if (prefill) draft.value = prefill;
  check();
  draft.focus();
}

void main();
