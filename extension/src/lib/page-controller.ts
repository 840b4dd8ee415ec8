/**
 * Everything the content script does on one page: scan and mark, follow changes, open the card
 * on hover, click or keyboard, and report counts. Every entry point from the page (events,
 * observers) is wrapped so that nothing of ours is ever thrown into the page.
 */
import { describeFigure, type FigureSet, type VerdictKind } from '@figure-check/core';
import type { RemoteChecker } from './remote-checker.ts';
import { PageScanner, type Mark } from './page-scanner.ts';
import { ChangeWatcher } from './change-watcher.ts';
import { CardHost, isOwnUi } from './card-host.ts';
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
  /** Blocks whose figures the background checked, and the page itself (fallback). */
  checkedInBackground: number;
  checkedInPage: number;
  /** Times the background did not answer and the page checked in its place. */
  fallbacks: number;
  /** Milliseconds of `totalMs` per kind of work (the rest is scheduling and bookkeeping). */
  phases: Record<string, number>;
}

export interface ControllerOptions {
  doc: Document;
  /** The figure set, for checking in the page (only called when that happens). */
  getSet: () => FigureSet;
  /** Checks in the background (off the page's main thread); the page checks when it fails. */
  checker?: RemoteChecker | null;
  shown: Record<VerdictKind, boolean>;
  /** Called when counts change (the content script tells the background, for the badge). */
  onCounts?: (counts: Counts) => void;
}

const HOVER_OPEN_MS = 180;
const HOVER_CLOSE_MS = 350;

function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch {
      // Swallowed on purpose: an error of ours must not surface in the page's console or handlers.
    }
  };
}

export class PageController {
  readonly scanner: PageScanner;
  readonly cards: CardHost;
  private readonly watcher: ChangeWatcher;
  private shown: Record<VerdictKind, boolean>;
  private firstVisibleMs: number | null = null;
  private hovered: Mark | null = null;
  private openMark: Mark | null = null;
  private pinned = false;
  private hoverTimer: number | null = null;
  private closeTimer: number | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame: number | null = null;
  private countsTimer: number | null = null;
  private readonly listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [];
  private readonly win: Window & typeof globalThis;

  constructor(private readonly options: ControllerOptions) {
    const doc = options.doc;
    this.win = doc.defaultView as Window & typeof globalThis;
    this.shown = { ...options.shown };
    this.scanner = new PageScanner({
      doc,
      getSet: options.getSet,
      checker: options.checker ?? null,
      isShown: (verdict) => this.shown[verdict],
      ignore: isOwnUi,
      onMarksChanged: () => this.countsChanged(),
      onFirstVisibleMark: (ms) => {
        this.firstVisibleMs ??= ms;
      },
    });
    this.cards = new CardHost(doc);
    this.cards.onClose = () => {
      this.openMark = null;
      this.pinned = false;
    };
    const isOwn = (node: Node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      return !!element && (isOwnUi(element) || !!element.closest('figure-check-ui'));
    };
    this.watcher = new ChangeWatcher(
      this.win,
      {
        changed: (blocks, roots) => void this.run(this.scanner.scanChanged(blocks, roots)),
        changedAll: () => void this.rescan(),
      },
      isOwn,
    );
    this.scanner.onShadowRoot = (root) => this.watcher.observe(root);
  }

