/**
 * Everything the content script does on one page: scan and mark, follow changes, open the card
 * on hover, click or keyboard (card-interaction.ts), step through figures, and report counts.
 * Every entry point from the page (events, observers) is wrapped so that nothing of ours is
 * ever thrown into the page.
 */
import { describeFigure, type VerdictKind } from '@figure-check/core';
import { PageScanner, type Mark } from './page-scanner.ts';
import { ChangeWatcher } from './change-watcher.ts';
import { CardHost, isOwnUi } from './card-host.ts';
import { CardInteraction, caretAt, guard } from './card-interaction.ts';
import type { BlockChecker } from './check-job.ts';
import { citationLine } from './citation.ts';
import { dismissalKey } from './dismissals.ts';
import { problemReport, sentenceAround } from './page-report.ts';
import type { Counts, ListedFigure, TabReport } from './messages.ts';

/** Name of the DOM event carrying our status (JSON in `detail`; strings cross worlds). */
export const STATUS_EVENT = 'figure-check:status';

/** Status published after each scan: what tests and the benchmark read. */
export interface PageStatus {
  busy: boolean;
  counts: Counts;
  shownCounts: Counts;
  totalMs: number;
  longestMs: number;
  slices: number;
  firstVisibleMs: number | null;
  errors: number;
  /** Blocks whose figures the background checked, and the page itself. */
  checkedInBackground: number;
  checkedInPage: number;
  /** Batches the checker could not check. */
  failures: number;
  /** Milliseconds of `totalMs` per kind of work (the rest is scheduling and bookkeeping). */
  phases: Record<string, number>;
  /** What the longest task was made of, per kind of work. */
  longestDetail: Record<string, number>;
}

export interface ControllerOptions {
  doc: Document;
  /** Runs the core (the background, for the content script). */
  checker: BlockChecker;
  shown: Record<VerdictKind, boolean>;
  /** Called when counts change (the content script tells the background, for the badge). */
  onCounts?: (counts: Counts) => void;
  /** The page's address (reports, dismissals). */
  pageUrl?: () => string;
  /** The extension's version, for problem reports. */
  version?: string;
  /** Remembers "Not this figure" for this page (see dismissals.ts). */
  onDismiss?: (key: string) => void;
  /** Opens the source viewer at a figure's quote. */
  onOpenSource?: (figureId: string) => void;
  /** The highlight styles are already in the document (see ScannerOptions.documentStyled). */
  documentStyled?: boolean;
}

/** A command within this long after a key press is the same press, reported twice. */
const DUPLICATE_STEP_MS = 150;

export class PageController {
  readonly scanner: PageScanner;
  readonly cards: CardHost;
  readonly interaction: CardInteraction<Mark>;
  private readonly watcher: ChangeWatcher;
  private shown: Record<VerdictKind, boolean>;
  private firstVisibleMs: number | null = null;
  /** The figure keyboard stepping was last at (kept after its card closes). */
  private cursor: Mark | null = null;
  /** Dismissal keys of this page ("Not this figure"). */
  private dismissed: ReadonlySet<string> = new Set();
  /** When the last scan finished. */
  private checkedAt: string | null = null;
  private countsTimer: number | null = null;
  /** When the last step was taken, to take a key press reported twice (page and command) once. */
  private lastStepAt = -Infinity;
  private readonly onKey = guard((event: KeyboardEvent) => this.stepKey(event));
  private readonly win: Window & typeof globalThis;

  constructor(private readonly options: ControllerOptions) {
    const doc = options.doc;
    this.win = doc.defaultView as Window & typeof globalThis;
    this.shown = { ...options.shown };
    this.scanner = new PageScanner({
      doc,
      checker: options.checker,
      isShown: (mark) => this.isShown(mark),
      ignore: isOwnUi,
      onMarksChanged: () => this.countsChanged(),
      onFirstVisibleMark: (ms) => {
        this.firstVisibleMs ??= ms;
      },
      documentStyled: options.documentStyled,
    });
    this.cards = new CardHost(doc);
    this.interaction = new CardInteraction(
      this.win,
      this.cards,
      (x, y) => this.markAt(x, y),
      (mark) => (this.cursor = mark),
      (mark) => this.cardActions(mark),
    );
    const isOwn = (node: Node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      return !!element && (isOwnUi(element) || !!element.closest('figure-check-ui'));
    };
    this.watcher = new ChangeWatcher(
      this.win,
      {
        changed: (blocks, roots) => void this.run(this.scanner.scanChanged(blocks, roots)),
        changedAll: () => void this.rescan(),
        restyled: () => void this.run(this.scanner.revealed()),
      },
      isOwn,
    );
    this.scanner.onShadowRoot = (root) => this.watcher.observe(root);
  }

