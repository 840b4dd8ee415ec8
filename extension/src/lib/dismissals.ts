/**
 * "Not this figure": marks a reader dismissed, remembered per page in `storage.local` and undone
 * from the popup. A dismissal is keyed by the figure's text, the official figure it was matched
 * to and its sentence, so it survives a reload and applies to that figure only.
 */
import { storage } from 'wxt/utils/storage';

/** Page address (without query or fragment) -> dismissal keys. */
export type Dismissals = Record<string, string[]>;

/** Pages remembered at most; the oldest are forgotten first. */
const PAGE_LIMIT = 500;

export const dismissalsItem = storage.defineItem<Dismissals>('local:dismissals', { fallback: {} });

/** The page a dismissal belongs to: origin and path ("Not this figure" is per article). */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/** The key of one figure on a page. */
export function dismissalKey(text: string, figureId: string | null, sentence: string): string {
  return `${text}\u0001${figureId ?? ''}\u0001${sentence}`;
}

/** Adds or removes one dismissal of a page; pure. */
export function withDismissal(all: Dismissals, page: string, key: string, dismissed: boolean): Dismissals {
  const keys = new Set(all[page] ?? []);
  if (dismissed) keys.add(key);
  else keys.delete(key);
  const next: Dismissals = { ...all };
  delete next[page];
  if (keys.size > 0) next[page] = [...keys];
  const pages = Object.keys(next);
  for (const old of pages.slice(0, Math.max(0, pages.length - PAGE_LIMIT))) delete next[old];
  return next;
}

/** Remembers (or forgets) a dismissal in storage. */
export async function setDismissed(url: string, key: string, dismissed: boolean): Promise<void> {
  const all = await dismissalsItem.getValue();
  await dismissalsItem.setValue(withDismissal(all, pageKey(url), key, dismissed));
}
