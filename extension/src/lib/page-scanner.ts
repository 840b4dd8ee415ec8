/**
 * Finds and marks every figure on a page, in time slices, visible part first. The core does all
 * extraction and checking, in the background when a RemoteChecker is given (off the page's main
 * thread), else in the page; this module only decides what text to hand it and where the
 * answers go. Results are kept per block so that a change to one paragraph rescans that
 * paragraph only.
 */
import { matcherFor, checkText, emptyCounts, type FigureSet, type VerdictKind } from '@figure-check/core';
import {
  iterateContainers,
  rangeFor,
  readBlock,
  blockContainerOf,
  type CollectOptions,
  type TextBlock,
} from './text-collect.ts';
import { VerdictHighlights, installHighlightStyles } from './highlights.ts';
import { runSliced, yieldToPage, WorkStats } from './scheduler.ts';
import { checkBlockSteps } from './block-check.ts';
import type { PageMention } from './messages.ts';
import type { RemoteChecker } from './remote-checker.ts';

export { chunkText } from './block-check.ts';

type Container = Element | ShadowRoot | Document;

interface SliceOptions {
  stats: WorkStats;
  isCancelled: () => boolean;
  onError: () => void;
  onSliceEnd: () => void;
}

/** One marked figure on the page. */
export interface Mark {
  id: number;
  range: Range;
  mention: PageMention;
  container: Container;
}

/** What the scanner needs from its host (the content script, a test, the draft page). */
export interface ScannerOptions extends CollectOptions {
  doc: Document;
  /**
   * The figure set to check against in the page (built-in merged with the user's imports).
   * Only called when checking in-page: without a checker, or when the background fails.
   */
  getSet: () => FigureSet;
  /** Checks in the background; without it (or when it fails) the core runs in the page. */
  checker?: RemoteChecker | null;
  /** Whether a verdict is shown; hidden verdicts are still counted. */
  isShown: (verdict: VerdictKind) => boolean;
  /** Called (at most once per slice) when marks were added or removed. */
  onMarksChanged?: () => void;
  /** Called once per scan with the time from the scan's start to the first visible mark. */
  onFirstVisibleMark?: (ms: number) => void;
}

/** Checked results are cached by block text; cleared beyond this many entries. */
const CACHE_LIMIT = 20_000;
/**
 * Text per message to the background. Big enough that messaging overhead is small, small
 * enough (at most ~200 KB of UTF-8) that serialising one batch is a short step.
 */
export const BATCH_CHARS = 64 * 1024;

/** Blocks read and waiting for the background's answer. */
interface Batch {
  items: Array<{ container: Container; block: TextBlock; token: number; visible: boolean }>;
  chars: number;
}

export class PageScanner {
  readonly highlights: VerdictHighlights;
  readonly stats = new WorkStats();
  private readonly records = new Map<Container, Mark[]>();
  private readonly marksByNode = new WeakMap<Text, Mark[]>();
  private readonly cache = new Map<string, PageMention[]>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** The latest read of each container: an answer for an older read is stale and dropped. */
  private readonly reads = new Map<Container, number>();
  private nextRead = 1;
  /** The set the in-page path last prepared the core's indexes for. */
  private warmedSet: FigureSet | null = null;
  private generation = 0;
  private nextId = 1;
  private running = 0;
  private changed = false;
  errors = 0;
  /** Blocks checked by the background and in the page (the fallback), since creation. */
  readonly checkedBlocks = { background: 0, page: 0 };
  /** Times the background failed to answer and the page checked in its place. */
  fallbacks = 0;

  constructor(private readonly options: ScannerOptions) {
    const win = options.doc.defaultView as Window & typeof globalThis;
    this.highlights = new VerdictHighlights(win);
    installHighlightStyles(options.doc);
  }

  /** Open shadow roots found so far (hit-testing needs them). */
  get knownShadowRoots(): ShadowRoot[] {
    return [...this.shadowRoots].filter((root) => root.host.isConnected);
  }

  /** True while a scan is in progress. */
  get busy(): boolean {
    return this.running > 0;
  }

  /** Forgets cached verdicts: call when the figure set changed. */
  invalidate(): void {
    this.cache.clear();
    this.warmedSet = null;
  }

  /** Every mark, in document order. */
  marks(): Mark[] {
    const all: Mark[] = [];
    for (const list of this.records.values()) all.push(...list);
    return all.sort(compareMarks);
  }

  /** Counts of figures found per verdict (hidden verdicts included). */
  counts(): Record<VerdictKind, number> {
    const out = emptyCounts();
    for (const list of this.records.values()) for (const mark of list) out[mark.mention.verdict]++;
    return out;
  }

  /** The marks whose text includes the given text node (for hit-testing). */
  marksAt(node: Text): Mark[] {
    return this.marksByNode.get(node) ?? [];
  }

