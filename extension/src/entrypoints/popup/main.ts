/**
 * The toolbar popup: counts per verdict for the current tab, the figures found (click to scroll
 * to one on the page), on/off for the site, re-scan, and the draft checker.
 * `?tabId=N` selects the tab explicitly; opened as a tab of its own, it reports on the tab used
 * last before it.
 */
import { verdictHeading } from '@figure-check/core';
import { browser } from 'wxt/browser';
import { renderVerdictCounts } from '../../lib/verdict-counts.ts';
import { loadSettings, saveSettings, withSiteEnabled, isSiteEnabled } from '../../lib/settings.ts';
import { message, type Replies, type Requests } from '../../lib/messages.ts';

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

function renderCounts(report: Replies['get-report'] | undefined): void {
  renderVerdictCounts($('counts'), report?.counts);
}

function renderFigures(tabId: number, report: Replies['get-report'] | undefined): void {
  const list = $('figures');
  list.replaceChildren();
  for (const figure of report?.figures ?? []) {
    const item = document.createElement('li');
    item.dataset.verdict = figure.verdict;
    const button = document.createElement('button');
    button.type = 'button';
    if (!figure.shown) button.className = 'hidden-verdict';
    const text = document.createElement('span');
    text.className = `text verdict-${figure.verdict}`;
    text.textContent = `${figure.text} — ${verdictHeading(figure.verdict)}`;
    const summary = document.createElement('span');
    summary.className = 'summary';
    summary.textContent = figure.summary;
    button.append(text, summary);
    button.addEventListener('click', () => void send(tabId, 'reveal', { id: figure.id }));
    item.append(button);
    list.append(item);
  }
}

async function refresh(tabId: number): Promise<void> {
  const report = await send(tabId, 'get-report', {});
  const status = $('status');
  if (!report) status.textContent = 'Figure Check cannot run on this page.';
  else if (!report.enabled) status.textContent = `Off for ${report.host}.`;
  else {
    const total = report.figures.length;
    status.textContent = `${total} figure${total === 1 ? '' : 's'} checked${report.busy ? ' so far (still checking)' : ''}.`;
  }
  if (report) $('host').textContent = report.host || 'this site';
  const toggle = $<HTMLInputElement>('site-toggle');
  toggle.disabled = !report || !report.host;
  if (report) toggle.checked = isSiteEnabled(await loadSettings(), report.host);
  renderCounts(report);
  renderFigures(tabId, report);
  document.body.dataset.ready = report?.busy ? 'busy' : 'done';
}

async function main(): Promise<void> {
  renderCounts(undefined);
  $('draft').addEventListener(
    'click',
    () => void browser.tabs.create({ url: browser.runtime.getURL('/draft.html') }),
  );
  $('options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  const tabId = await currentTabId();
  if (tabId === undefined) {
    $('status').textContent = 'No tab to check.';
    return;
  }
  $('rescan').addEventListener('click', () => {
    $('status').textContent = 'Re-scanning…';
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
