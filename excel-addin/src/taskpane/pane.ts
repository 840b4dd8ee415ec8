/** The pane's controller: button handlers, state, and the runs they start. */
import type { FigureSet, VerdictKind } from '@figure-check/core';
import { PAGE_SIZE } from '../lib/results-model.ts';
import { countsLine, type ResultItem } from '../lib/results-model.ts';
import { runCheck } from '../excel/check-runner.ts';
import { runClear } from '../excel/clear-runner.ts';
import { selectCell } from '../excel/select-cell.ts';
import type { ExcelRun, HostCapabilities } from '../excel/host.ts';
import { renderPane, type PaneState } from './view.ts';

export interface PaneDeps {
  run: ExcelRun;
  caps: HostCapabilities;
  set: FigureSet;
  pause: () => Promise<void>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows the pane in `root` and wires its buttons to Excel through `deps`. */
export function mountPane(root: HTMLElement, deps: PaneDeps): void {
  const state: PaneState = {
    busy: null,
    progress: null,
    status: null,
    results: null,
    filter: 'all',
    selected: null,
    figureCount: deps.set.size,
    sourceCount: deps.set.sources.size,
    warnings: [],
    contradictedOnly: false,
    shown: PAGE_SIZE,
  };
  let cancelRequested = false;
  const render = () => renderPane(root, state, handlers);
  const onProgress = (done: number, total: number) => {
    state.progress = { done, total };
    render();
  };

  async function check(scope: 'selection' | 'sheet'): Promise<void> {
    Object.assign(state, {
      busy: 'check',
      status: null,
      results: null,
      filter: 'all',
      selected: null,
      progress: null,
      warnings: [],
      shown: PAGE_SIZE,
    });
    cancelRequested = false;
    render();
    try {
      const { results, sheet, address, warnings, cancelled } = await runCheck({
        scope,
        set: deps.set,
        run: deps.run,
        caps: deps.caps,
        onProgress,
        pause: deps.pause,
        cancelled: () => cancelRequested,
        // Kept as the check goes, so an error or a cancel leaves what was found on screen.
        onPartial: (partial) => (state.results = partial),
        ...(state.contradictedOnly ? { markVerdicts: new Set<VerdictKind>(['contradicted']) } : {}),
      });
      state.results = results;
      state.warnings = warnings;
      const what = `${sheet}!${address}: ${countsLine(results.counts)}`;
      state.status = results.message
        ? { text: results.message, tone: 'warn' }
        : cancelled
          ? { text: `Cancelled. Checked so far in ${what}.`, tone: 'warn' }
          : { text: `Checked ${what}.`, tone: 'info' };
    } catch (error) {
      const kept = state.results ? ' The figures checked before it stopped are listed below.' : '';
      state.status = { text: `The check stopped: ${message(error)}${kept}`, tone: 'error' };
    } finally {
      state.busy = null;
      state.progress = null;
      render();
    }
  }

  async function clear(): Promise<void> {
    Object.assign(state, { busy: 'clear', status: null, progress: null });
    render();
    try {
      const r = await runClear({ run: deps.run, caps: deps.caps, onProgress, pause: deps.pause });
      const total = r.restored + r.keptUserChanges;
      let text =
        total === 0
          ? 'No marks to clear.'
          : `Cleared marks from ${total.toLocaleString('en-US')} cells; their fills and notes are as before.`;
      if (r.keptUserChanges > 0)
        text += ` ${r.keptUserChanges} cells you changed after checking were left as you made them.`;
      if (r.missing > 0) text += ` ${r.missing} marks were on sheets that no longer exist.`;
      if (r.legacy > 0)
        text += ` ${r.legacy} marks made by an earlier version of Figure Check were left in place (their notes start with “Figure Check:”; remove them by hand).`;
      state.status = { text, tone: 'info' };
      state.results = null;
    } catch (error) {
      state.status = { text: `Clearing stopped: ${message(error)}`, tone: 'error' };
    } finally {
      state.busy = null;
      state.progress = null;
      render();
    }
  }

  const handlers = {
    checkSelection: () => void check('selection'),
    checkSheet: () => void check('sheet'),
    clearMarks: () => void clear(),
    cancel: () => {
      cancelRequested = true;
    },
    setContradictedOnly: (on: boolean) => {
      state.contradictedOnly = on;
      render();
    },
    showMore: () => {
      state.shown += PAGE_SIZE;
      render();
    },
    setFilter: (filter: VerdictKind | 'all') => {
      state.filter = filter;
      state.shown = PAGE_SIZE;
      render();
    },
    selectItem: (item: ResultItem) => {
      state.selected = item.id;
      render();
      // Enter on a result re-renders the list: focus stays on that result.
      root.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"]`)?.focus();
      selectCell(deps.run, item.sheet, item.address).catch((error: unknown) => {
        state.status = { text: `Could not select ${item.address}: ${message(error)}`, tone: 'error' };
        render();
      });
    },
  };
  render();
}
