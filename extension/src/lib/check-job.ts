/**
 * What the page scanner hands to a checker and gets back: the strategy between the background
 * batcher (the core in the background, the content script's only path) and the in-page checker
 * (the core in the page: unit tests, and a host that has no background).
 */
import type { PageMention, TableGrid } from './messages.ts';
import type { WorkStats } from './scheduler.ts';

/** Block texts and table grids to check together. */
export interface CheckJob {
  texts: string[];
  tables: TableGrid[];
}

/** A checked table cell: the mention within the cell's text, and the cell's grid position. */
export type CellMention = PageMention & { row: number; col: number };

/**
 * The answer to a job. Decoding is lazy so that it happens inside the scanner's timed slices,
 * one block at a time; null means that block's answer was lost (the block stays unmarked).
 */
export interface CheckAnswer {
  block(index: number): PageMention[] | null;
  table(index: number): CellMention[] | null;
}

/** How a checker's own main-thread work is sliced, cancelled and accounted. */
export interface SliceControl {
  stats: WorkStats;
  isCancelled: () => boolean;
  onError: () => void;
}

/** Checks jobs with the core, wherever it runs. */
export interface BlockChecker {
  /** Where the core runs: counted separately in the page's status. */
  readonly where: 'background' | 'page';
  /** Rejects when the check could not be done at all. */
  check(job: CheckJob, control: SliceControl): Promise<CheckAnswer>;
}
