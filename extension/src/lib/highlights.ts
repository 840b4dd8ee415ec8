/**
 * Marks figures with the CSS Custom Highlight API: one named highlight per verdict in the
 * document's `CSS.highlights` registry. Highlights paint over text without touching the DOM,
 * so pages (and their frameworks) never see a changed node.
 */
import { VERDICTS, type VerdictKind } from '@figure-check/core';
import highlightCss from './highlights.css?raw';

/** Registry name of a verdict's highlight, e.g. `factcheck-contradicted`. */
export function highlightName(verdict: VerdictKind): string {
  return `factcheck-${verdict}`;
}

/**
 * Highlight styles. Only `::highlight()` rules: they affect nothing but our own highlights, so
 * adding them to a page's style sheets cannot restyle the page. Colours differ by more than
 * hue (underline styles) for readers who do not tell red from green.
 */
export const HIGHLIGHT_CSS = highlightCss;

/** True when this browser has the CSS Custom Highlight API. */
export function highlightsSupported(win: Window = window): boolean {
  const css = (win as Window & { CSS?: typeof CSS }).CSS;
  return (
    !!css &&
    'highlights' in css &&
    typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function'
  );
}

const styled = new WeakSet<Document | ShadowRoot>();

/**
 * Adds the highlight styles to a document or an open shadow root (selectors do not cross
 * shadow boundaries, so each root needs them). Prefers an adopted style sheet, which adds no
 * node to the page; falls back to a <style> element where adopting is refused.
 */
export function installHighlightStyles(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
  try {
    const view = doc.defaultView;
    if (!view) throw new Error('no window');
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Firefox content scripts may not adopt sheets into the page: use an element instead.
  }
  try {
    const style = doc.createElement('style');
    style.dataset.figureCheck = 'highlights';
    style.textContent = HIGHLIGHT_CSS;
    if (root.nodeType === Node.DOCUMENT_NODE) (doc.head ?? doc.documentElement).append(style);
    else root.appendChild(style);
  } catch {
    // Without styles the highlights are invisible but the card and popup still work.
  }
}

/** The four verdict highlights, registered once per document. */
export class VerdictHighlights {
  private readonly byVerdict = new Map<VerdictKind, Highlight>();
  private flash: Highlight | null = null;

  constructor(private readonly win: Window & typeof globalThis = window) {
    if (!highlightsSupported(win)) return;
    for (const verdict of VERDICTS) {
      const highlight = new win.Highlight();
      this.byVerdict.set(verdict, highlight);
      win.CSS.highlights.set(highlightName(verdict), highlight);
    }
  }

  add(verdict: VerdictKind, range: Range): void {
    this.byVerdict.get(verdict)?.add(range);
  }

  delete(verdict: VerdictKind, range: Range): void {
    this.byVerdict.get(verdict)?.delete(range);
  }

  clear(): void {
    for (const highlight of this.byVerdict.values()) highlight.clear();
  }

  /** Number of marks per verdict, as the page's registry holds them. */
  counts(): Record<VerdictKind, number> {
    const out = {} as Record<VerdictKind, number>;
    for (const verdict of VERDICTS) out[verdict] = this.byVerdict.get(verdict)?.size ?? 0;
    return out;
  }

  /** Briefly paints `range` in the flash colour, to show where a figure listed elsewhere is. */
  flashRange(range: Range, ms = 1200): void {
    if (!highlightsSupported(this.win)) return;
    if (!this.flash) {
      this.flash = new this.win.Highlight();
      this.flash.priority = 1;
      this.win.CSS.highlights.set('factcheck-flash', this.flash);
    }
    const flash = this.flash;
    flash.add(range);
    this.win.setTimeout(() => flash.delete(range), ms);
  }

  /** Removes every highlight of ours from the registry. */
  dispose(): void {
    if (!highlightsSupported(this.win)) return;
    for (const verdict of VERDICTS) this.win.CSS.highlights.delete(highlightName(verdict));
    this.win.CSS.highlights.delete('factcheck-flash');
    this.byVerdict.clear();
  }
}
