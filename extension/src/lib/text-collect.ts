/**
 * Reads a page's text the way a reader sees it. The page is cut into blocks (paragraphs, list
 * items, cells...); each block's visible text nodes are joined into one flat string with runs
 * of white space collapsed, so that `<b>44,499</b> national standards` or `6.728\n  million`
 * reads as one phrase. An offset map turns positions in the flat string back into DOM Ranges.
 *
 * Nothing here changes the page: it only reads nodes and computed styles.
 */

/** Elements whose text is never a quoted figure a reader sees as prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements laid out as blocks by every user-agent style sheet: text never flows across them. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements that are inline unless a style sheet says otherwise; checked by tag to avoid style reads. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'WBR',
  'NOBR',
  'BIG',
  'TT',
  'ACRONYM',
]);

/** A block of text as read: `text` is the flat string, `segments` map it back to text nodes. */
export interface TextBlock {
  /** The element (or shadow root) the block's text flows in. */
  container: Element | ShadowRoot | Document;
  text: string;
  segments: Segment[];
}

/** One text node's share of a block's flat text. */
export interface Segment {
  node: Text;
  /** Offset of this node's first kept character in the block's flat text. */
  flatStart: number;
  /** Length of this node's kept characters in the flat text. */
  flatLength: number;
  /** Node offset of each kept character when white space was collapsed; null when it maps 1:1. */
  nodeOffsets: Uint32Array | null;
}

/** Options of the collector. */
export interface CollectOptions {
  /** Elements (our own UI) whose subtree is never read. */
  ignore?: (element: Element) => boolean;
  /**
   * Called for an element skipped because it is not rendered (hidden, display:none...): the
   * scanner keeps them to check their text when a class or style change reveals it.
   */
  onHidden?: (element: Element) => void;
}

const WS = /[ \t\n\r\f]/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Text that the per-character loop would change: white space other than single spaces, or a no-break space. */
const NEEDS_COLLAPSING = /[\t\n\r\f\u00a0]| {2}/;

/** True for an element that starts a new line of text (a block) rather than flowing inline. */
export function isBlockElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (BLOCK_TAGS.has(tag)) return true;
  if (INLINE_TAGS.has(tag) || tag === 'BR') return false;
  // Unknown and custom elements: ask the style sheet (cheap once styles are computed).
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const display = view.getComputedStyle(element).display;
  return display !== '' && !display.startsWith('inline') && display !== 'contents' && display !== 'none';
}

/** True when `element`'s subtree is never read: code, form fields, editors, hidden or our own UI. */
export function isSkipped(element: Element, options: CollectOptions = {}): boolean {
  if (SKIPPED_TAGS.has(element.tagName) || SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (options.ignore?.(element)) return true;
  if (element instanceof HTMLElement || 'isContentEditable' in element) {
    const html = element as HTMLElement;
    // An editable region is the user's own text being written: never mark it.
    if (html.isContentEditable || isEditableAttr(html.getAttribute('contenteditable'))) return true;
    if (html.hidden) {
      options.onHidden?.(element);
      return true;
    }
  }
  if (!isHidden(element)) return false;
  options.onHidden?.(element);
  return true;
}

function isEditableAttr(value: string | null): boolean {
  return value !== null && value !== 'false';
}

/**
 * Hidden from a reader: display:none, visibility:hidden, content-visibility:hidden. Uses the
 * browser's `checkVisibility` where it exists (it also covers ancestors); `display: contents`
 * boxes have no box of their own but their children are visible, so they are not hidden.
 */
export function isHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (typeof element.checkVisibility === 'function' && view && 'CSS' in view) {
    try {
      if (element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) return false;
      return view.getComputedStyle(element).display !== 'contents';
    } catch {
      // fall through to the style check
    }
  }
  if (!view) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/**
 * The block container a node's text flows in: its nearest block-level ancestor, or the shadow
 * root / document when no element in between is a block.
 */
export function blockContainerOf(node: Node): Element | ShadowRoot | Document | null {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current) {
    if (current.nodeType === Node.ELEMENT_NODE) {
      if (isBlockElement(current as Element)) return current as Element;
    } else if (current.nodeType === Node.DOCUMENT_FRAGMENT_NODE || current.nodeType === Node.DOCUMENT_NODE) {
      return current as ShadowRoot | Document;
    }
    current = current.parentNode;
  }
  return null;
}

/** Accumulates one block's flat text while walking it. */
class BlockBuilder {
  text = '';
  readonly segments: Segment[] = [];
  private lastWasSpace = true; // leading white space of a block is dropped

