/**
 * The background's side of page checking: the core runs here, off the page's main thread. The
 * content script sends block texts (CheckRequest); the reply (CheckReply) carries compact
 * mentions, each figure's details once per page session, and each explanation once per reply.
 * The figure set is the built-in one merged with the user's imports, rebuilt when they change.
 */
import { VERDICTS, type FigureSet, type LikelyError, type SourcedFigure } from '@figure-check/core';
import { checkBlock, checkGrid } from './block-check.ts';
import { mergedSet, type StoredSet } from './user-sets.ts';
import { setsStamp, type CheckReply, type Requests, type WireCell, type WireMention } from './messages.ts';

/** Sessions remembered (one per page instance); the oldest are forgotten first. */
const SESSION_LIMIT = 64;

interface BuiltSet {
  set: FigureSet;
  stamp: string;
  token: string;
}

function randomToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export class CheckService {
  private current: Promise<BuiltSet> | null = null;
  /** Per page session: the figure table sent so far (figure id -> index in it). */
  private readonly sessions = new Map<string, { token: string; sent: Map<string, number> }>();

  /** `loadStored` reads the user's imported sets (storage.local in the extension). */
  constructor(private readonly loadStored: () => Promise<StoredSet[]>) {}

  /** Rebuilds the set from `stored` (storage changed) or, without it, from storage. */
  reload(stored?: readonly StoredSet[] | null): void {
    this.current = this.build(stored ?? undefined);
  }

  private async build(given?: readonly StoredSet[]): Promise<BuiltSet> {
    const stored = given ?? (await this.loadStored());
    return { set: mergedSet(stored).set, stamp: setsStamp(stored), token: randomToken() };
  }

  /**
   * The set to check with. When the page names other imports than the built set has, storage
   * is read again: the page may have seen a change whose event has not reached us yet.
   */
  private async setFor(stamp: string): Promise<BuiltSet> {
    this.current ??= this.build();
    const built = await this.current;
    if (built.stamp === stamp) return built;
    const stored = await this.loadStored();
    if (setsStamp(stored) === built.stamp) return built;
    this.current = this.build(stored);
    return this.current;
  }

  async handle(request: Requests['check-blocks']): Promise<CheckReply> {
    const { set, token } = await this.setFor(request.sets);
    let session = this.sessions.get(request.session);
    if (!session || session.token !== token) session = { token, sent: new Map() };
    // Re-insert to keep the map in least-recently-used order.
    this.sessions.delete(request.session);
    this.sessions.set(request.session, session);
    for (const key of this.sessions.keys()) {
      if (this.sessions.size <= SESSION_LIMIT) break;
      this.sessions.delete(key);
    }
    const sent = session.sent;
    const figures: SourcedFigure[] = [];
    const strings: string[] = [];
    const stringIndex = new Map<string, number>();
    const intern = (text: string): number => {
      let index = stringIndex.get(text);
      if (index === undefined) {
        index = strings.push(text) - 1;
        stringIndex.set(text, index);
      }
      return index;
    };
    const firstFigure = sent.size;
    const figureIndex = (figure: SourcedFigure | null): number => {
      if (!figure) return -1;
      let index = sent.get(figure.id);
      if (index === undefined) {
        index = sent.size;
        sent.set(figure.id, index);
        figures.push(figure);
      }
      return index;
    };
    const wire = (m: {
      start: number;
      end: number;
      verdict: (typeof VERDICTS)[number];
      figure: SourcedFigure | null;
      alternatives: SourcedFigure[];
      explanation: string;
      likelyError?: LikelyError;
    }): WireMention => {
      const out: WireMention = {
        start: m.start,
        end: m.end,
        verdict: VERDICTS.indexOf(m.verdict),
        figure: figureIndex(m.figure),
        alternatives: m.alternatives.map(figureIndex),
        explanation: intern(m.explanation),
      };
      if (m.likelyError)
        out.likelyError = { kind: m.likelyError.kind, message: intern(m.likelyError.message) };
      return out;
    };
    const options = request.date ? { date: request.date } : {};
    const blocks = request.texts.map((text) => checkBlock(text, set, () => {}, options).map(wire));
    const tables = request.tables.map((grid) =>
      checkGrid(grid, set).map((cell): WireCell => ({ ...wire(cell), row: cell.row, col: cell.col })),
    );
    return { token, figures, firstFigure, strings, blocks, tables };
  }
}
