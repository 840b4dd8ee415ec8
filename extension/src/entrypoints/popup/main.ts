/**
 * The toolbar popup: counts per verdict for the current tab; the page's report (figures by
 * verdict, contradicted first, filterable, numbers the set says nothing about hidden unless
 * asked; export as Markdown or CSV; dismissed figures with Undo); on/off for the site; re-scan;
 * the draft checker; and a search for official figures by what they count.
 * `?tabId=N` selects the tab explicitly; opened as a tab of its own, it reports on the tab used
 * last before it.
 */
import { VERDICT_ORDER, describeFigure, verdictHeading, type VerdictKind } from '@figure-check/core';
import { browser } from 'wxt/browser';
import { renderVerdictCounts } from '../../lib/verdict-counts.ts';
import { loadSettings, saveSettings, withSiteEnabled, isSiteEnabled } from '../../lib/settings.ts';
import { message, type Replies, type Requests, type TabReport } from '../../lib/messages.ts';
import {
  groupFigures,
  reportCsv,
  reportMarkdown,
  unrelatedCount,
  type ReportView,
} from '../../lib/page-report.ts';
import { setDismissed } from '../../lib/dismissals.ts';
import { FigureSearch } from '../../lib/figure-search.ts';
import { citationLine } from '../../lib/citation.ts';
import { copyText } from '../../lib/card.ts';
import { downloadText } from '../../lib/download.ts';
import { mergedSet, userSetsItem } from '../../lib/user-sets.ts';
import { verdictLanguage } from '../../lib/ui-text.ts';
import { i18n } from '#i18n';

const language = verdictLanguage();

/** The popup's fixed words in the browser's language (the HTML carries the English ones). */
function localize(): void {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  const words: Record<string, string> = {
    status: i18n.t('popup.checking'),
    'on-for': i18n.t('popup.onFor'),
    host: i18n.t('popup.thisSite'),
    rescan: i18n.t('popup.rescan'),
    draft: i18n.t('popup.draft'),
    options: i18n.t('popup.options'),
    'report-title': i18n.t('popup.figuresTitle'),
    'unrelated-label': i18n.t('popup.showUnrelated'),
    'export-md': i18n.t('popup.exportMarkdown'),
    'export-csv': i18n.t('popup.exportCsv'),
    'lookup-title': i18n.t('popup.lookupTitle'),
    'keys-hint': i18n.t('popup.keys'),
  };
  for (const [id, text] of Object.entries(words)) {
    const element = document.getElementById(id);
    if (element && text) element.textContent = text;
  }
  $('filters').setAttribute('aria-label', i18n.t('popup.showVerdicts'));
  $<HTMLInputElement>('search').placeholder = i18n.t('popup.lookupPlaceholder');
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function currentTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  // Opened as a tab of its own (not as the toolbar popup): report on the tab used last before it.
  const own = await browser.tabs.getCurrent();
  if (own?.id !== undefined) {
    const others = (await browser.tabs.query({})).filter((t) => t.id !== own.id && t.id !== undefined);
    others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return others[0]?.id;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Sends a typed request to the tab's content script; undefined when there is none. */
async function send<T extends 'get-report' | 'reveal' | 'rescan'>(
  tabId: number,
  type: T,
  body: Requests[T],
): Promise<Replies[T] | undefined> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message(type, body));
    return reply as Replies[T];
  } catch {
    return undefined; // no content script here (browser pages, store pages, or not yet loaded)
  }
}

const view: { verdicts: Set<VerdictKind>; showUnrelated: boolean } = {
  verdicts: new Set(VERDICT_ORDER),
  showUnrelated: false,
};
let latest: TabReport | undefined;

function renderFilters(onChange: () => void): void {
  const box = $('filters');
  box.replaceChildren();
  for (const verdict of VERDICT_ORDER) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = view.verdicts.has(verdict);
    input.dataset.verdict = verdict;
    input.addEventListener('change', () => {
      if (input.checked) view.verdicts.add(verdict);
      else view.verdicts.delete(verdict);
      onChange();
    });
    label.append(input, document.createTextNode(` ${verdictHeading(verdict, language)}`));
    box.append(label);
  }
}

function currentView(): ReportView {
  return { verdicts: view.verdicts, showUnrelated: view.showUnrelated, language };
}

function renderFigures(tabId: number, report: TabReport | undefined): void {
  const box = $('figures');
  box.replaceChildren();
  for (const group of groupFigures(report?.figures ?? [], currentView())) {
    const section = document.createElement('section');
    section.dataset.verdict = group.verdict;
    const heading = document.createElement('h3');
    heading.className = `verdict-${group.verdict}`;
    heading.textContent = `${group.heading} (${group.figures.length})`;
    const list = document.createElement('ol');
    list.className = 'figures';
    for (const figure of group.figures) {
      const item = document.createElement('li');
      item.dataset.verdict = figure.verdict;
      const button = document.createElement('button');
      button.type = 'button';
      if (!figure.shown) button.className = 'hidden-verdict';
      const text = document.createElement('span');
      text.className = `text verdict-${figure.verdict}`;
      text.textContent = figure.text;
      const summary = document.createElement('span');
      summary.className = 'summary';
      summary.textContent = figure.summary;
      button.append(text, summary);
      button.addEventListener('click', () => void send(tabId, 'reveal', { id: figure.id }));
      item.append(button);
      list.append(item);
    }
    section.append(heading, list);
    box.append(section);
  }
  $('unrelated-count').textContent = `(${unrelatedCount(report?.figures ?? [])})`;
  renderDismissed(tabId, report);
}

