/**
 * Follows a page that changes after load. Mutation records are only collected when they arrive
 * (cheap); the rescan runs later, batched, when the page is idle. Only the blocks whose text
 * changed and the subtrees that were added are rescanned; a huge batch triggers one full
 * rescan instead, which is cheaper than thousands of small ones.
 */

/** Beyond this many changed nodes in one batch, rescan everything. */
export const FULL_RESCAN_THRESHOLD = 1500;
/** Quiet time to wait for more changes before rescanning. */
export const BATCH_DELAY_MS = 120;

export interface ChangeHandler {
  /** Rescan `blocks` (text changed) and `roots` (subtrees added or revealed). */
  changed(blocks: Set<Node>, roots: Set<Node>): void;
  /** Too much changed: rescan the whole page. */
  changedAll(): void;
  /** A class or style attribute changed: text hidden before may be shown now. */
  restyled?(): void;
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Attributes that show or hide content. Class and style changes ("Continue reading", tabs,
  // accordions) only raise a flag: the scanner then looks at the elements it skipped as hidden,
  // so framework churn costs no rescans.
  attributeFilter: ['hidden', 'open', 'class', 'style'],
};

export class ChangeWatcher {
  private readonly observer: MutationObserver;
  private blocks = new Set<Node>();
  private roots = new Set<Node>();
  private count = 0;
  private restyled = false;
  private timer: number | null = null;
  private readonly observed = new WeakSet<Node>();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly handler: ChangeHandler,
    /** True for nodes of our own UI, whose changes are ignored. */
    private readonly isOwn: (node: Node) => boolean,
  ) {
    this.observer = new win.MutationObserver((records: MutationRecord[]) => this.collect(records));
  }

  /** Starts watching a document or an open shadow root (observers do not cross shadow roots). */
  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = null;
  }

  private collect(records: MutationRecord[]): void {
    try {
      for (const record of records) {
        const target = record.target;
        if (this.isOwn(target)) continue;
        if (record.type === 'characterData') {
          this.blocks.add(target);
          this.count++;
        } else if (record.type === 'attributes') {
          if (record.attributeName === 'class' || record.attributeName === 'style') {
            this.restyled = true;
            continue;
          }
          this.roots.add(target);
          this.count++;
        } else {
          let own = true;
          for (const node of record.addedNodes) {
            if (this.isOwn(node)) continue;
            own = false;
            if (node.nodeType === Node.ELEMENT_NODE) this.roots.add(node);
            this.count++;
          }
          if (record.removedNodes.length > 0) own = false;
          // Added or removed nodes change the text of the block they sit in.
          if (!own) this.blocks.add(target);
        }
      }
      if (this.count > 0 || this.restyled) this.schedule();
    } catch {
      // Never let our bookkeeping throw into the page's task.
    }
  }

  private schedule(): void {
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => this.flush(), BATCH_DELAY_MS);
  }

  /** Hands the batch to the handler now (tests call it to skip the delay). */
  flush(): void {
    this.timer = null;
    const blocks = this.blocks;
    const roots = this.roots;
    const count = this.count;
    this.blocks = new Set();
    this.roots = new Set();
    this.count = 0;
    const restyled = this.restyled;
    this.restyled = false;
    if (count > FULL_RESCAN_THRESHOLD) this.handler.changedAll();
    else if (count > 0) this.handler.changed(blocks, roots);
    if (restyled && count <= FULL_RESCAN_THRESHOLD) this.handler.restyled?.();
  }
}
