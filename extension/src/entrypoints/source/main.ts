/**
 * The source viewer: `source.html?figure=<figure id>` shows the archived text of the figure's
 * source (shipped with the extension) with the quoted sentence marked and scrolled into view,
 * and links to the original. Opened from the card's "Read the source".
 */
import { safeUrl } from '../../lib/card.ts';
import { describeFigure } from '@figure-check/core';
import { mergedSet, userSetsItem } from '../../lib/user-sets.ts';
import { renderSourceText } from '../../lib/source-view.ts';
import { i18n } from '#i18n';

/** The archived sources, bundled with the extension (file name -> loader of its text). */
const ARCHIVES = import.meta.glob<string>('../../../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
});

const $ = (id: string) => document.getElementById(id)!;

async function main(): Promise<void> {
  const id = new URLSearchParams(location.search).get('figure') ?? '';
  const set = mergedSet(await userSetsItem.getValue()).set;
  const figure = set.byId(id);
  if (!figure) {
    $('status').textContent = i18n.t('source.notFound', [id]);
    document.body.dataset.ready = 'missing';
    return;
  }
  const source = figure.source;
  document.title = `Figure Check — ${source.title}`;
  $('title').textContent = source.title;
  $('meta').textContent =
    `${source.publisher} · ${i18n.t('source.held', [source.dateHeld])} · ${i18n.t('source.publishedOn', [source.datePublished])}`;
  $('figure').textContent = `${describeFigure(figure)} — ${figure.speaker}`;
  const original = safeUrl(source.url);
  if (original) {
    const link = $('original') as HTMLAnchorElement;
    link.href = original;
    link.textContent = i18n.t('source.original');
    link.hidden = false;
  }
  const load = source.archive
    ? Object.entries(ARCHIVES).find(([path]) => path.endsWith(`/${source.archive}`))?.[1]
    : undefined;
  if (!load) {
    $('status').textContent = i18n.t('source.noArchive');
    document.body.dataset.ready = 'no-archive';
    return;
  }
  const mark = renderSourceText($('text'), await load(), figure.quote);
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    $('status').textContent = i18n.t('source.marked');
  } else {
    $('status').textContent = i18n.t('source.quoteMissing');
  }
  document.body.dataset.ready = mark ? 'done' : 'not-found';
}

void main();
