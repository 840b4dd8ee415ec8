/**
 * Finds and marks every figure on a page, in time slices, visible part first. The core does all
 * extraction and checking through a BlockChecker (in the background for the content script);
 * this module only decides what text to hand it and where the answers go: prose block by block,
 * HTML data tables as grids for the core's table check. Results are kept per block so that a
 * change to one paragraph rescans that paragraph only.
 */
import { emptyCounts, type VerdictKind } from '@figure-check/core';
import {
  dataTableOf,
  iterateContainers,
  isHidden,
  nodesFor,
  rangeFor,
  readBlock,
  readDataTable,
  blockContainerOf,
  type CollectOptions,
  type TableRead,
  type TextBlock,
} from './text-collect.ts';
import { VerdictHighlights, installHighlightStyles } from './highlights.ts';
import { runSliced, WorkStats } from './scheduler.ts';
import { MarkStore, type Container, type Mark, type NewMark } from './mark-store.ts';
import { checkInBatches, FLUSH, type BatchItem, type ReadStep } from './background-batcher.ts';
import type { BlockChecker, CellMention, CheckAnswer } from './check-job.ts';
import type { PageMention } from './messages.ts';

export type { Mark } from './mark-store.ts';

/** What the scanner needs from its host (the content script, a test). */
export interface ScannerOptions extends CollectOptions {
  doc: Document;
  /** Runs the core: the background for the content script, the page in unit tests. */
  checker: BlockChecker;
  /**
   * Checks a batch the checker failed. The content script has none (it would bundle the core
   * into every page): a failed batch is retried at the next scan.
   */
  fallback?: BlockChecker | null;
  /** Whether a mark is painted (its verdict shown, not dismissed); hidden marks are still counted. */
  isShown: (mark: Mark) => boolean;
  /** Called (at most once per slice) when marks were added or removed. */
  onMarksChanged?: () => void;
  /** Called once per scan with the time from the scan's start to the first visible mark. */
  onFirstVisibleMark?: (ms: number) => void;
  /**
   * The document already has the highlight styles (the content script's manifest injects them
   * before the page is first styled): adding a sheet later would restyle the whole page once.
   */
  documentStyled?: boolean;
}

/** Checked results are cached by block text; cleared beyond this many entries. */
const CACHE_LIMIT = 20_000;
/** Hidden elements remembered for a later reveal; beyond this, the oldest are forgotten. */
const HIDDEN_LIMIT = 5_000;

/** What a read of a container gave: a prose block, or a data table. */
type Read = { kind: 'block'; block: TextBlock } | { kind: 'table'; table: TableRead };

export class PageScanner {
  readonly highlights: VerdictHighlights;
  readonly store: MarkStore;
  readonly stats = new WorkStats();
  private readonly cache = new Map<string, PageMention[] | CellMention[]>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Elements skipped as not rendered, to check again when styles change (see revealed()). */
  private readonly hidden = new Set<Element>();
  /** The latest read of each container: an answer for an older read is stale and dropped. */
  private readonly reads = new Map<Container, number>();
  private nextRead = 1;
  private generation = 0;
  private running = 0;
  errors = 0;
  /** Blocks (and tables) checked by the background and in the page, since creation. */
  readonly checkedBlocks = { background: 0, page: 0 };
  /** Batches the checker could not check (they stay unmarked until the next scan). */
  failures = 0;
  /** Called for each open shadow root found, so the host can watch it for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;

  constructor(private readonly options: ScannerOptions) {
    const win = options.doc.defaultView as Window & typeof globalThis;
    this.highlights = new VerdictHighlights(win);
    this.store = new MarkStore(this.highlights, options.isShown);
    if (!options.documentStyled) installHighlightStyles(options.doc);
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
  }

  /** Every mark, in document order. */
  marks(): Mark[] {
    return this.store.all();
  }

  /** Counts of figures found per verdict (hidden verdicts included). */
  counts(): Record<VerdictKind, number> {
    return this.store.counts(emptyCounts());
  }

  /** The marks whose text includes the given text node (for hit-testing). */
  marksAt(node: Text): readonly Mark[] {
    return this.store.at(node);
  }

  /** Drops every mark and cancels running scans. */
  clear(): void {
    this.generation++;
    this.store.clear();
    this.reads.clear();
    this.notify();
  }

  /** Re-applies which marks are shown (settings, dismissals) to existing marks. */
  refreshVisibility(): void {
    this.store.repaint();
  }

