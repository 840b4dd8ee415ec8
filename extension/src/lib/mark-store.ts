/**
 * The marks on a page: one record per block (or table), each mark's Range registered in the
 * verdict highlights, and an index from every text node a mark covers to its marks, for
 * hit-testing. Marks are replaced a block at a time, and every node a mark was indexed under
 * is unindexed with it (a mark can span any number of text nodes).
 */
import type { VerdictKind } from '@figure-check/core';
import type { PageMention } from './messages.ts';
import type { VerdictHighlights } from './highlights.ts';

/** What a block's marks are kept under: its block element, table, shadow root or document. */
export type Container = Element | ShadowRoot | Document;

/** One marked figure on the page. */
export interface Mark {
  id: number;
  range: Range;
  mention: PageMention;
  container: Container;
  /** Every text node the mark covers (the hit-test index holds the mark under each). */
  nodes: Text[];
  /** The text the mark stands in (its block, or its table row) and its place there. */
  context: MarkContext;
}

/** Where a mark stands: the block's text (shared, not copied) and the mark's offsets in it. */
export interface MarkContext {
  text: string;
  start: number;
  end: number;
}

/** A mark to add: its range, the mention, the text nodes it covers and its context. */
export type NewMark = Omit<Mark, 'id' | 'container'>;

export class MarkStore {
  private readonly records = new Map<Container, Mark[]>();
  private readonly byNode = new WeakMap<Text, Mark[]>();
  private nextId = 1;
  /** Set when marks were added or removed since the last `takeChanged()`. */
  private changed = false;

  /**
   * @param highlights where shown marks are painted
   * @param isShown whether a verdict (or one mark, e.g. dismissed) is painted; hidden ones are kept and counted
   */
  constructor(
    private readonly highlights: VerdictHighlights,
    private readonly isShown: (mark: Mark) => boolean,
  ) {}

  /** Every mark, in document order. */
  all(): Mark[] {
    const out: Mark[] = [];
    for (const list of this.records.values()) out.push(...list);
    return out.sort(compareMarks);
  }

  /** The marks of one container. */
  of(container: Container): readonly Mark[] {
    return this.records.get(container) ?? [];
  }

  /** Counts per verdict (hidden verdicts included). */
  counts(into: Record<VerdictKind, number>): Record<VerdictKind, number> {
    for (const list of this.records.values()) for (const mark of list) into[mark.mention.verdict]++;
    return into;
  }

  /** The marks covering a text node. */
  at(node: Text): readonly Mark[] {
    return this.byNode.get(node) ?? [];
  }

  /** Replaces a container's marks; returns how many were made. */
  replace(container: Container, marks: NewMark[]): Mark[] {
    this.drop(container);
    const made: Mark[] = [];
    for (const m of marks) {
      const mark: Mark = { id: this.nextId++, container, ...m };
      made.push(mark);
      for (const node of mark.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
      this.paint(mark);
    }
    if (made.length > 0) {
      this.records.set(container, made);
      this.changed = true;
    }
    return made;
  }

  /** Forgets a container's marks, unindexing every node each mark covered. */
  drop(container: Container): void {
    const old = this.records.get(container);
    if (!old) return;
    for (const mark of old) {
      this.highlights.delete(mark.mention.verdict, mark.range);
      for (const node of mark.nodes) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const kept = list.filter((m) => m !== mark);
        if (kept.length > 0) this.byNode.set(node, kept);
        else this.byNode.delete(node);
      }
    }
    this.records.delete(container);
    this.changed = true;
  }

  /** Drops the marks of containers no longer in the page. */
  prune(): void {
    for (const container of [...this.records.keys()]) {
      if (container.nodeType === Node.DOCUMENT_NODE) continue;
      const connected =
        container.nodeType === Node.ELEMENT_NODE
          ? (container as Element).isConnected
          : (container as ShadowRoot).host.isConnected;
      if (!connected) this.drop(container);
    }
  }

  /** Forgets every mark. */
  clear(): void {
    for (const container of [...this.records.keys()]) this.drop(container);
    this.highlights.clear();
  }

  /** Re-applies visibility (settings or dismissals changed) without rechecking. */
  repaint(): void {
    this.highlights.clear();
    for (const list of this.records.values()) for (const mark of list) this.paint(mark);
  }

  /** True once after marks changed (the scanner notifies its host at most once per slice). */
  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  private paint(mark: Mark): void {
    if (this.isShown(mark)) this.highlights.add(mark.mention.verdict, mark.range);
  }
}

/** Document order of two marks; marks in different trees (shadow roots) keep scan order. */
export function compareMarks(a: Mark, b: Mark): number {
  try {
    const rootA = a.range.startContainer.getRootNode();
    if (rootA === b.range.startContainer.getRootNode())
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    // fall through
  }
  return a.id - b.id;
}
