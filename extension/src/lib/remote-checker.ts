/**
 * The content script's side of checking in the background (see check-service.ts): sends block
 * texts, keeps the figure details the background sent once per session, and turns compact
 * replies back into mentions. The page's main thread only serialises texts and decodes replies.
 */
import { VERDICTS, type SourcedFigure } from '@figure-check/core';
import { isCheckReply, type CheckReply, type CheckRequest, type PageMention } from './messages.ts';

/** Sends a request to the background and resolves with its reply. */
export type Transport = (request: CheckRequest) => Promise<unknown>;

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

  /**
   * Sends `texts`. The synchronous part (serialising the texts) happens inside this call, so
   * a caller timing its own slices counts it; the reply is awaited off the main thread.
   */
  request(texts: string[]): Promise<CheckReply> {
    const message: CheckRequest = { type: 'check-blocks', session: this.session, sets: this.sets, texts };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the background did not answer')), this.timeoutMs);
    });
    let sent: Promise<unknown>;
    try {
      sent = this.send(message);
    } catch (error) {
      // e.g. "Extension context invalidated" is thrown synchronously
      clearTimeout(timer);
      return Promise.reject(error);
    }
    return Promise.race([sent, timeout])
      .then((reply) => {
        if (!isCheckReply(reply) || reply.blocks.length !== texts.length)
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
    for (const [
      start,
      end,
      verdictIndex,
      figureIndex,
      alternativeIndexes,
      explanationIndex,
      likely,
    ] of wire) {
      const verdict = VERDICTS[verdictIndex];
      const explanation = reply.strings[explanationIndex];
      if (!verdict || explanation === undefined) return this.lost();
      let figure: SourcedFigure | null = null;
      if (figureIndex >= 0) {
        figure = this.figures[figureIndex] ?? null;
        if (!figure) return this.lost();
      }
      const alternatives: SourcedFigure[] = [];
      for (const at of alternativeIndexes) {
        const alternative = this.figures[at];
        if (!alternative) return this.lost();
        alternatives.push(alternative);
      }
      const mention: PageMention = {
        text: text.slice(start, end),
        start,
        end,
        verdict,
        figure,
        alternatives,
        explanation,
      };
      if (likely !== 0) {
        const message = reply.strings[likely[1]];
        if (message === undefined) return this.lost();
        mention.likelyError = { kind: likely[0], message };
      }
      out.push(mention);
    }
    return out;
  }

  private lost(): null {
    this.session = randomSession();
    return null;
  }
}