  /** Removes everything of ours from the page. */
  dispose(): void {
    this.clear();
    this.hidden.clear();
    this.highlights.dispose();
  }

  /** Scans the whole document (and open shadow roots met), cancelling scans in progress. */
  scanAll(): Promise<boolean> {
    this.generation++;
    this.store.clear();
    this.reads.clear();
    this.hidden.clear();
    this.notify();
    return this.scan([this.options.doc], []);
  }

  /**
   * Rescans after changes: `blocks` are containers whose own text changed, `roots` are subtrees
   * added or revealed. Marks of blocks no longer in the page are dropped.
   */
  scanChanged(blocks: Iterable<Node>, roots: Iterable<Node>): Promise<boolean> {
    this.store.prune();
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

  /**
   * Styles changed (a class or style attribute): text skipped earlier as not rendered and now
   * shown ("Continue reading", a tab, an accordion) is scanned. Only the elements remembered as
   * hidden are looked at, so class churn elsewhere costs one visibility check each.
   */
  revealed(): Promise<boolean> {
    const shown: Element[] = [];
    for (const element of this.hidden) {
      if (!element.isConnected) {
        this.hidden.delete(element);
        continue;
      }
      if ((element as HTMLElement).hidden || isHidden(element)) continue;
      this.hidden.delete(element);
      shown.push(element);
    }
    if (shown.length === 0) return Promise.resolve(true);
    return this.scanChanged([], shown);
  }

  private rememberHidden = (element: Element): void => {
    if (this.hidden.size >= HIDDEN_LIMIT) {
      const oldest = this.hidden.values().next().value;
      if (oldest) this.hidden.delete(oldest);
    }
    this.hidden.add(element);
  };

  private isDataTable(table: HTMLTableElement): boolean {
    try {
      return readDataTable(table, { ignore: this.options.ignore }) !== null;
    } catch {
      return false;
    }
  }

  private get collect(): CollectOptions {
    return { ignore: this.options.ignore, onHidden: this.rememberHidden };
  }

  private async scan(roots: Node[], extraContainers: Container[]): Promise<boolean> {
    const generation = this.generation;
    const started = performance.now();
    this.running++;
    let firstVisibleReported = false;
    const isCancelled = () => generation !== this.generation;
    const onError = () => {
      this.errors++;
    };
    try {
      // Pass 1: find block containers (subtrees, then shadow roots met), bucketed by whether
      // they are in the viewport, so the visible part is checked first.
      const seen = new Set<Container>();
      const dataTables = new Map<HTMLTableElement, boolean>();
      const visible: Container[] = [];
      const rest: Container[] = [];
      const viewHeight = this.options.doc.defaultView?.innerHeight ?? 0;
      // Containers come in document order: after a run of this many below the viewport, the
      // rest are taken to be below too, and not measured (visible-first is only an ordering).
      let belowInARow = 0;
      const BELOW_RUN = 50;
      const bucket = (found: Container) => {
        let container = found;
        const table = dataTableOf(found);
        if (table) {
          // A data table is one unit, read as a grid; decided once per table.
          let isData = dataTables.get(table);
          if (isData === undefined) {
            isData = this.isDataTable(table);
            dataTables.set(table, isData);
          }
          if (isData) container = table;
        }
        if (seen.has(container)) return;
        seen.add(container);
        if (container.nodeType === Node.ELEMENT_NODE && viewHeight > 0 && belowInARow < BELOW_RUN) {
          const rect = (container as Element).getBoundingClientRect();
          if (rect.bottom >= 0 && rect.top <= viewHeight && rect.height > 0) {
            belowInARow = 0;
            visible.push(container);
            return;
          }
          belowInARow = rect.top > viewHeight ? belowInARow + 1 : 0;
        }
        rest.push(container);
      };
      for (const container of extraContainers) bucket(container);
      const pendingRoots = [...roots];
      const collect = this.collect;
      const found = (shadow: ShadowRoot) => {
        if (this.shadowRoots.has(shadow)) return;
        this.shadowRoots.add(shadow);
        installHighlightStyles(shadow);
        this.onShadowRoot?.(shadow);
      };
      function* containers(): Generator<Container> {
        while (pendingRoots.length > 0) {
          const root = pendingRoots.shift()!;
          const shadows: ShadowRoot[] = [];
          for (const container of iterateContainers(root, collect, shadows)) yield container;
          for (const shadow of shadows) {
            found(shadow);
            pendingRoots.push(shadow);
          }
        }
      }
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
      const visibleSet = new Set(visible);
      const onMarked = (container: Container, added: number) => {
        if (added > 0 && !firstVisibleReported && visibleSet.has(container)) {
          firstVisibleReported = true;
          this.options.onFirstVisibleMark?.(performance.now() - started);
        }
      };
      const ok = await checkInBatches(
        this.reading([...visible, ...rest], visibleSet, onMarked),
        this.options.checker,
        {
          stats: this.stats,
          isCancelled,
          onError,
          onSliceEnd: () => this.flushChanged(),
          onFailure: () => this.failures++,
        },
        this.options.fallback,
      );
      this.flushChanged();
      return ok;
    } finally {
      this.running--;
    }
  }

  /** Reading steps: each container read; cached answers applied at once, the rest batched. */
  private *reading(
    order: Container[],
    visibleSet: Set<Container>,
    onMarked: (c: Container, added: number) => void,
  ): Generator<ReadStep> {
    let inVisible = true;
    for (const container of order) {
      if (inVisible && !visibleSet.has(container)) {
        // The visible blocks go out on their own, so that their marks come first.
        inVisible = false;
        yield FLUSH;
      }
      const token = this.nextRead++;
      this.reads.set(container, token);
      const read = this.read(container);
      if (!read) {
        this.reads.delete(container);
        this.store.drop(container);
        yield null;
        continue;
      }
      const key = cacheKey(read);
      const cached = this.cache.get(key);
      if (cached) {
        onMarked(container, this.apply(container, read, cached));
        yield null;
        continue;
      }
      const apply = (answer: CheckAnswer, index: number, where: BlockChecker['where']) => {
        const mentions = read.kind === 'block' ? answer.block(index) : answer.table(index);
        if (!mentions) {
          this.errors++;
          return;
        }
        this.remember(key, mentions);
        this.checkedBlocks[where]++;
        if (this.reads.get(container) !== token) return; // read again since: that read marks it
        onMarked(container, this.apply(container, read, mentions));
      };
      const item: BatchItem =
        read.kind === 'block' ? { text: read.block.text, apply } : { grid: read.table.grid, apply };
      yield item;
    }
  }

  private flushChanged(): void {
    if (this.store.takeChanged()) this.notify();
  }

  private notify(): void {
    try {
      this.options.onMarksChanged?.();
    } catch {
      this.errors++;
    }
  }

  /** Reads a container (null when it has no text). */
  private read(container: Container): Read | null {
    const at = performance.now();
    try {
      if (container.nodeType === Node.ELEMENT_NODE && (container as Element).tagName === 'TABLE') {
        const table = readDataTable(container as HTMLTableElement, this.collect);
        if (table) return { kind: 'table', table };
      }
      const block = readBlock(container, this.collect);
      return block ? { kind: 'block', block } : null;
    } catch {
      this.errors++;
      return null;
    } finally {
      this.stats.phase('read block text', performance.now() - at);
    }
  }

  private remember(key: string, mentions: PageMention[] | CellMention[]): void {
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, mentions);
  }

