/** The options page: marked verdicts, site allow/deny lists, and the user's figure sets. */
import { builtinSet, VERDICTS, verdictHeading } from '@figure-check/core';
import { loadSettings, parseSiteList, saveSettings } from '../../lib/settings.ts';
import { exportUserSet, removeUserSet, userSetsItem, type StoredSet } from '../../lib/user-sets.ts';
import { importChosenFile } from './import-panel.ts';
import { downloadText } from '../../lib/download.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function renderVerdicts(): Promise<void> {
  const settings = await loadSettings();
  const box = $('verdicts');
  for (const verdict of VERDICTS) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = verdict;
    input.checked = settings.shown[verdict];
    input.addEventListener('change', () => {
      void (async () => {
        const next = await loadSettings();
        next.shown[verdict] = input.checked;
        await saveSettings(next);
      })();
    });
    const text = document.createElement('span');
    text.className = `verdict-${verdict}`;
    text.textContent = ` ${verdictHeading(verdict)}`;
    label.append(input, text);
    box.append(label);
  }
}

async function renderSites(): Promise<void> {
  const settings = await loadSettings();
  $<HTMLTextAreaElement>('allow').value = settings.allow.join('\n');
  $<HTMLTextAreaElement>('deny').value = settings.deny.join('\n');
  $('save-sites').addEventListener('click', () => {
    void (async () => {
      const next = await loadSettings();
      next.allow = parseSiteList($<HTMLTextAreaElement>('allow').value);
      next.deny = parseSiteList($<HTMLTextAreaElement>('deny').value);
      await saveSettings(next);
      $<HTMLTextAreaElement>('allow').value = next.allow.join('\n');
      $<HTMLTextAreaElement>('deny').value = next.deny.join('\n');
      $('sites-status').textContent = 'Saved.';
    })();
  });
}

function renderSets(sets: StoredSet[]): void {
  const body = $('sets').querySelector('tbody')!;
  body.replaceChildren();
  $('no-sets').hidden = sets.length > 0;
  $('sets').hidden = sets.length === 0;
  for (const stored of sets) {
    const row = document.createElement('tr');
    const cells = [stored.name, String(stored.figureCount), new Date(stored.importedAt).toLocaleString()];
    for (const value of cells) {
      const td = document.createElement('td');
      td.textContent = value;
      row.append(td);
    }
    const actions = document.createElement('td');
    const exportButton = document.createElement('button');
    exportButton.type = 'button';
    exportButton.textContent = 'Export';
    exportButton.addEventListener('click', () => {
      downloadText(
        document,
        exportUserSet(stored),
        stored.name.replace(/\.(csv|json)$/i, '') + '.json',
        'application/json',
      );
    });
    const removeButton = document.createElement('button');
    removeButton.type = 'button';
    removeButton.textContent = 'Remove';
    removeButton.addEventListener('click', () => void removeUserSet(stored.id));
    actions.append(exportButton, ' ', removeButton);
    row.append(actions);
    body.append(row);
  }
}

async function main(): Promise<void> {
  $('builtin-count').textContent = String(builtinSet().size);
  await renderVerdicts();
  await renderSites();
  renderSets(await userSetsItem.getValue());
  userSetsItem.watch((value) => renderSets(value ?? []));
  const input = $<HTMLInputElement>('import-file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    // importChosenFile never throws: every failure is shown in the panel.
    void importChosenFile(document, $('import-result'), file).then(() => {
      input.value = '';
    });
  });
}

void main();