  /** Drops every mark and cancels running scans. */
  clear(): void {
    this.generation++;
    this.records.clear();
    this.reads.clear();
    this.highlights.clear();
    this.notify();
  }

  /** Re-applies the shown/hidden verdict settings to existing marks. */
  refreshVisibility(): void {
    this.highlights.clear();
    for (const list of this.records.values()) for (const mark of list) this.addHighlight(mark);
  }

  /** Removes everything of ours from the page. */
  dispose(): void {
    this.clear();
    this.highlights.dispose();
  }

  /** Scans the whole document (and open shadow roots met), cancelling scans in progress. */
  scanAll(): Promise<boolean> {
    this.generation++;
    for (const list of this.records.values()) for (const mark of list) this.removeHighlight(mark);
    this.records.clear();
    this.reads.clear();
    this.notify();
    return this.scan([this.options.doc], []);
  }

  /**
   * Rescans after changes: `blocks` are containers whose own text changed, `roots` are subtrees
   * added or revealed. Marks of blocks no longer in the page are dropped.
   */
  scanChanged(blocks: Iterable<Node>, roots: Iterable<Node>): Promise<boolean> {
    this.prune();
    const containers: Container[] = [];
    for (const node of blocks) {
      const container =
        node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE
          ? blockContainerOf(node)
          : (node as Container);
      if (container) containers.push(container);
    }
    return this.scan(
      [...roots].filter((r) => r.isConnected),
      containers,
    );
  }

  private prune(): void {
    for (const [container, list] of this.records) {
      if (container.nodeType === Node.DOCUMENT_NODE) continue;
      const connected =
        container.nodeType === Node.ELEMENT_NODE
          ? (container as Element).isConnected
          : (container as ShadowRoot).host.isConnected;
      if (!connected) {
        this.reads.delete(container);
        for (const mark of list) this.removeHighlight(mark);
        this.records.delete(container);
        this.changed = true;
      }
    }
  }

  private async scan(roots: Node[], extraContainers: Container[]): Promise<boolean> {
    const generation = this.generation;
    const started = performance.now();
    this.running++;
    let firstVisibleReported = false;
    const isCancelled = () => generation !== this.generation;
    try {
      // Pass 1: find block containers (subtrees, then shadow roots met), bucketed by whether
      // they are in the viewport, so the visible part is checked first.
      const seen = new Set<Container>();
      const visible: Container[] = [];
      const rest: Container[] = [];
      const win = this.options.doc.defaultView;
      const viewHeight = win?.innerHeight ?? 0;
      const bucket = (container: Container) => {
        if (seen.has(container)) return;
        seen.add(container);
        if (container.nodeType === Node.ELEMENT_NODE && viewHeight > 0) {
          const rect = (container as Element).getBoundingClientRect();
          if (rect.bottom >= 0 && rect.top <= viewHeight && rect.height > 0) {
            visible.push(container);
            return;
          }
        }
        rest.push(container);
      };
      for (const container of extraContainers) bucket(container);
      const pendingRoots = [...roots];
      const self = this;
      function* containers(): Generator<Container> {
        while (pendingRoots.length > 0) {
          const root = pendingRoots.shift()!;
          const found: ShadowRoot[] = [];
          for (const container of iterateContainers(root, self.options, found)) yield container;
          for (const shadow of found) {
            if (!self.shadowRoots.has(shadow)) {
              self.shadowRoots.add(shadow);
              installHighlightStyles(shadow);
              self.onShadowRoot?.(shadow);
            }
            pendingRoots.push(shadow);
          }
        }
      }
      const onError = () => {
        this.errors++;
      };
      if (
        !(await runSliced(containers(), bucket, {
          stats: this.stats,
          isCancelled,
          onError,
          phase: 'find blocks (walk, visibility, layout)',
        }))
      )
        return false;

      // Pass 2: read, check and mark each block, visible blocks first.
      const order = [...visible, ...rest];
      const visibleSet = new Set(visible);
      const onMarked = (container: Container, added: number) => {
        if (added > 0 && !firstVisibleReported && visibleSet.has(container)) {
          firstVisibleReported = true;
          this.options.onFirstVisibleMark?.(performance.now() - started);
        }
      };
      const sliceOptions = { stats: this.stats, isCancelled, onError, onSliceEnd: () => this.flushChanged() };
      const ok = this.options.checker
        ? await this.checkInBackground(this.options.checker, order, visibleSet, onMarked, sliceOptions)
        : await this.checkInPage(order, onMarked, sliceOptions);
      this.flushChanged();
      return ok;
    } finally {
      this.running--;
    }
  }

