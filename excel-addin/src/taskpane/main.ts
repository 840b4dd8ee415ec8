/**
 * Entry of the task pane. Inside Excel it mounts the pane once Office is ready; opened
 * anywhere else (no Office.js, or no Excel host) it says to open it in Excel.
 */
import { builtinSet } from '@figure-check/core';
import { excelRun, hostCapabilities, officeBackground, yieldToHost } from '../excel/host.ts';
import { applyTheme } from './fluent.ts';
import { mountPane } from './pane.ts';
import { renderOutsideOffice } from './view.ts';
import './taskpane.css';

/** Starts the pane in the element with id "app". */
export function boot(doc: Document = document): void {
  const root = doc.getElementById('app');
  if (!root) return;
  // The system's scheme at once; Office's theme, where the host has one, once Office is ready.
  applyTheme(doc, () => null);
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    renderOutsideOffice(root);
    return;
  }
  void Office.onReady((info) => {
    applyTheme(doc, officeBackground);
    if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') {
      renderOutsideOffice(root);
      return;
    }
    mountPane(root, { run: excelRun, caps: hostCapabilities(), set: builtinSet(), pause: yieldToHost });
  });
}

boot();