  /** Starts scanning and listening. */
  start(): Promise<void> {
    this.watcher.observe(this.options.doc);
    this.listen(this.options.doc, 'mousemove', (e) => this.onPointerMove(e as MouseEvent), {
      passive: true,
      capture: true,
    });
    this.listen(this.options.doc, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    this.listen(this.options.doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    this.listen(this.win, 'scroll', () => this.cards.position(), { passive: true, capture: true });
    this.listen(this.win, 'resize', () => this.cards.position(), { passive: true });
    return this.rescan();
  }

  /** Full rescan (settings changed, SPA navigation, huge change batch, popup's re-scan). */
  rescan(): Promise<void> {
    this.firstVisibleMs = null;
    return this.run(this.scanner.scanAll());
  }

  /**
   * The figure set changed (the user imported or removed one): forgets every verdict and
   * rescans. `getSet` and the checker must already answer with the new set.
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
    for (const [target, type, listener, opts] of this.listeners)
      target.removeEventListener(type, listener, opts);
    this.listeners.length = 0;
    this.cards.dispose();
    this.scanner.dispose();
    this.publish();
  }

  private listen(target: EventTarget, type: string, fn: EventListener, opts: AddEventListenerOptions): void {
    const listener = guard(fn) as EventListener;
    target.addEventListener(type, listener, opts);
    this.listeners.push([target, type, listener, opts]);
  }

  private async run(scan: Promise<boolean>): Promise<void> {
    try {
      await scan;
    } catch {
      // A failed scan leaves earlier marks in place; the next change or re-scan retries.
    }
    if (!this.scanner.busy) this.publish();
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
      fallbacks: this.scanner.fallbacks,
      phases: Object.fromEntries([...stats.phases].map(([name, ms]) => [name, Math.round(ms * 100) / 100])),
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
    const figures: ListedFigure[] = this.scanner.marks().map((mark) => ({
      id: mark.id,
      text: mark.mention.text,
      verdict: mark.mention.verdict,
      summary: mark.mention.figure ? describeFigure(mark.mention.figure) : mark.mention.explanation,
      shown: this.shown[mark.mention.verdict],
    }));
    return { enabled: true, host, busy: this.scanner.busy, counts: this.scanner.counts(), figures };
  }

  /** Scrolls to a figure, flashes it and opens its card with keyboard focus in it. */
  reveal(id: number, focus = true): boolean {
    const mark = this.scanner.marks().find((m) => m.id === id);
    if (!mark) return false;
    this.show(mark, focus);
    return true;
  }

  /** Moves to the next (or previous) shown figure after the open one: keyboard access. */
  step(direction: 1 | -1): boolean {
    const marks = this.scanner.marks().filter((m) => this.shown[m.mention.verdict]);
    if (marks.length === 0) return false;
    const at = this.openMark ? marks.findIndex((m) => m.id === this.openMark!.id) : -1;
    const next =
      at < 0 ? (direction === 1 ? 0 : marks.length - 1) : (at + direction + marks.length) % marks.length;
    this.show(marks[next]!, true);
    return true;
  }

  private show(mark: Mark, focus: boolean): void {
    const target = mark.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.scanner.highlights.flashRange(mark.range);
    this.openCard(mark, true, focus);
  }

  private openCard(mark: Mark, pin: boolean, focus = false): void {
    this.clearTimers();
    this.openMark = mark;
    this.pinned = pin;
    this.cards.open(mark.mention, mark.range, { focus });
  }

  private clearTimers(): void {
    if (this.hoverTimer !== null) this.win.clearTimeout(this.hoverTimer);
    if (this.closeTimer !== null) this.win.clearTimeout(this.closeTimer);
    this.hoverTimer = null;
    this.closeTimer = null;
  }

  /** The shown mark under a viewport point, if any. */
  markAt(x: number, y: number): Mark | null {
    const caret = caretAt(this.options.doc, x, y, this.scanner.knownShadowRoots);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    for (const mark of this.scanner.marksAt(caret.node as Text)) {
      if (!this.shown[mark.mention.verdict]) continue;
      for (const rect of mark.range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
          return mark;
      }
    }
    return null;
  }

  private onPointerMove(event: MouseEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.cards.contains(event.target as Node)) {
      // Pointer moved onto the card: keep it open.
      if (this.closeTimer !== null) this.win.clearTimeout(this.closeTimer);
      this.closeTimer = null;
      return;
    }
    // Hit-testing once per frame is plenty and keeps mousemove handlers trivial.
    if (this.frame !== null) return;
    this.frame = this.win.requestAnimationFrame(
      guard(() => {
        this.frame = null;
        if (!this.pointer) return;
        const mark = this.markAt(this.pointer.x, this.pointer.y);
        this.hoverChanged(mark);
      }),
    );
  }

  private hoverChanged(mark: Mark | null): void {
    if (mark === this.hovered) return;
    this.hovered = mark;
    if (this.hoverTimer !== null) this.win.clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    if (mark) {
      if (this.closeTimer !== null) this.win.clearTimeout(this.closeTimer);
      this.closeTimer = null;
      if (this.openMark?.id === mark.id) return;
      this.hoverTimer = this.win.setTimeout(
        guard(() => this.openCard(mark, false)),
        HOVER_OPEN_MS,
      );
    } else if (this.openMark && !this.pinned) {
      this.closeTimer = this.win.setTimeout(
        guard(() => this.cards.close()),
        HOVER_CLOSE_MS,
      );
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.cards.contains(event.target as Node)) return;
    const mark = this.markAt(event.clientX, event.clientY);
    if (mark) this.openCard(mark, true);
    else if (this.openMark) this.cards.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openMark) this.cards.close();
  }
}

/** The text position under a viewport point, looking into the given open shadow roots. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? doc.caretPositionFromPoint(x, y, { shadowRoots })
        : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
