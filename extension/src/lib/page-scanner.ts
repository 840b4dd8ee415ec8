/**
 * Finds and marks every figure on a page, in time slices, visible part first. The core does all
 * extraction and checking; this module only decides what text to hand it and where the answers
 * go. Results are kept per block so that a change to one paragraph rescans that paragraph only.
 */
import { checkMention, extractFigures, type CheckedMention, type FigureSet, type VerdictKind } from '@figure-check/core';
import { iterateContainers, rangeFor, readBlock, blockContainerOf, type CollectOptions, type TextBlock } from './text-collect.ts';
import { VerdictHighlights, installHighlightStyles } from './highlights.ts';
import { runSliced, WorkStats } from './scheduler.ts';

type Container = Element | ShadowRoot | Document;

/** One marked figure on the page. */
export interface Mark {
  id: number;
  range: Range;
  mention: CheckedMention;
  container: Container;
}

/** What the scanner needs from its host (the content script, a test, the draft page). */
export interface ScannerOptions extends CollectOptions {
  doc: Document;
  /** The figure set to check against (built-in merged with the user's imports). */
  getSet: () => FigureSet;
  /** Whether a verdict is shown; hidden verdicts are still counted. */
  isShown: (verdict: VerdictKind) => boolean;
  /** Called (at most once per slice) when marks were added or removed. */
  onMarksChanged?: () => void;
  /** Called once per scan with the time from the scan's start to the first visible mark. */
  onFirstVisibleMark?: (ms: number) => void;
}

/** Blocks longer than this are checked in sentence-aligned chunks so one step stays short. */
const CHUNK_CHARS = 4000;
/** Checked results are cached by block text; cleared beyond this many entries. */
const CACHE_LIMIT = 20_000;

/**
 * Splits long text at sentence ends (or any white space) so extraction runs on pieces of at
 * most about CHUNK_CHARS. Figures and their sentence never straddle a cut at a sentence end.
 */
export function chunkText(text: string, size = CHUNK_CHARS): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (text.length - start > size) {
    const window = text.slice(start, start + size);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('。'), window.lastIndexOf('\n'), window.lastIndexOf('! '), window.lastIndexOf('? '));
    if (cut < size / 4) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = size - 1;
    chunks.push({ start, end: start + cut + 1 });
    start += cut + 1;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

export class PageScanner {
  readonly highlights: VerdictHighlights;
  readonly stats = new WorkStats();
  private readonly records = new Map<Container, Mark[]>();
  private readonly marksByNode = new WeakMap<Text, Mark[]>();
  private readonly cache = new Map<string, CheckedMention[]>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private generation = 0;
  private nextId = 1;
  private running = 0;
  private changed = false;
  errors = 0;

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
  }

  /** Every mark, in document order. */
  marks(): Mark[] {
    const all: Mark[] = [];
    for (const list of this.records.values()) all.push(...list);
    return all.sort(compareMarks);
  }

  /** Counts of figures found per verdict (hidden verdicts included). */
  counts(): Record<VerdictKind, number> {
    const out: Record<VerdictKind, number> = { verified: 0, approximate: 0, contradicted: 0, unverified: 0 };
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
      const container = node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE ? blockContainerOf(node) : (node as Container);
      if (container) containers.push(container);
    }
    return this.scan([...roots].filter((r) => r.isConnected), containers);
  }

  private prune(): void {
    for (const [container, list] of this.records) {
      if (container.nodeType === Node.DOCUMENT_NODE) continue;
      const connected = container.nodeType === Node.ELEMENT_NODE ? (container as Element).isConnected : (container as ShadowRoot).host.isConnected;
      if (!connected) {
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
      if (!(await runSliced(containers(), bucket, { stats: this.stats, isCancelled, onError }))) return false;

      // Pass 2: read, check and mark each block; one step per mention keeps slices short.
      const visibleSet = new Set(visible);
      const work = function* (): Generator<void> {
        for (const container of [...visible, ...rest]) {
          const added = yield* self.processContainer(container);
          if (added > 0 && !firstVisibleReported && visibleSet.has(container)) {
            firstVisibleReported = true;
            self.options.onFirstVisibleMark?.(performance.now() - started);
          }
        }
      };
      const ok = await runSliced(work(), () => {}, { stats: this.stats, isCancelled, onError, onSliceEnd: () => this.flushChanged() });
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

  /** Reads one block and marks its figures; yields between steps so slices stay short. */
  private *processContainer(container: Container): Generator<void, number> {
    let block: TextBlock | null = null;
    try {
      block = readBlock(container, this.options);
    } catch {
      this.errors++;
    }
    this.dropRecord(container);
    if (!block) return 0;
    yield;
    let checked = this.cache.get(block.text);
    if (!checked) {
      checked = [];
      const set = this.options.getSet();
      for (const chunk of chunkText(block.text)) {
        const text = block.text.slice(chunk.start, chunk.end);
        let mentions: ReturnType<typeof extractFigures> = [];
        try {
          mentions = extractFigures(text);
        } catch {
          this.errors++;
        }
        yield;
        for (const mention of mentions) {
          try {
            const result = checkMention(text, mention, set);
            checked.push({ ...result, start: result.start + chunk.start, end: result.end + chunk.start });
          } catch {
            this.errors++;
          }
          yield;
        }
      }
      if (this.cache.size > CACHE_LIMIT) this.cache.clear();
      this.cache.set(block.text, checked);
    }
    const marks: Mark[] = [];
    for (const mention of checked) {
      try {
        const range = rangeFor(block, mention.start, mention.end);
        if (!range) continue;
        const mark: Mark = { id: this.nextId++, range, mention, container };
        marks.push(mark);
        this.indexMark(block, mark);
        this.addHighlight(mark);
      } catch {
        this.errors++;
      }
    }
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
      if (list) this.marksByNode.set(mark.range.startContainer as Text, list.filter((m) => m !== mark));
      const endList = this.marksByNode.get(mark.range.endContainer as Text);
      if (endList) this.marksByNode.set(mark.range.endContainer as Text, endList.filter((m) => m !== mark));
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
    if (rootA === b.range.startContainer.getRootNode()) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    // fall through
  }
  return a.id - b.id;
}
