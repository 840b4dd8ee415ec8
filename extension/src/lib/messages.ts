/** Messages between the content script, the background and the extension pages. */
import type { CheckedMention, LikelyError, SourcedFigure, VerdictKind } from '@figure-check/core';

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

/**
 * A checked figure as a page keeps it: what the marks, the popup and the card need. The core's
 * `context` (the whole sentence) is left out: nothing on the page reads it, and it would double
 * what crosses from the background.
 */
export type PageMention = Pick<
  CheckedMention,
  'text' | 'start' | 'end' | 'verdict' | 'figure' | 'alternatives' | 'explanation' | 'likelyError'
>;

/** Content script -> background: check these block texts with the core. */
export interface CheckRequest {
  type: 'check-blocks';
  /** Random per content-script instance: the background sends each figure's details once per session. */
  session: string;
  /** The ids of the imported sets the page knows of, so a check never runs against a stale set. */
  sets: string;
  texts: string[];
}

/**
 * One checked mention on the wire, compact because a page can hold thousands:
 * start, end (offsets in the block's text, whose slice is the mention's text), verdict (index in
 * VERDICTS), figure (index in the session's figure table, -1 for none), alternative figures
 * (indexes), explanation (index in the reply's `strings`), likely error as [kind, index of its
 * message in `strings`] or 0.
 */
export type WireMention = [
  start: number,
  end: number,
  verdict: number,
  figure: number,
  alternatives: number[],
  explanation: number,
  likelyError: [LikelyError['kind'], number] | 0,
];

/** Background -> content script: the mentions of each requested block, in request order. */
export interface CheckReply {
  type: 'checked-blocks';
  /** Identifies the figure set build: when it changes, figure details the page holds are stale. */
  token: string;
  /**
   * Details of the figures this session has not been sent yet (under this token), to append to
   * the session's figure table; the first one's index there is `firstFigure`.
   */
  figures: SourcedFigure[];
  firstFigure: number;
  /** Explanations and error messages, each once per reply (they repeat a lot across figures). */
  strings: string[];
  blocks: WireMention[][];
}

export function isCheckRequest(message: unknown): message is CheckRequest {
  const m = message as Partial<CheckRequest> | null;
  return (
    m?.type === 'check-blocks' &&
    typeof m.session === 'string' &&
    typeof m.sets === 'string' &&
    Array.isArray(m.texts) &&
    m.texts.every((t) => typeof t === 'string')
  );
}

export function isCheckReply(message: unknown): message is CheckReply {
  const m = message as Partial<CheckReply> | null;
  return (
    m?.type === 'checked-blocks' &&
    typeof m.token === 'string' &&
    Array.isArray(m.figures) &&
    typeof m.firstFigure === 'number' &&
    Array.isArray(m.strings) &&
    Array.isArray(m.blocks)
  );
}

/** The stamp of a list of imported sets that CheckRequest.sets carries. */
export function setsStamp(stored: ReadonlyArray<{ id: string }> | null | undefined): string {
  return (stored ?? []).map((s) => s.id).join(',');
}