  /** Called for each open shadow root found, so the host can watch it for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;

  private flushChanged(): void {
    if (!this.changed) return;
    this.changed = false;
    this.notify();
  }

  private notify(): void {
    try {
      this.options.onMarksChanged?.();
    } catch {
      this.errors++;
    }
  }

  /** Reads a block (null when it has no text), noting which read of its container this is. */
  private read(container: Container): { block: TextBlock; token: number } | null {
    const token = this.nextRead++;
    this.reads.set(container, token);
    let block: TextBlock | null = null;
    const at = performance.now();
    try {
      block = readBlock(container, this.options);
    } catch {
      this.errors++;
    }
    this.stats.phase('read block text', performance.now() - at);
    if (!block) {
      this.dropRecord(container);
      this.reads.delete(container);
      return null;
    }
    return { block, token };
  }

  /**
   * The core runs in the page: each block is read, checked (one step per mention, so slices
   * stay short) and marked in turn. Used without a checker, and as the fallback.
   */
  private async checkInPage(
    order: Container[],
    onMarked: (c: Container, added: number) => void,
    sliceOptions: SliceOptions,
  ): Promise<boolean> {
    if (!(await this.warmUp(sliceOptions))) return false;
    const self = this;
    const work = function* (): Generator<void> {
      for (const container of order) {
        const read = self.read(container);
        if (!read) continue;
        yield;
        const checked = yield* self.checkLocally(read.block.text);
        onMarked(container, self.applyMentions(container, read.block, checked));
      }
    };
    return runSliced(work(), () => {}, sliceOptions);
  }

  /** The in-page check of one block's text, cached by text. */
  private *checkLocally(text: string): Generator<void, PageMention[]> {
    const cached = this.cache.get(text);
    if (cached) return cached;
    let set: FigureSet;
    try {
      set = this.options.getSet();
    } catch {
      this.errors++;
      return [];
    }
    const steps = checkBlockSteps(text, set, () => this.errors++);
    let checked: PageMention[];
    // Timed step by step: the core's work in the page (the fallback) is reported on its own.
    for (;;) {
      const at = performance.now();
      const next = steps.next();
      this.stats.phase('core check in the page (fallback)', performance.now() - at);
      if (next.done) {
        checked = next.value;
        break;
      }
      yield;
    }
    this.remember(text, checked);
    this.checkedBlocks.page++;
    return checked;
  }

  /**
   * Before checking in the page: builds the core's matcher indexes for the set and runs one tiny
   * check, each in a task of its own, since they are the largest indivisible pieces of work.
   */
  private async warmUp(sliceOptions: SliceOptions): Promise<boolean> {
    let set: FigureSet;
    const built = performance.now();
    try {
      set = this.options.getSet();
    } catch {
      this.errors++;
      return true;
    }
    if (set === this.warmedSet) return true;
    const buildMs = performance.now() - built;
    this.stats.record(buildMs);
    this.stats.phase('core check in the page (fallback)', buildMs);
    for (const step of [() => matcherFor(set), () => checkText('about 1,000 standards in 2023', set)]) {
      await yieldToPage();
      if (sliceOptions.isCancelled()) return false;
      const start = performance.now();
      try {
        step();
      } catch {
        // the scan reports per-figure errors itself
      }
      const ms = performance.now() - start;
      this.stats.record(ms);
      this.stats.phase('core check in the page (fallback)', ms);
    }
    this.warmedSet = set;
    return true;
  }

