/**
 * Entry of functions.js (also bundled into taskpane.html: one shared runtime). Registers the
 * custom functions once Office is ready; outside Excel (no CustomFunctions) it does nothing.
 */
import { FUNCTIONS } from './functions.ts';

/** Associates each function id (as in functions.json) with its implementation. */
export function registerFunctions(): void {
  if (typeof CustomFunctions === 'undefined') return;
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function')
  void Office.onReady(registerFunctions);
else registerFunctions();
