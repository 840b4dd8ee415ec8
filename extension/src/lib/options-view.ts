/**
 * The options page's import panel, separate from the entrypoint so tests can drive it:
 * reads a chosen file, imports it through `importUserSet`, and lists every issue or the result.
 */
import type { DataIssue } from '@figure-check/core';
import { importUserSet, type ImportOutcome } from './user-sets.ts';

/** Renders an import outcome: every issue with its place (file/row) and field, or a success line. */
export function renderImportOutcome(
  doc: Document,
  box: HTMLElement,
  outcome: ImportOutcome,
  fileName: string,
): void {
  box.replaceChildren();
  if (outcome.ok) {
    const p = doc.createElement('p');
    p.className = 'ok';
    p.textContent = `Imported ${outcome.stored.figureCount} figure${outcome.stored.figureCount === 1 ? '' : 's'} from ${fileName}.`;
    box.append(p);
    return;
  }
  const p = doc.createElement('p');
  p.className = 'issues';
  p.textContent = `Nothing was imported from ${fileName}: ${outcome.issues.length} problem${outcome.issues.length === 1 ? '' : 's'}.`;
  const list = doc.createElement('ul');
  list.className = 'issues';
  for (const issue of outcome.issues) list.append(issueItem(doc, issue));
  box.append(p, list);
}

function issueItem(doc: Document, issue: DataIssue): HTMLLIElement {
  const item = doc.createElement('li');
  const where = doc.createElement('strong');
  where.textContent = issue.where;
  const field = doc.createElement('code');
  field.textContent = issue.path;
  item.append(where, doc.createTextNode(', field '), field, doc.createTextNode(`: ${issue.message}`));
  return item;
}

/** Imports a File (from an <input type=file>) and shows the outcome in `box`. */
export async function importFile(doc: Document, box: HTMLElement, file: File): Promise<ImportOutcome> {
  const text = await file.text();
  const outcome = await importUserSet(text, file.name);
  renderImportOutcome(doc, box, outcome, file.name);
  return outcome;
}
