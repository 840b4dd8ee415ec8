/**
 * Validates an imported figure set off the options page's main thread (a 100,000-row file takes
 * seconds), posting progress and then the result. Loaded by import-panel.ts as a module Worker.
 */
import { validateUserSet, type StoredSet } from '../../lib/user-set-import.ts';

export interface ImportRequest {
  text: string;
  fileName: string;
  existing: StoredSet[];
}

export type ImportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ReturnType<typeof validateUserSet> };

// The DOM typings describe a window; in a dedicated worker these two are all we use.
const scope = self as unknown as {
  postMessage(reply: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const { text, fileName, existing } = event.data;
  const result = validateUserSet(text, fileName, existing, (done, total) =>
    scope.postMessage({ type: 'progress', done, total }),
  );
  scope.postMessage({ type: 'result', result });
};
