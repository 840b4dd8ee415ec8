/**
 * Shows the card in a shadow root next to a marked figure. The host is one element appended to
 * <html> (outside <body>, which frameworks own), positioned fixed; the shadow root keeps the
 * page's CSS out and ours in. Used by the content script and by the draft checker.
 */
import type { CardActions, CardMention } from './card.ts';
import { buildCard, CARD_CSS } from './card.ts';

/** Tag name of our host element: a valid custom-element name, so it can carry a shadow root. */
export const HOST_TAG = 'figure-check-ui';

/** True for our own UI elements (the scanner must never read them). */
export function isOwnUi(element: Element): boolean {
  return element.localName === HOST_TAG;
}

/** Below this, a card beside the figure would be too cramped: it may cover the figure instead. */
const MIN_CARD_HEIGHT = 200;

/** The visible viewport, without scroll bars. */
function viewportSize(doc: Document, view: Window): { width: number; height: number } {
  const root = doc.documentElement;
  // In quirks mode the root's client size is the document's: take the window's then.
  const width =
    root.clientWidth > 0 && root.clientWidth <= view.innerWidth ? root.clientWidth : view.innerWidth;
  const height =
    root.clientHeight > 0 && root.clientHeight <= view.innerHeight ? root.clientHeight : view.innerHeight;
  return { width, height };
}

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private current: { card: HTMLElement; anchor: Range; returnFocus: Element | null } | null = null;
  /** Called after the card closes. */
  onClose?: () => void;

  constructor(private readonly doc: Document = document) {}

  /** The open card, if any (tests and hover logic read it). */
  get card(): HTMLElement | null {
    return this.current?.card ?? null;
  }

  /** True when `node` is inside our card. */
  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  private ensureHost(): ShadowRoot {
    if (this.host?.isConnected && this.shadow) return this.shadow;
    const host = this.doc.createElement(HOST_TAG);
    // Inline styles on the host: the page's CSS could otherwise target an unknown element.
    host.setAttribute(
      'style',
      'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; width: 0; height: 0;',
    );
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    shadow.append(style);
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    return shadow;
  }

  /**
   * Opens the card of `mention` next to `anchor`. With `focus`, keyboard focus moves into the
   * card (its first button) and returns where it was on close.
   */
  open(
    mention: CardMention,
    anchor: Range,
    options: { focus?: boolean; actions?: Omit<CardActions, 'onClose'> } = {},
  ): HTMLElement {
    // Stepping from card to card: focus is in our card, so keep returning to where it was first.
    const active = this.doc.activeElement;
    const returnFocus = this.host && active === this.host ? (this.current?.returnFocus ?? null) : active;
    this.close(false);
    const shadow = this.ensureHost();
    const card = buildCard(this.doc, mention, { ...options.actions, onClose: () => this.close() });
    card.style.position = 'fixed';
    card.style.visibility = 'hidden';
    shadow.append(card);
    this.current = { card, anchor, returnFocus };
    this.position();
    card.style.visibility = '';
    if (options.focus) (card.querySelector<HTMLElement>('button.fc-copy') ?? card).focus();
    return card;
  }

  /**
   * Places the card below the figure, or above it when it fits there and not below. When it
   * fits on neither side, it takes the larger side and its body scrolls (the verdict header and
   * the buttons stay in sight); on a very small screen it may cover the figure but never leaves
   * the viewport.
   */
  position(): void {
    if (!this.current) return;
    const { card, anchor } = this.current;
    const view = this.doc.defaultView;
    if (!view) return;
    const { width: vw, height: vh } = viewportSize(this.doc, view);
    const rect = anchor.getBoundingClientRect();
    const margin = 8;
    const gap = 6;
    card.style.maxHeight = '';
    const width = card.offsetWidth || 420;
    let height = card.offsetHeight || 240;
    const below = vh - rect.bottom - gap - margin;
    const above = rect.top - gap - margin;
    let top: number;
    if (height <= below) top = rect.bottom + gap;
    else if (height <= above) top = rect.top - gap - height;
    else if (Math.max(below, above) >= MIN_CARD_HEIGHT) {
      height = Math.floor(Math.max(below, above));
      card.style.maxHeight = `${height}px`;
      top = below >= above ? rect.bottom + gap : rect.top - gap - height;
    } else {
      height = Math.min(height, vh - 2 * margin);
      card.style.maxHeight = `${height}px`;
      top = rect.bottom + gap;
    }
    top = Math.max(margin, Math.min(top, vh - margin - height));
    const left = Math.max(margin, Math.min(rect.left, vw - width - margin));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  /** Closes the card; returns focus to where it was when the card took it. */
  close(notify = true): void {
    if (!this.current) return;
    const { card, returnFocus } = this.current;
    const hadFocus = this.shadow?.activeElement != null;
    card.remove();
    this.current = null;
    if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    if (notify) this.onClose?.();
  }

  /** Removes the host from the page. */
  dispose(): void {
    this.close(false);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }
}