  addText(node: Text): void {
    const value = node.data;
    if (value.length === 0) return;
    const flatStart = this.text.length;
    // Most text nodes have nothing to collapse or replace: keep them whole, skipping the
    // per-character loop below (the largest part of reading a long page).
    if (!NEEDS_COLLAPSING.test(value) && !(this.lastWasSpace && value.charCodeAt(0) === 32)) {
      this.text += value;
      this.segments.push({ node, flatStart, flatLength: value.length, nodeOffsets: null });
      this.lastWasSpace = value.charCodeAt(value.length - 1) === 32;
      return;
    }
    let out = '';
    let offsets: number[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (WS.test(ch)) {
        if (this.lastWasSpace) {
          offsets ??= Array.from({ length: out.length }, (_, k) => k);
          continue;
        }
        out += ' ';
        this.lastWasSpace = true;
      } else {
        // A no-break space reads as a space; the core's patterns expect ordinary spaces.
        out += ch === '\u00a0' ? ' ' : ch;
        this.lastWasSpace = ch === '\u00a0';
      }
      offsets?.push(i);
    }
    if (out.length === 0) return;
    this.text += out;
    this.segments.push({
      node,
      flatStart,
      flatLength: out.length,
      nodeOffsets: offsets ? Uint32Array.from(offsets) : null,
    });
  }

  /** A line break (`<br>`, a nested block): text on each side must not run together. */
  addBreak(): void {
    if (this.text.length > 0 && !this.text.endsWith('\n')) {
      this.text += '\n';
      this.lastWasSpace = true;
    }
  }
}

/**
 * Collects the text blocks under `root` (an element, document or shadow root). Each open shadow
 * root found inside is returned in `shadowRoots` so the caller can read (and style) it too.
 */
export function collectBlocks(
  root: Node,
  options: CollectOptions = {},
): { blocks: TextBlock[]; shadowRoots: ShadowRoot[] } {
  const blocks: TextBlock[] = [];
  const shadowRoots: ShadowRoot[] = [];
  for (const container of iterateContainers(root, options, shadowRoots)) {
    const block = readBlock(container, options);
    if (block) blocks.push(block);
  }
  return { blocks, shadowRoots };
}

/**
 * Yields every block container under `root` in document order, without reading text: lets a
 * caller spread reading over several tasks. For an element root that is inline content, the
 * block it flows in comes first (that block's text is what changed). `shadowRoots` receives
 * the open shadow roots met on the way. May yield a container twice; callers dedupe.
 */
export function* iterateContainers(
  root: Node,
  options: CollectOptions = {},
  shadowRoots: ShadowRoot[] = [],
): Generator<Element | ShadowRoot | Document> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  if (root.nodeType === Node.ELEMENT_NODE) {
    const element = root as Element;
    if (!isBlockElement(element)) {
      const outer = blockContainerOf(element.parentNode ?? element);
      if (outer) yield outer;
    }
    if (isSkipped(element, options)) return;
    if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
    if (isBlockElement(element)) yield element;
  } else {
    yield root as ShadowRoot | Document;
  }
  // Document order with an explicit stack: no script filter called per node (see readBlock).
  const stack: Element[] = [];
  const pushChildren = (parent: Node) => {
    for (let child = parent.lastChild; child; child = child.previousSibling)
      if (child.nodeType === ELEMENT_NODE) stack.push(child as Element);
  };
  pushChildren(root);
  for (let element = stack.pop(); element; element = stack.pop()) {
    // Finding blocks, an inline element (most of a page's elements) is only looked at for its
    // tag: its computed visibility is read with the block's text (readBlock), and a block
    // inside a hidden inline element is rejected there (checkVisibility covers ancestors).
    if (!INLINE_TAGS.has(element.tagName) && isSkipped(element, options)) continue;
    if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
    if (isBlockElement(element)) yield element;
    pushChildren(element);
  }
}

/**
 * Reads one block: the visible text nodes whose nearest block container is `container`.
 * Nested blocks are skipped (they are blocks of their own) but leave a line break behind.
 * Returns null when the block has no text.
 */
export function readBlock(
  container: Element | ShadowRoot | Document,
  options: CollectOptions & {
    /** Read nested blocks too (a table cell's whole text), except nested tables. */
    flatten?: boolean;
  } = {},
): TextBlock | null {
  const doc = container.nodeType === Node.DOCUMENT_NODE ? (container as Document) : container.ownerDocument;
  if (!doc) return null;
  if (container.nodeType === Node.ELEMENT_NODE && isSkipped(container as Element, options)) return null;
  const builder = new BlockBuilder();
  // A plain walk over child lists: a TreeWalker with a script filter calls into script for
  // every node, which made a container of thousands of paragraphs one long task.
  const visit = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        builder.addText(node as Text);
        continue;
      }
      if (type !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (element.tagName === 'BR') {
        builder.addBreak();
        continue;
      }
      // Nested blocks first: they are read on their own, so their visibility is not needed here.
      if (isBlockElement(element)) {
        builder.addBreak();
        if (options.flatten && element.tagName !== 'TABLE' && !isSkipped(element, options)) visit(element);
        continue;
      }
      if (!isSkipped(element, options)) visit(element);
    }
  };
  visit(container);
  if (builder.text.trim() === '') return null;
  return { container, text: builder.text, segments: builder.segments };
}