  /** Starts scanning and listening. */
  start(): Promise<void> {
    this.watcher.observe(this.options.doc);
    this.interaction.attach(this.options.doc);
    this.options.doc.addEventListener('keydown', this.onKey, { capture: true });
    return this.rescan();
  }

  /** Full rescan (settings changed, SPA navigation, huge change batch, popup's re-scan). */
  rescan(): Promise<void> {
    this.firstVisibleMs = null;
    return this.run(this.scanner.scanAll());
  }

  /**
   * The figure set changed (the user imported or removed one): forgets every verdict and
   * rescans. The checker must already answer with the new set.
   */
  setChanged(): Promise<void> {
    this.scanner.invalidate();
    return this.rescan();
  }

  /** Applies new verdict visibility without rechecking anything. */
  setShown(shown: Record<VerdictKind, boolean>): void {
    this.shown = { ...shown };
    this.scanner.refreshVisibility();
    this.countsChanged();
  }

  /** Removes every mark, listener and observer: the page is as if we had never been there. */
  stop(): void {
    this.watcher.disconnect();
    this.interaction.detach();
    this.options.doc.removeEventListener('keydown', this.onKey, { capture: true });
    this.cards.dispose();
    this.scanner.dispose();
    this.publish();
  }

  /** Whether a mark is painted and reachable (its verdict shown, not dismissed). */
  isShown(mark: Mark): boolean {
    if (!this.shown[mark.mention.verdict]) return false;
    return this.dismissed.size === 0 || !this.dismissed.has(this.keyOf(mark));
  }

  /** Applies this page's dismissals ("Not this figure", or its undo from the popup). */
  setDismissed(keys: Iterable<string>): void {
    this.dismissed = new Set(keys);
    this.scanner.refreshVisibility();
    const open = this.interaction.current;
    if (open && !this.isShown(open)) this.interaction.close();
  }

  /** The sentence a mark stands in (a table cell: its row). */
  sentenceOf(mark: Mark): string {
    const { text, start, end } = mark.context;
    return end > start ? sentenceAround(text, start, end) : text.replace(/\s+/g, ' ').trim();
  }

  /** The key a mark's dismissal is remembered under. */
  keyOf(mark: Mark): string {
    return dismissalKey(mark.mention.text, mark.mention.figure?.id ?? null, this.sentenceOf(mark));
  }

  private cardActions(mark: Mark) {
    const { onDismiss, onOpenSource } = this.options;
    return {
      onDismiss: onDismiss ? () => onDismiss(this.keyOf(mark)) : undefined,
      onOpenSource,
      problemReport: () =>
        problemReport({
          url: this.options.pageUrl?.() ?? this.options.doc.URL,
          sentence: this.sentenceOf(mark),
          number: mark.mention.text,
          verdict: mark.mention.verdict,
          figureId: mark.mention.figure?.id ?? null,
          explanation: mark.mention.explanation,
          version: this.options.version ?? 'unknown',
        }),
    };
  }

  private async run(scan: Promise<boolean>): Promise<void> {
    try {
      await scan;
    } catch {
      // A failed scan leaves earlier marks in place; the next change or re-scan retries.
    }
    if (!this.scanner.busy) {
      this.checkedAt = new Date().toISOString();
      this.publish();
    }
  }

  private countsChanged(): void {
    // Coalesce: counts change once per slice during a scan; the background needs far fewer.
    if (this.countsTimer !== null) return;
    this.countsTimer = this.win.setTimeout(() => {
      this.countsTimer = null;
      try {
        this.options.onCounts?.(this.scanner.counts());
      } catch {
        // the extension context may be gone (extension reloaded): nothing to report to
      }
    }, 250);
  }

  /** Current status; also dispatched as STATUS_EVENT when a scan ends. */
  status(): PageStatus {
    const stats = this.scanner.stats;
    return {
      busy: this.scanner.busy,
      counts: this.scanner.counts(),
      shownCounts: this.scanner.highlights.counts(),
      totalMs: Math.round(stats.totalMs * 100) / 100,
      longestMs: Math.round(stats.longestMs * 100) / 100,
      slices: stats.slices,
      firstVisibleMs: this.firstVisibleMs === null ? null : Math.round(this.firstVisibleMs * 100) / 100,
      errors: this.scanner.errors,
      checkedInBackground: this.scanner.checkedBlocks.background,
      checkedInPage: this.scanner.checkedBlocks.page,
      failures: this.scanner.failures,
      phases: Object.fromEntries([...stats.phases].map(([name, ms]) => [name, Math.round(ms * 100) / 100])),
      longestDetail: stats.longestDetail,
    };
  }

  private publish(): void {
    try {
      this.options.doc.dispatchEvent(
        new CustomEvent(STATUS_EVENT, { detail: JSON.stringify(this.status()) }),
      );
    } catch {
      // status is informational only
    }
  }

