/** Messages between the content script, the background and the extension pages. */
import type { VerdictKind } from '@figure-check/core';

export type Counts = Record<VerdictKind, number>;

/** One figure as the popup lists it. */
export interface ListedFigure {
  id: number;
  text: string;
  verdict: VerdictKind;
  /** One line about it (the official figure, or why it is unverified). */
  summary: string;
  shown: boolean;
}

/** What the content script reports about its tab. */
export interface TabReport {
  enabled: boolean;
  host: string;
  busy: boolean;
  counts: Counts;
  figures: ListedFigure[];
}

/** Sent to the content script of a tab. */
export type ToContent =
  | { type: 'get-report' }
  | { type: 'reveal'; id: number }
  | { type: 'rescan' }
  | { type: 'step'; direction: 1 | -1 };

/** Sent to the background. */
export type ToBackground = { type: 'counts'; counts: Counts; enabled: boolean };

export function isToContent(message: unknown): message is ToContent {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'get-report' || type === 'reveal' || type === 'rescan' || type === 'step';
}

export function isToBackground(message: unknown): message is ToBackground {
  return (message as { type?: unknown } | null)?.type === 'counts';
}

/** The badge text for a tab: contradicted figures, empty when none. */
export function badgeText(counts: Counts, enabled: boolean): string {
  if (!enabled || counts.contradicted === 0) return '';
  return counts.contradicted > 999 ? '999+' : String(counts.contradicted);
}