/** The text node and offset of flat position `index` (a character, not the end). */
function pointAt(block: TextBlock, index: number): { node: Text; offset: number } | null {
  const segments = block.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (index < seg.flatStart) hi = mid - 1;
    else if (index >= seg.flatStart + seg.flatLength) lo = mid + 1;
    else {
      const k = index - seg.flatStart;
      return { node: seg.node, offset: seg.nodeOffsets ? seg.nodeOffsets[k]! : k };
    }
  }
  return null; // `index` is a synthetic line break between blocks
}

/**
 * The DOM Range covering flat text [start, end) of a block, across as many text nodes as the
 * phrase spans. Null when the offsets do not land on text (should not happen for core output).
 */
export function rangeFor(block: TextBlock, start: number, end: number): Range | null {
  if (end <= start) return null;
  const first = pointAt(block, start);
  const last = pointAt(block, end - 1);
  if (!first || !last) return null;
  const doc = first.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** The text nodes a flat range [start, end) of a block covers, in order. */
export function nodesFor(block: TextBlock, start: number, end: number): Text[] {
  const nodes: Text[] = [];
  for (const seg of block.segments) {
    if (seg.flatStart >= end) break;
    if (seg.flatStart + seg.flatLength <= start) continue;
    nodes.push(seg.node);
  }
  return nodes;
}

/** An HTML data table as read: each cell's flat text on a grid (spans resolved), and its block. */
export interface TableRead {
  table: HTMLTableElement;
  grid: string[][];
  /** The block of the cell whose text is at grid[row][col] (null for spanned or empty cells). */
  cells: Array<Array<TextBlock | null>>;
}

/** Cells longer than this mean a layout table (a page laid out in a table), read as prose. */
const DATA_CELL_CHARS = 300;

/** The data table a block container belongs to (its cell's table), or null. */
export function dataTableOf(container: Element | ShadowRoot | Document): HTMLTableElement | null {
  if (container.nodeType !== Node.ELEMENT_NODE) return null;
  const element = container as Element;
  if (element.tagName === 'TABLE') return element as HTMLTableElement;
  const cell = element.closest('td, th');
  return (cell?.closest('table') as HTMLTableElement | null) ?? null;
}

/*
 * Reads a table as a grid for the core's table check: row and column spans put a cell's text at
 * its top-left position and leave the spanned positions empty (the core carries merged-looking
 * headers over). Returns null for a layout table (a nested table, or a cell of prose), which is
 * then read block by block like any text.
 */
function readGrid(table: HTMLTableElement, options: CollectOptions): TableRead | null {
  if (isSkipped(table, options)) return null;
  if (table.querySelector('table')) return null;
  const grid: string[][] = [];
  const cells: Array<Array<TextBlock | null>> = [];
  const taken: boolean[][] = [];
  const rows = Array.from(table.rows);
  rows.forEach((row, r) => {
    grid[r] ??= [];
    cells[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (taken[r]?.[c]) c++;
      const block = isSkipped(cell, options) ? null : readBlock(cell, { ...options, flatten: true });
      if (block && block.text.length > DATA_CELL_CHARS) throw new LayoutTable();
      const rowSpan = Math.max(1, Math.min(cell.rowSpan || 1, rows.length - r));
      const colSpan = Math.max(1, Math.min(cell.colSpan || 1, 1000));
      for (let dr = 0; dr < rowSpan; dr++) {
        const rr = r + dr;
        const gridRow = (grid[rr] ??= []);
        const cellRow = (cells[rr] ??= []);
        const takenRow = (taken[rr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          takenRow[c + dc] = true;
          gridRow[c + dc] = dr === 0 && dc === 0 ? (block?.text ?? '') : '';
          cellRow[c + dc] = dr === 0 && dc === 0 ? block : null;
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  if (grid.length < 2 || width < 2) return null;
  for (let r = 0; r < grid.length; r++)
    for (let c = 0; c < width; c++) {
      grid[r]![c] ??= '';
      cells[r]![c] ??= null;
    }
  return { table, grid, cells };
}

/** Thrown inside readGrid when a cell holds prose: not a data table. */
class LayoutTable extends Error {}

/**
 * Reads a data table as a grid for the core's table check (see readGrid); null for a hidden or
 * layout table.
 */
export function readDataTable(table: HTMLTableElement, options: CollectOptions = {}): TableRead | null {
  try {
    return readGrid(table, options);
  } catch (error) {
    if (error instanceof LayoutTable) return null;
    throw error;
  }
}

/**
 * The page's publication date as it states it for machines (YYYY-MM-DD): the article's
 * `article:published_time` or a similar meta tag, else the first `<time datetime>` in an
 * article. Undefined when the page does not say.
 */
export function publishedDate(doc: Document): string | undefined {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[name="publishdate"]',
  ];
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content');
    const date = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1] : undefined;
    if (date) return date;
  }
  const time = doc.querySelector('article time[datetime]')?.getAttribute('datetime');
  return time ? /^(\d{4}-\d{2}-\d{2})/.exec(time.trim())?.[1] : undefined;
}
