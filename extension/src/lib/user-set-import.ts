/**
 * The storage-free half of the user's figure sets: what is stored, how stored sets merge with the
 * built-in one, and validating a new file against them. Kept apart from `user-sets.ts` (which
 * owns browser storage) so that the options page can run the validation in a Worker, where no
 * extension API exists.
 */
import {
  builtinSet,
  FigureSet,
  importFigureSet,
  type DataIssue,
  type FigureFileInput,
} from '@figure-check/core';

/** One imported file, as stored. */
export interface StoredSet {
  id: string;
  /** The file name it was imported from. */
  name: string;
  importedAt: string;
  figureCount: number;
  /** The figure files (data schema) the import produced: CSV imports are stored converted. */
  files: FigureFileInput[];
}

/** Builds the set of one stored import (validated again: storage could be edited by hand). */
function setOf(stored: StoredSet): FigureSet {
  return FigureSet.fromFiles(
    stored.files.map((data, i) => ({
      name: stored.files.length > 1 ? `${stored.name} [${i}]` : stored.name,
      data,
    })),
  );
}

/**
 * The set every front end checks against: built-in merged with each stored import. An import
 * that no longer validates or clashes is left out (and reported) rather than breaking checks.
 */
export function mergedSet(stored: readonly StoredSet[]): { set: FigureSet; problems: string[] } {
  let set = builtinSet();
  const problems: string[] = [];
  for (const entry of stored) {
    try {
      set = set.merge(setOf(entry));
    } catch (error) {
      problems.push(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { set, problems };
}

/** A validated file, in a form that crosses a Worker boundary (plain data, no FigureSet). */
export type Validation =
  | { ok: true; files: FigureFileInput[]; figureCount: number; warnings: DataIssue[] }
  | { ok: false; issues: DataIssue[]; warnings: DataIssue[] };

/** Runs a validation somewhere (in this thread, or in a Worker) and reports progress. */
export type Validator = (
  text: string,
  fileName: string,
  existing: readonly StoredSet[],
  onProgress?: (done: number, total: number) => void,
) => Promise<Validation>;

/**
 * Validates a user's file (JSON or CSV) with the core's `importFigureSet` against the built-in
 * set and the stored imports; never throws (an unexpected failure is an issue of the file).
 */
export function validateUserSet(
  text: string,
  fileName: string,
  existing: readonly StoredSet[],
  onProgress?: (done: number, total: number) => void,
): Validation {
  try {
    const result = importFigureSet(text, fileName, mergedSet(existing).set, onProgress ? { onProgress } : {});
    if (!result.ok) return { ok: false, issues: result.issues, warnings: result.warnings };
    return { ok: true, files: result.files, figureCount: result.figureCount, warnings: result.warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ where: fileName, path: '(file)', message }], warnings: [] };
  }
}

/** Validation in the calling thread (tests, and pages where Workers are unavailable). */
export const validateHere: Validator = (text, fileName, existing, onProgress) =>
  Promise.resolve(validateUserSet(text, fileName, existing, onProgress));
