/**
 * The options page's import of a figure-set file: validated in a Worker with a progress bar,
 * warnings shown for the user to confirm, and every problem (a full storage quota among them)
 * listed with what to do. Nothing is imported from a file with a problem.
 */
import type { DataIssue } from '@figure-check/core';
import { importUserSet, type ImportOutcome } from '../../lib/user-sets.ts';
import type { Validator } from '../../lib/user-set-import.ts';
import { renderImportOutcome } from '../../lib/options-view.ts';
import type { ImportReply, ImportRequest } from './import-worker.ts';
// Vite builds the worker as a file of its own and gives its constructor (extension pages may not
// start workers from blob: URLs, so it is not inlined).
import ImportWorker from './import-worker.ts?worker';

/** Validation in a module Worker (bundled by WXT/Vite, see the import above). */
export const validateInWorker: Validator = (text, fileName, existing, onProgress) =>
  new Promise((resolve, reject) => {
    const worker = new ImportWorker();
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
      else {
        worker.terminate();
        resolve(reply.result);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the import worker failed: ${event.message}`));
    };
    const request: ImportRequest = { text, fileName, existing: [...existing] };
    worker.postMessage(request);
  });

/** Shows a progress bar with a line of text in `box`; returns an updater. */
function showProgress(doc: Document, box: HTMLElement, fileName: string) {
  const line = doc.createElement('p');
  const bar = doc.createElement('progress');
  bar.className = 'import-progress';
  box.replaceChildren(line, bar);
  return (text: string, done?: number, total?: number) => {
    line.textContent = `${fileName}: ${text}`;
    if (done !== undefined && total) {
      bar.max = total;
      bar.value = done;
    } else bar.removeAttribute('value'); // indeterminate
  };
}

/** Lists the warnings with "Import anyway" and "Cancel"; resolves with the user's choice. */
export function askToConfirm(doc: Document, box: HTMLElement, warnings: DataIssue[], fileName: string) {
  return new Promise<boolean>((resolve) => {
    const p = doc.createElement('p');
    p.className = 'warnings';
    p.textContent = `${fileName} is valid, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'} to confirm:`;
    const list = doc.createElement('ul');
    list.className = 'warnings';
    for (const w of warnings) {
      const item = doc.createElement('li');
      item.textContent = `${w.where}, field ${w.path}: ${w.message}`;
      list.append(item);
    }
    const yes = doc.createElement('button');
    yes.type = 'button';
    yes.className = 'primary';
    yes.textContent = 'Import anyway';
    const no = doc.createElement('button');
    no.type = 'button';
    no.textContent = 'Cancel';
    yes.addEventListener('click', () => resolve(true));
    no.addEventListener('click', () => resolve(false));
    box.replaceChildren(p, list, yes, doc.createTextNode(' '), no);
  });
}

/**
 * Imports a chosen file and shows each step in `box`; never throws.
 * @param validate where to validate (default: a Worker when the page has them)
 */
export async function importChosenFile(
  doc: Document,
  box: HTMLElement,
  file: File,
  validate?: Validator,
): Promise<ImportOutcome> {
  const progress = showProgress(doc, box, file.name);
  progress('reading…');
  let outcome: ImportOutcome;
  try {
    const text = await file.text();
    progress('checking every figure…');
    outcome = await importUserSet(text, file.name, {
      ...(validate ? { validate } : typeof Worker === 'function' ? { validate: validateInWorker } : {}),
      onProgress: (done, total) =>
        progress(`checking row ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`, done, total),
      confirmWarnings: (warnings) => askToConfirm(doc, box, warnings, file.name),
    });
  } catch (error) {
    const issue = {
      where: file.name,
      path: '(file)',
      message: error instanceof Error ? error.message : String(error),
    };
    outcome = { ok: false, issues: [issue], messages: [], warnings: [] };
  }
  renderImportOutcome(doc, box, outcome, file.name);
  if (outcome.ok && outcome.warnings.length > 0) {
    const note = doc.createElement('p');
    note.className = 'muted';
    note.textContent = `Imported with ${outcome.warnings.length} warning${outcome.warnings.length === 1 ? '' : 's'} you confirmed.`;
    box.append(note);
  }
  return outcome;
}
