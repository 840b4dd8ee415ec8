/** Data problems, reported with where they are (file or row) and which field. */
import type { z } from 'zod';

export interface DataIssue {
  /** File name, or "row N" for a CSV row. */
  where: string;
  /** Field path within that record, e.g. "figures[3].value". */
  path: string;
  message: string;
}

function pathToString(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** Turns a zod error into one issue per problem, each naming the field. */
export function formatIssues(error: z.ZodError, where: string): DataIssue[] {
  return error.issues.map((issue) => ({ where, path: pathToString(issue.path), message: issue.message }));
}

export function describeIssue(issue: DataIssue): string {
  return `${issue.where}: ${issue.path}: ${issue.message}`;
}
