/**
 * The user's imported figure sets: validated by the core's `importFigureSet`, stored as the
 * parsed figure files, and merged with the built-in set (which is never altered) wherever
 * figures are checked.
 */
import { storage } from 'wxt/utils/storage';
import {
  builtinSet,
  describeIssue,
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

export const userSetsItem = storage.defineItem<StoredSet[]>('local:userSets', { fallback: [], version: 1 });

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

/** Loads the stored imports and builds the merged set. */
export async function loadMergedSet(): Promise<FigureSet> {
  return mergedSet(await userSetsItem.getValue()).set;
}

export type ImportOutcome =
  { ok: true; stored: StoredSet } | { ok: false; issues: DataIssue[]; messages: string[] };

/**
 * Validates a user's file (JSON or CSV) against everything already loaded and stores it only if
 * it has no problem at all; otherwise returns every issue with its row and field.
 */
export async function importUserSet(
  text: string,
  fileName: string,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const existing = await userSetsItem.getValue();
  const { set: current } = mergedSet(existing);
  let result: ReturnType<typeof importFigureSet>;
  try {
    result = importFigureSet(text, fileName, current);
  } catch (error) {
    const issue: DataIssue = {
      where: fileName,
      path: '(file)',
      message: error instanceof Error ? error.message : String(error),
    };
    return { ok: false, issues: [issue], messages: [describeIssue(issue)] };
  }
  if (!result.ok) return { ok: false, issues: result.issues, messages: result.issues.map(describeIssue) };
  const stored: StoredSet = {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: fileName,
    importedAt: now.toISOString(),
    figureCount: result.figureCount,
    files: result.files,
  };
  await userSetsItem.setValue([...existing, stored]);
  return { ok: true, stored };
}

export async function removeUserSet(id: string): Promise<void> {
  const existing = await userSetsItem.getValue();
  await userSetsItem.setValue(existing.filter((s) => s.id !== id));
}

/** The JSON to export one import: a figure file, or an array of them (both re-importable). */
export function exportUserSet(stored: StoredSet): string {
  return `${JSON.stringify(stored.files.length === 1 ? stored.files[0] : stored.files, null, 2)}\n`;
}
