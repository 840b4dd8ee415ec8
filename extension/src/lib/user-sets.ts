/**
 * The user's imported figure sets: validated by the core's `importFigureSet`, stored as the
 * parsed figure files, and merged with the built-in set (which is never altered) wherever
 * figures are checked.
 */
import { storage } from 'wxt/utils/storage';
import { describeIssue, type DataIssue, type FigureSet } from '@figure-check/core';
import { mergedSet, validateHere, type StoredSet, type Validator } from './user-set-import.ts';

export { mergedSet, type StoredSet } from './user-set-import.ts';

export const userSetsItem = storage.defineItem<StoredSet[]>('local:userSets', { fallback: [], version: 1 });

/** Loads the stored imports and builds the merged set. */
export async function loadMergedSet(): Promise<FigureSet> {
  return mergedSet(await userSetsItem.getValue()).set;
}

export type ImportOutcome =
  | { ok: true; stored: StoredSet; warnings: DataIssue[] }
  | { ok: false; issues: DataIssue[]; messages: string[]; warnings: DataIssue[] };

export interface ImportOptions {
  now?: Date;
  /** Where the file is validated (default: in this thread; the options page uses a Worker). */
  validate?: Validator;
  /** Rows (or files) validated so far, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Asked when the file is valid but has warnings (a quote without its number); the set is
   * stored only if this resolves true. Without it, warnings are accepted and returned.
   */
  confirmWarnings?: (warnings: DataIssue[]) => boolean | Promise<boolean>;
}

/**
 * Validates a user's file (JSON or CSV) against everything already loaded and stores it only if
 * it has no problem at all (and its warnings are confirmed); otherwise returns every issue with
 * its row and field. Never throws: a full storage quota is an issue that says what to do.
 * @param options a Date is taken as `{ now }` (the earlier signature)
 */
export async function importUserSet(
  text: string,
  fileName: string,
  options: ImportOptions | Date = {},
): Promise<ImportOutcome> {
  const {
    now = new Date(),
    validate = validateHere,
    onProgress,
    confirmWarnings,
  } = options instanceof Date ? { now: options } : options;
  const fail = (issues: DataIssue[], warnings: DataIssue[] = []): ImportOutcome => ({
    ok: false,
    issues,
    messages: issues.map(describeIssue),
    warnings,
  });
  const existing = await userSetsItem.getValue();
  let result;
  try {
    result = await validate(text, fileName, existing, onProgress);
  } catch (error) {
    return fail([{ where: fileName, path: '(file)', message: errorMessage(error) }]);
  }
  if (!result.ok) return fail(result.issues, result.warnings);
  if (result.warnings.length > 0 && confirmWarnings && !(await confirmWarnings(result.warnings)))
    return fail(
      [{ where: fileName, path: '(file)', message: 'not imported: the warnings were not confirmed' }],
      result.warnings,
    );
  const stored: StoredSet = {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: fileName,
    importedAt: now.toISOString(),
    figureCount: result.figureCount,
    files: result.files,
  };
  try {
    await userSetsItem.setValue([...existing, stored]);
  } catch (error) {
    return fail([storageIssue(error, fileName, stored, existing)], result.warnings);
  }
  return { ok: true, stored, warnings: result.warnings };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Extension storage (storage.local) holds about 10 MB in Chromium without `unlimitedStorage`. */
function storageIssue(
  error: unknown,
  fileName: string,
  stored: StoredSet,
  existing: readonly StoredSet[],
): DataIssue {
  const message = errorMessage(error);
  if (!/quota|QUOTA_BYTES|storage.*full|exceeded/i.test(message))
    return { where: fileName, path: '(storage)', message: `could not be saved: ${message}` };
  const mb = (sets: readonly StoredSet[]) => (JSON.stringify(sets).length / 1e6).toFixed(1);
  return {
    where: fileName,
    path: '(storage)',
    message:
      `does not fit in the browser's storage for this extension (this set: about ${mb([stored])} MB; ` +
      `${existing.length} set(s) already imported: about ${mb(existing)} MB). Nothing was imported. ` +
      'Remove sets you no longer need (below), or import a smaller file with only the figures you check against.',
  };
}

export async function removeUserSet(id: string): Promise<void> {
  const existing = await userSetsItem.getValue();
  await userSetsItem.setValue(existing.filter((s) => s.id !== id));
}

/** The JSON to export one import: a figure file, or an array of them (both re-importable). */
export function exportUserSet(stored: StoredSet): string {
  return `${JSON.stringify(stored.files.length === 1 ? stored.files[0] : stored.files, null, 2)}\n`;
}
