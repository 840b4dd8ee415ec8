/** The row of per-verdict counts shown by the popup and the draft checker. */
import { VERDICTS, type VerdictKind, type VerdictLanguage, verdictHeading } from '@figure-check/core';

/** Fills `box` with one cell per verdict (count and word), built from text nodes only. */
export function renderVerdictCounts(
  box: HTMLElement,
  counts: Partial<Record<VerdictKind, number>> | undefined,
  language: VerdictLanguage = 'en',
): void {
  box.replaceChildren();
  for (const verdict of VERDICTS) {
    const cell = document.createElement('div');
    cell.className = `count verdict-${verdict}`;
    cell.dataset.verdict = verdict;
    const n = document.createElement('strong');
    n.textContent = String(counts?.[verdict] ?? 0);
    const label = document.createElement('span');
    label.textContent = verdictHeading(verdict, language);
    cell.append(n, label);
    box.append(cell);
  }
}