  /** Replaces a container's marks by ranges for `mentions`; returns how many were made. */
  private apply(container: Container, read: Read, mentions: PageMention[] | CellMention[]): number {
    this.reads.delete(container);
    const at = performance.now();
    const marks: NewMark[] = [];
    for (const mention of mentions) {
      try {
        const block =
          read.kind === 'block'
            ? read.block
            : read.table.cells[(mention as CellMention).row]?.[(mention as CellMention).col];
        if (!block) continue;
        const range = rangeFor(block, mention.start, mention.end);
        if (!range) continue;
        const { row, col: _col, ...pageMention } = mention as CellMention;
        // A cell's sentence is its row: the labels and the number together.
        const context =
          read.kind === 'block'
            ? { text: block.text, start: mention.start, end: mention.end }
            : { text: read.table.grid[row]?.filter(Boolean).join(' | ') ?? block.text, start: 0, end: 0 };
        marks.push({
          range,
          mention: pageMention,
          nodes: nodesFor(block, mention.start, mention.end),
          context,
        });
      } catch {
        this.errors++;
      }
    }
    const made = this.store.replace(container, marks).length;
    this.stats.phase('make ranges and highlights', performance.now() - at);
    return made;
  }
}

function cacheKey(read: Read): string {
  // Tables and prose never share a key: a table's key starts with a control character.
  return read.kind === 'block'
    ? read.block.text
    : `\u0001${read.table.grid.map((r) => r.join('\t')).join('\n')}`;
}