function renderDismissed(tabId: number, report: TabReport | undefined): void {
  const dismissed = (report?.figures ?? []).filter((f) => f.dismissed);
  const box = $<HTMLDetailsElement>('dismissed-box');
  box.hidden = dismissed.length === 0;
  $('dismissed-title').textContent = i18n.t('popup.dismissed', [String(dismissed.length)]);
  const list = $('dismissed');
  list.replaceChildren();
  for (const figure of dismissed) {
    const item = document.createElement('li');
    item.append(document.createTextNode(`${figure.text} — ${verdictHeading(figure.verdict, language)}`));
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.className = 'undo';
    undo.textContent = i18n.t('popup.undo');
    undo.addEventListener('click', () => {
      if (!report) return;
      void setDismissed(report.url, figure.key, false).then(() => setTimeout(() => void refresh(tabId), 200));
    });
    item.append(undo);
    list.append(item);
  }
}

async function refresh(tabId: number): Promise<void> {
  const report = await send(tabId, 'get-report', {});
  latest = report;
  const status = $('status');
  if (!report) status.textContent = i18n.t('popup.cannotRun');
  else if (!report.enabled) status.textContent = i18n.t('popup.offFor', [report.host]);
  else {
    const total = String(report.figures.length);
    status.textContent = report.busy
      ? i18n.t('popup.checkedBusy', [total])
      : i18n.t('popup.checked', [total]);
  }
  document.body.dataset.canRun = String(!!report);
  $('report').hidden = !report?.enabled;
  if (report) $('host').textContent = report.host || i18n.t('popup.thisSite');
  const toggle = $<HTMLInputElement>('site-toggle');
  toggle.disabled = !report?.host;
  if (report) toggle.checked = isSiteEnabled(await loadSettings(), report.host);
  renderVerdictCounts($('counts'), report?.counts, language);
  renderFigures(tabId, report);
  document.body.dataset.ready = report?.busy ? 'busy' : 'done';
}

function exportName(report: TabReport, extension: string): string {
  const host = report.host.replace(/[^a-z0-9.-]/gi, '') || 'page';
  return `figure-check-${host}-${(report.checkedAt ?? new Date().toISOString()).slice(0, 10)}.${extension}`;
}

/** The figure lookup: results with value, date, other statements of the measure, Copy citation. */
async function setUpSearch(): Promise<void> {
  const set = mergedSet(await userSetsItem.getValue()).set;
  const search = new FigureSearch(set.figures);
  const input = $<HTMLInputElement>('search');
  const results = $('results');
  const run = () => {
    results.replaceChildren();
    for (const { figure } of search.search(input.value, 8)) {
      const item = document.createElement('li');
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = describeFigure(figure);
      const meta = document.createElement('span');
      meta.className = 'meta';
      const others = set.byMeasure(figure.measureKey).length - 1;
      meta.textContent = i18n.t('popup.published', [figure.source.agency, figure.source.datePublished]);
      if (others > 0) meta.textContent += ` · ${i18n.t('popup.sameMeasure', [String(others)])}`;
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.textContent = i18n.t('popup.copyCitation');
      copy.addEventListener('click', () => {
        void copyText(citationLine(figure), document).then(
          () => (copy.textContent = i18n.t('popup.copied')),
          () => (copy.textContent = i18n.t('popup.copyFailed')),
        );
      });
      item.append(value, copy, meta);
      results.append(item);
    }
  };
  input.addEventListener('input', run);
}

async function main(): Promise<void> {
  localize();
  renderVerdictCounts($('counts'), undefined, language);
  $('draft').addEventListener(
    'click',
    () => void browser.tabs.create({ url: browser.runtime.getURL('/draft.html') }),
  );
  $('options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  void setUpSearch();
  const tabId = await currentTabId();
  if (tabId === undefined) {
    $('status').textContent = i18n.t('popup.noTab');
    return;
  }
  renderFilters(() => renderFigures(tabId, latest));
  $<HTMLInputElement>('show-unrelated').addEventListener('change', (event) => {
    view.showUnrelated = (event.target as HTMLInputElement).checked;
    renderFigures(tabId, latest);
  });
  $('export-md').addEventListener('click', () => {
    if (latest)
      downloadText(
        document,
        reportMarkdown(latest, currentView()),
        exportName(latest, 'md'),
        'text/markdown',
      );
  });
  $('export-csv').addEventListener('click', () => {
    if (latest)
      downloadText(document, reportCsv(latest, currentView()), exportName(latest, 'csv'), 'text/csv');
  });
  $('rescan').addEventListener('click', () => {
    $('status').textContent = i18n.t('popup.rescanning');
    void send(tabId, 'rescan', {}).then(() => refresh(tabId));
  });
  $<HTMLInputElement>('site-toggle').addEventListener('change', (event) => {
    const host = $('host').textContent ?? '';
    const enabled = (event.target as HTMLInputElement).checked;
    void loadSettings()
      .then((settings) => saveSettings(withSiteEnabled(settings, host, enabled)))
      .then(() => setTimeout(() => void refresh(tabId), 400));
  });
  await refresh(tabId);
  // Large pages are checked in the background: refresh while the scan is still running.
  const timer = setInterval(() => {
    if (document.body.dataset.ready === 'done') clearInterval(timer);
    else void refresh(tabId);
  }, 700);
}

void main();