  /** The tab report the popup shows. */
  report(host: string): TabReport {
    const figures: ListedFigure[] = this.scanner.marks().map((mark) => {
      const { figure } = mark.mention;
      const key = this.keyOf(mark);
      return {
        id: mark.id,
        text: mark.mention.text,
        verdict: mark.mention.verdict,
        summary: figure ? describeFigure(figure) : mark.mention.explanation,
        sentence: this.sentenceOf(mark),
        figureId: figure?.id ?? null,
        citation: figure ? citationLine(figure) : null,
        nearby: mark.mention.alternatives.length > 0,
        shown: this.shown[mark.mention.verdict],
        dismissed: this.dismissed.has(key),
        key,
      };
    });
    return {
      enabled: true,
      host,
      url: this.options.pageUrl?.() ?? this.options.doc.URL,
      checkedAt: this.checkedAt,
      busy: this.scanner.busy,
      counts: this.scanner.counts(),
      figures,
    };
  }

  /** Scrolls to a figure, flashes it and opens its card with keyboard focus in it. */
  reveal(id: number, focus = true): boolean {
    const mark = this.scanner.marks().find((m) => m.id === id);
    if (!mark) return false;
    this.show(mark, focus);
    return true;
  }

  /**
   * Moves to the next (or previous) shown figure: after the one stepped to last while it is
   * still on screen (also after its card was closed), else after the element with keyboard
   * focus, else after the top of the viewport (where the reader is). Wraps around.
   */
  step(direction: 1 | -1, source: 'command' | 'key' = 'command'): boolean {
    const now = this.win.performance.now();
    // The browser command and the page's own key event can both report one press.
    if (source === 'command' && now - this.lastStepAt < DUPLICATE_STEP_MS) return true;
    this.lastStepAt = now;
    const marks = this.scanner.marks().filter((m) => this.isShown(m));
    if (marks.length === 0) return false;
    const n = marks.length;
    const cursor = this.cursor;
    const at = cursor ? marks.findIndex((m) => m.id === cursor.id) : -1;
    let next: number;
    if (at >= 0 && (this.interaction.current?.id === cursor!.id || this.onScreen(cursor!))) {
      next = (at + direction + n) % n;
    } else {
      const focus = this.pageFocus();
      const isAfter = focus
        ? (mark: Mark) => {
            const position = focus.compareDocumentPosition(mark.range.startContainer);
            return (
              (position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0 &&
              (position & Node.DOCUMENT_POSITION_DISCONNECTED) === 0
            );
          }
        : (mark: Mark) => mark.range.getBoundingClientRect().top >= 0;
      if (direction === 1) {
        next = marks.findIndex(isAfter);
        if (next < 0) next = 0;
      } else {
        next = -1;
        for (let i = n - 1; i >= 0; i--)
          if (!isAfter(marks[i]!)) {
            next = i;
            break;
          }
        if (next < 0) next = n - 1;
      }
    }
    this.show(marks[next]!, true);
    return true;
  }

  /**
   * The default shortcut keys (Alt+Shift+. and Alt+Shift+,) seen by the page itself: the browser
   * command takes them first where it is assigned, but not where the browser does not deliver
   * them as a command (synthetic input, a command left unassigned after a conflict).
   */
  private stepKey(event: KeyboardEvent): void {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const direction = event.code === 'Period' ? 1 : event.code === 'Comma' ? -1 : 0;
    if (direction === 0) return;
    const target = event.target as HTMLElement | null;
    const editable =
      !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (editable && !this.cards.contains(target)) return;
    if (this.step(direction, 'key')) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** The element of the page that has keyboard focus (not the body, not our card). */
  private pageFocus(): Element | null {
    const active = this.options.doc.activeElement;
    if (!active || active === this.options.doc.body || active === this.options.doc.documentElement)
      return null;
    if (isOwnUi(active)) return null;
    return active;
  }

  private onScreen(mark: Mark): boolean {
    if (!mark.range.startContainer.isConnected) return false;
    const rect = mark.range.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < this.win.innerHeight && (rect.width > 0 || rect.height > 0);
  }

  private show(mark: Mark, focus: boolean): void {
    const target = mark.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.scanner.highlights.flashRange(mark.range);
    this.interaction.open(mark, true, focus);
  }

  /** The shown mark under a viewport point, if any. */
  markAt(x: number, y: number): Mark | null {
    const caret = caretAt(this.options.doc, x, y, this.scanner.knownShadowRoots);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    for (const mark of this.scanner.marksAt(caret.node as Text)) {
      if (!this.isShown(mark)) continue;
      for (const rect of mark.range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
          return mark;
      }
    }
    return null;
  }
}
