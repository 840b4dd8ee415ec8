/** The pane's controller: button handlers, state, and the runs they start. */
import type { FigureSet, VerdictKind } from '@figure-check/core';
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
  };
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
    });
    render();
    try {
      const { results, sheet, address } = await runCheck({
        scope,
        set: deps.set,
        run: deps.run,
        caps: deps.caps,
        onProgress,
        pause: deps.pause,
      });
      state.results = results;
      state.status = results.message
        ? { text: results.message, tone: 'warn' }
        : { text: `Checked ${sheet}!${address}: ${countsLine(results.counts)}.`, tone: 'info' };
    } catch (error) {
      state.status = { text: `The check stopped: ${message(error)}`, tone: 'error' };
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
    setFilter: (filter: VerdictKind | 'all') => {
      state.filter = filter;
      render();
    },
    selectItem: (item: ResultItem) => {
      state.selected = item.id;
      render();
      selectCell(deps.run, item.sheet, item.address).catch((error: unknown) => {
        state.status = { text: `Could not select ${item.address}: ${message(error)}`, tone: 'error' };
        render();
      });
    },
  };
  render();
}