  /**
   * The core runs in the background. Reading blocks (in slices) and the background's checking
   * overlap: blocks are sent in batches, the visible ones first, one request in flight at a
   * time; each answer is marked in slices. If the background fails, the batch and everything
   * after it in this scan are checked in the page.
   */
  private async checkInBackground(
    checker: RemoteChecker,
    order: Container[],
    visibleSet: Set<Container>,
    onMarked: (c: Container, added: number) => void,
    sliceOptions: SliceOptions,
  ): Promise<boolean> {
    const self = this;
    const batches: Batch[] = [];
    let open: Batch = { items: [], chars: 0 };
    let readingDone = false;
    let wake: (() => void) | null = null;
    const signal = () => {
      wake?.();
      wake = null;
    };
    const close = () => {
      if (open.items.length === 0) return;
      batches.push(open);
      open = { items: [], chars: 0 };
      signal();
    };
    const reading = function* (): Generator<void> {
      let inVisible = true;
      for (const container of order) {
        const visible = visibleSet.has(container);
        if (inVisible && !visible) {
          // The visible blocks go out on their own, so that their marks come first.
          inVisible = false;
          close();
        }
        const read = self.read(container);
        if (!read) continue;
        const cached = self.cache.get(read.block.text);
        if (cached) {
          onMarked(container, self.applyMentions(container, read.block, cached));
        } else {
          open.items.push({ container, block: read.block, token: read.token, visible });
          open.chars += read.block.text.length;
          if (open.chars >= BATCH_CHARS) close();
        }
        yield;
      }
    };
    const reader = runSliced(reading(), () => {}, sliceOptions).finally(() => {
      close();
      readingDone = true;
      signal();
    });

    let ok = true;
    let remote = true;
    for (;;) {
      if (batches.length === 0) {
        if (readingDone) break;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (sliceOptions.isCancelled()) {
        ok = false;
        break;
      }
      const batch = batches.shift()!;
      const texts = batch.items.map((item) => item.block.text);
      let reply: Awaited<ReturnType<RemoteChecker['request']>> | null = null;
      if (remote) {
        const sending = performance.now();
        const pending = checker.request(texts);
        // Serialising the texts happens in this call, on the page's main thread: it is ours.
        const sendMs = performance.now() - sending;
        this.stats.record(sendMs);
        this.stats.phase('send texts (messaging)', sendMs);
        try {
          reply = await pending;
        } catch {
          remote = false;
          this.fallbacks++;
        }
      }
      const current = (item: Batch['items'][number]) => this.reads.get(item.container) === item.token;
      const marking = function* (): Generator<void> {
        for (let i = 0; i < batch.items.length; i++) {
          const item = batch.items[i]!;
          let mentions: PageMention[] | null = null;
          if (reply) {
            const at = performance.now();
            mentions = checker.decodeBlock(reply, i, item.block.text);
            self.stats.phase('decode answers (messaging)', performance.now() - at);
            if (mentions) {
              self.remember(item.block.text, mentions);
              self.checkedBlocks.background++;
            } else {
              self.errors++; // a lost detail: this block is checked in the page instead
            }
          }
          if (!current(item)) continue; // read again since: that read's answer will mark it
          if (!mentions) mentions = yield* self.checkLocally(item.block.text);
          if (!current(item)) continue;
          onMarked(item.container, self.applyMentions(item.container, item.block, mentions));
          yield;
        }
      };
      if (!reply && !(await this.warmUp(sliceOptions))) {
        ok = false;
        break;
      }
      if (!(await runSliced(marking(), () => {}, sliceOptions))) {
        ok = false;
        break;
      }
    }
    return (await reader) && ok;
  }

  private remember(text: string, mentions: PageMention[]): void {
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, mentions);
  }

  /** Replaces a block's marks by ranges for `mentions`; returns how many were made. */
  private applyMentions(container: Container, block: TextBlock, mentions: PageMention[]): number {
    this.reads.delete(container);
    this.dropRecord(container);
    const marks: Mark[] = [];
    let highlightMs = 0;
    const at = performance.now();
    for (const mention of mentions) {
      try {
        const range = rangeFor(block, mention.start, mention.end);
        if (!range) continue;
        const mark: Mark = { id: this.nextId++, range, mention, container };
        marks.push(mark);
        this.indexMark(block, mark);
        const before = performance.now();
        this.addHighlight(mark);
        highlightMs += performance.now() - before;
      } catch {
        this.errors++;
      }
    }
    this.stats.phase('make ranges', performance.now() - at - highlightMs);
    this.stats.phase('register highlights', highlightMs);
    if (marks.length > 0) {
      this.records.set(container, marks);
      this.changed = true;
    }
    return marks.length;
  }

  private indexMark(block: TextBlock, mark: Mark): void {
    for (const seg of block.segments) {
      if (seg.flatStart >= mark.mention.end) break;
      if (seg.flatStart + seg.flatLength <= mark.mention.start) continue;
      const list = this.marksByNode.get(seg.node);
      if (list) list.push(mark);
      else this.marksByNode.set(seg.node, [mark]);
    }
  }

  private dropRecord(container: Container): void {
    const old = this.records.get(container);
    if (!old) return;
    for (const mark of old) {
      this.removeHighlight(mark);
      const list = this.marksByNode.get(mark.range.startContainer as Text);
      if (list)
        this.marksByNode.set(
          mark.range.startContainer as Text,
          list.filter((m) => m !== mark),
        );
      const endList = this.marksByNode.get(mark.range.endContainer as Text);
      if (endList)
        this.marksByNode.set(
          mark.range.endContainer as Text,
          endList.filter((m) => m !== mark),
        );
    }
    this.records.delete(container);
    this.changed = true;
  }

  private addHighlight(mark: Mark): void {
    if (this.options.isShown(mark.mention.verdict)) this.highlights.add(mark.mention.verdict, mark.range);
  }

  private removeHighlight(mark: Mark): void {
    this.highlights.delete(mark.mention.verdict, mark.range);
  }
}

/** Document order of two marks; marks in different trees (shadow roots) keep scan order. */
function compareMarks(a: Mark, b: Mark): number {
  try {
    const rootA = a.range.startContainer.getRootNode();
    if (rootA === b.range.startContainer.getRootNode())
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    // fall through
  }
  return a.id - b.id;
}
