/**
 * The content script's side of checking in the background (see check-service.ts): sends block
 * texts, keeps the figure details the background sent once per session, and turns compact
 * replies back into mentions. The page's main thread only serialises texts and decodes replies.
 */
import { VERDICTS, type SourcedFigure } from '@figure-check/core';
import {
  isCheckReply,
  message,
  type CheckReply,
  type Message,
  type PageMention,
  type TableGrid,
  type WireMention,
} from './messages.ts';

/** Sends a request to the background and resolves with its reply. */
export type Transport = (request: Message<'check-blocks'>) => Promise<unknown>;

/** A reply slower than this means the background is not answering: the page checks in-page. */
export const REPLY_TIMEOUT_MS = 10_000;

function randomSession(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export class RemoteChecker {
  private session = randomSession();
  private token = '';
  /** The session's figure table, as the background sent it. */
  private figures: SourcedFigure[] = [];
  /** Replies that could not be appended to the table (one before them was lost). */
  private readonly broken = new WeakSet<CheckReply>();

  /**
   * @param send the transport (runtime messaging in the extension)
   * @param sets the stamp of the imported sets the page knows of (see setsStamp)
   */
  constructor(
    private readonly send: Transport,
    public sets: string,
    private readonly timeoutMs = REPLY_TIMEOUT_MS,
  ) {}

  /** The page's publication date (YYYY-MM-DD), sent with every request when known. */
  date: string | undefined;

  /**
   * Sends `texts`. The synchronous part (serialising the texts) happens inside this call, so
   * a caller timing its own slices counts it; the reply is awaited off the main thread.
   */
  request(texts: string[], tables: TableGrid[] = []): Promise<CheckReply> {
    const request = message('check-blocks', {
      session: this.session,
      sets: this.sets,
      texts,
      tables,
      ...(this.date ? { date: this.date } : {}),
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the background did not answer')), this.timeoutMs);
    });
    let sent: Promise<unknown>;
    try {
      sent = this.send(request);
    } catch (error) {
      // e.g. "Extension context invalidated" is thrown synchronously
      clearTimeout(timer);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.race([sent, timeout])
      .then((reply) => {
        if (
          !isCheckReply(reply) ||
          reply.blocks.length !== texts.length ||
          reply.tables.length !== tables.length
        )
          throw new Error('unexpected reply from the background');
        // Figure details are kept even when the caller no longer needs this reply: the
        // background will not send them again in this session.
        if (reply.token !== this.token) {
          this.token = reply.token;
          this.figures = [];
        }
        if (reply.figures.length > 0) {
          if (reply.firstFigure === this.figures.length) this.figures.push(...reply.figures);
          else this.broken.add(reply); // decodeBlock renews the session for it
        }
        return reply;
      })
      .finally(() => clearTimeout(timer));
  }

  /**
   * The mentions of block `index` of a reply to `text`. Null when the reply names a figure the
   * page was never sent (a reply got lost): the session is then renewed, so that the next
   * request brings every detail again.
   */
  decodeBlock(reply: CheckReply, index: number, text: string): PageMention[] | null {
    const wire = reply.blocks[index];
    if (!wire || this.broken.has(reply)) return this.lost();
    const out: PageMention[] = [];
    for (const item of wire) {
      const mention = this.decode(reply, item, text);
      if (!mention) return this.lost();
      out.push(mention);
    }
    return out;
  }

  /** The checked cells of table `index` of a reply, each with its grid position; null as above. */
  decodeTable(
    reply: CheckReply,
    index: number,
    grid: TableGrid,
  ): Array<PageMention & { row: number; col: number }> | null {
    const wire = reply.tables[index];
    if (!wire || this.broken.has(reply)) return this.lost();
    const out: Array<PageMention & { row: number; col: number }> = [];
    for (const cell of wire) {
      const mention = this.decode(reply, cell, grid[cell.row]?.[cell.col] ?? '');
      if (!mention) return this.lost();
      out.push({ ...mention, row: cell.row, col: cell.col });
    }
    return out;
  }

  private decode(reply: CheckReply, wire: WireMention, text: string): PageMention | null {
    const verdict = VERDICTS[wire.verdict];
    const explanation = reply.strings[wire.explanation];
    if (!verdict || explanation === undefined) return null;
    let figure: SourcedFigure | null = null;
    if (wire.figure >= 0) {
      figure = this.figures[wire.figure] ?? null;
      if (!figure) return null;
    }
    const alternatives: SourcedFigure[] = [];
    for (const at of wire.alternatives) {
      const alternative = this.figures[at];
      if (!alternative) return null;
      alternatives.push(alternative);
    }
    const mention: PageMention = {
      text: text.slice(wire.start, wire.end),
      start: wire.start,
      end: wire.end,
      verdict,
      figure,
      alternatives,
      explanation,
    };
    if (wire.likelyError) {
      const message = reply.strings[wire.likelyError.message];
      if (message === undefined) return null;
      mention.likelyError = { kind: wire.likelyError.kind, message };
    }
    return mention;
  }

  private lost(): null {
    this.session = randomSession();
    return null;
  }
}
