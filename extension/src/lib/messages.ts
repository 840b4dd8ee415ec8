/**
 * The one message protocol between the content script, the background and the extension pages.
 * Every message carries `v: PROTOCOL_VERSION` and a `type`; a message of another version (a
 * content script left over from before an update) is ignored rather than misread. Replies are
 * typed per request type (see `Replies`). Nothing here imports the core at run time: the
 * content script stays small.
 */
import type { CheckedMention, LikelyError, SourcedFigure, VerdictKind } from '@figure-check/core';

/** Bumped whenever a message's shape changes. */
export const PROTOCOL_VERSION = 2;

export type Counts = Record<VerdictKind, number>;

/** One figure as the popup lists and exports it. */
export interface ListedFigure {
  id: number;
  text: string;
  verdict: VerdictKind;
  /** One line about it (the official figure, or why it is unverified). */
  summary: string;
  /** The sentence it stands in on the page. */
  sentence: string;
  /** The official figure's id, null when none. */
  figureId: string | null;
  /** The figure's citation, null when none. */
  citation: string | null;
  /** Other sources, or nearby figures of another period or scope, were named. */
  nearby: boolean;
  /** Its verdict is shown on the page (settings). */
  shown: boolean;
  /** The reader said "Not this figure" on this page. */
  dismissed: boolean;
  /** The key its dismissal is remembered under. */
  key: string;
}

/** What the content script reports about its tab. */
export interface TabReport {
  enabled: boolean;
  host: string;
  /** The page's address. */
  url: string;
  /** When the last scan finished (ISO 8601), null while the first is running. */
  checkedAt: string | null;
  busy: boolean;
  counts: Counts;
  figures: ListedFigure[];
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

/** One HTML table as the page read it: each cell's flat text, spanned cells empty. */
export type TableGrid = string[][];

/**
 * One checked mention on the wire. Figures and strings are indexes, because a page can hold
 * thousands of mentions quoting the same few figures and explanations.
 */
export interface WireMention {
  /** Offsets in the block's (or cell's) text; their slice is the mention's text. */
  start: number;
  end: number;
  /** Index in the core's VERDICTS. */
  verdict: number;
  /** Index in the session's figure table, -1 for none. */
  figure: number;
  /** Indexes in the session's figure table. */
  alternatives: number[];
  /** Index in the reply's `strings`. */
  explanation: number;
  likelyError?: { kind: LikelyError['kind']; message: number };
}

/** A checked table cell on the wire: its position in the grid, then the mention in its text. */
export interface WireCell extends WireMention {
  row: number;
  col: number;
}

/** Requests, by type. */
export interface Requests {
  /** Content script -> background: check these block texts and tables with the core. */
  'check-blocks': {
    /** Random per content-script instance: figure details are sent once per session. */
    session: string;
    /** The ids of the imported sets the page knows of, so a check never runs against a stale set. */
    sets: string;
    texts: string[];
    /** HTML tables: checked by the core's table check with row labels and column headers. */
    tables: TableGrid[];
    /** The page's publication date (YYYY-MM-DD) when it states one: "last year" is read from it. */
    date?: string;
  };
  /** Content script -> background: the page's counts, for the badge. */
  counts: { counts: Counts; enabled: boolean };
  /** Popup -> content script. */
  'get-report': Record<never, never>;
  reveal: { id: number };
  rescan: Record<never, never>;
  /** Background (keyboard command) -> content script. */
  step: { direction: 1 | -1 };
  /** Content script (the card) -> background: open the source viewer at a figure's quote. */
  'open-source': { figureId: string };
}

/** Background -> content script: the mentions of each requested block, in request order. */
export interface CheckReply {
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
  tables: WireCell[][];
}

/** Replies, by request type. */
export interface Replies {
  'check-blocks': CheckReply | { failed: true };
  counts: void;
  'get-report': TabReport;
  reveal: boolean;
  rescan: boolean;
  step: boolean;
  'open-source': void;
}

export type MessageType = keyof Requests;
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { v: typeof PROTOCOL_VERSION; type: T } & Requests[T]
  : never;

/** Builds a message of the current protocol version. */
export function message<T extends MessageType>(type: T, body: Requests[T]): Message<T> {
  return { v: PROTOCOL_VERSION, type, ...body } as Message<T>;
}

const CONTENT_TYPES = new Set<MessageType>(['get-report', 'reveal', 'rescan', 'step']);

function envelope(value: unknown): { v?: unknown; type?: unknown } | null {
  return typeof value === 'object' && value !== null ? value : null;
}

/** True for a message of this protocol version meant for content scripts. */
export function isToContent(value: unknown): value is Message<'get-report' | 'reveal' | 'rescan' | 'step'> {
  const m = envelope(value);
  if (m?.v !== PROTOCOL_VERSION || !CONTENT_TYPES.has(m.type as MessageType)) return false;
  if (m.type === 'reveal') return typeof (m as { id?: unknown }).id === 'number';
  if (m.type === 'step') {
    const d = (m as { direction?: unknown }).direction;
    return d === 1 || d === -1;
  }
  return true;
}

/** True for an open-source message of this protocol version. */
export function isOpenSource(value: unknown): value is Message<'open-source'> {
  const m = envelope(value) as Partial<Message<'open-source'>> | null;
  return m?.v === PROTOCOL_VERSION && m.type === 'open-source' && typeof m.figureId === 'string';
}

/** True for a counts message of this protocol version. */
export function isCountsMessage(value: unknown): value is Message<'counts'> {
  const m = envelope(value) as Partial<Message<'counts'>> | null;
  return (
    m?.v === PROTOCOL_VERSION &&
    m.type === 'counts' &&
    typeof m.counts === 'object' &&
    m.counts !== null &&
    typeof m.enabled === 'boolean'
  );
}

/** True for a well-formed check request of this protocol version. */
export function isCheckRequest(value: unknown): value is Message<'check-blocks'> {
  const m = envelope(value) as Partial<Message<'check-blocks'>> | null;
  return (
    m?.v === PROTOCOL_VERSION &&
    m.type === 'check-blocks' &&
    typeof m.session === 'string' &&
    typeof m.sets === 'string' &&
    Array.isArray(m.texts) &&
    m.texts.every((t) => typeof t === 'string') &&
    Array.isArray(m.tables) &&
    m.tables.every((t) => Array.isArray(t) && t.every((r) => Array.isArray(r))) &&
    (m.date === undefined || (typeof m.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m.date)))
  );
}

/** True for a check reply (not a failure). */
export function isCheckReply(value: unknown): value is CheckReply {
  const m = value as Partial<CheckReply> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.token === 'string' &&
    Array.isArray(m.figures) &&
    typeof m.firstFigure === 'number' &&
    Array.isArray(m.strings) &&
    Array.isArray(m.blocks) &&
    Array.isArray(m.tables)
  );
}

/**
 * The badge text for a tab: the number contradicted, or a check mark when the page was checked
 * and nothing was contradicted (so a reader sees the page was read), empty when disabled.
 */
export function badgeText(counts: Counts, enabled: boolean): string {
  if (!enabled) return '';
  if (counts.contradicted === 0) return '✓';
  return counts.contradicted > 999 ? '999+' : String(counts.contradicted);
}

/** Badge colour: red when something is contradicted, green when the page was checked clean. */
export function badgeColor(counts: Counts): string {
  return counts.contradicted > 0 ? '#cf222e' : '#1a7f37';
}

/** The stamp of a list of imported sets that a check request carries. */
export function setsStamp(stored: ReadonlyArray<{ id: string }> | null | undefined): string {
  return (stored ?? []).map((s) => s.id).join(',');
}
