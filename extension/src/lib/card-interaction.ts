/**
 * Opens the card for a marked figure on hover (after a short delay), on click (pinned) and
 * closes it on Escape, a click elsewhere or when the pointer leaves (unpinned). Shared by the
 * content script's page controller and the draft checker; the host supplies the hit test.
 * Every listener is wrapped: nothing of ours is ever thrown into the page.
 */
import type { CardActions, CardMention } from './card.ts';
import type { CardHost } from './card-host.ts';

/** Something a card can be opened for. */
export interface CardTarget {
  id: number;
  mention: CardMention;
  range: Range;
}

const HOVER_OPEN_MS = 180;
const HOVER_CLOSE_MS = 350;

/** Runs `fn`, swallowing its errors: an error of ours must not surface in the page. */
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch {
      // Swallowed on purpose.
    }
  };
}

export class CardInteraction<T extends CardTarget> {
  private hovered: T | null = null;
  private openTarget: T | null = null;
  private pinned = false;
  private hoverTimer: number | null = null;
  private closeTimer: number | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame: number | null = null;
  private readonly listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [];

  /**
   * @param win the window whose timers and frames are used
   * @param cards where the card is shown
   * @param hitTest the target under a viewport point, if any
   * @param onOpen called after a card opened (the controller remembers where keyboard stepping is)
   * @param actionsFor the card's extra actions for a target (dismiss, report, source)
   */
  constructor(
    private readonly win: Window & typeof globalThis,
    readonly cards: CardHost,
    private readonly hitTest: (x: number, y: number) => T | null,
    private readonly onOpen?: (target: T) => void,
    private readonly actionsFor?: (target: T) => Omit<CardActions, 'onClose'>,
  ) {
    cards.onClose = () => {
      this.openTarget = null;
      this.pinned = false;
    };
  }

  /** The target whose card is open. */
  get current(): T | null {
    return this.openTarget;
  }

  /** Listens on `root` (a document, or the element holding the marked text). */
  attach(root: EventTarget, keys: EventTarget = root): void {
    this.listen(root, 'mousemove', (e) => this.onPointerMove(e as MouseEvent), {
      passive: true,
      capture: true,
    });
    this.listen(root, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    this.listen(keys, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    this.listen(this.win, 'scroll', () => this.cards.position(), { passive: true, capture: true });
    this.listen(this.win, 'resize', () => this.cards.position(), { passive: true });
  }

  /** Removes every listener and timer. */
  detach(): void {
    for (const [target, type, listener, opts] of this.listeners)
      target.removeEventListener(type, listener, opts);
    this.listeners.length = 0;
    this.clearTimers();
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  /** Opens the card of `target`; pinned cards stay open when the pointer leaves. */
  open(target: T, pin: boolean, focus = false): void {
    this.clearTimers();
    this.openTarget = target;
    this.pinned = pin;
    this.cards.open(target.mention, target.range, { focus, actions: this.actionsFor?.(target) });
    this.onOpen?.(target);
  }

  close(): void {
    this.cards.close();
  }

  private listen(target: EventTarget, type: string, fn: EventListener, opts: AddEventListenerOptions): void {
    const listener: EventListener = guard(fn);
    target.addEventListener(type, listener, opts);
    this.listeners.push([target, type, listener, opts]);
  }

  private clearTimers(): void {
    if (this.hoverTimer !== null) this.win.clearTimeout(this.hoverTimer);
    if (this.closeTimer !== null) this.win.clearTimeout(this.closeTimer);
    this.hoverTimer = null;
    this.closeTimer = null;
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
        this.hoverChanged(this.hitTest(this.pointer.x, this.pointer.y));
      }),
    );
  }

  private hoverChanged(target: T | null): void {
    if (target === this.hovered) return;
    this.hovered = target;
    if (this.hoverTimer !== null) this.win.clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    if (target) {
      if (this.closeTimer !== null) this.win.clearTimeout(this.closeTimer);
      this.closeTimer = null;
      if (this.openTarget?.id === target.id) return;
      this.hoverTimer = this.win.setTimeout(
        guard(() => this.open(target, false)),
        HOVER_OPEN_MS,
      );
    } else if (this.openTarget && !this.pinned) {
      this.closeTimer = this.win.setTimeout(
        guard(() => this.cards.close()),
        HOVER_CLOSE_MS,
      );
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.cards.contains(event.target as Node)) return;
    const target = this.hitTest(event.clientX, event.clientY);
    if (target) this.open(target, true);
    else if (this.openTarget) this.cards.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openTarget) this.cards.close();
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
  const legacy = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof legacy.caretRangeFromPoint === 'function') {
    const range = legacy.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
