/**
 * Fluent UI web components for the pane's controls, and its theme: Office's (light or dark)
 * where the host says, else the system's colour scheme, followed when it changes.
 */
// Each import defines its element (<fluent-button>, ...) once, as the package's docs show.
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/checkbox.js';
import '@fluentui/web-components/progress-bar.js';
import '@fluentui/web-components/toggle-button.js';
import { setTheme } from '@fluentui/web-components';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { chooseTheme, type ThemeMode } from '../lib/theme.ts';

/** Applies the theme for `officeBackground` (null outside Office) and follows the system's changes. */
export function applyTheme(doc: Document, officeBackground: () => string | null): ThemeMode {
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = (): ThemeMode => {
    const mode = chooseTheme(officeBackground(), media?.matches === true);
    setTheme(mode === 'dark' ? webDarkTheme : webLightTheme);
    doc.documentElement.dataset.theme = mode;
    return mode;
  };
  media?.addEventListener('change', apply);
  return apply();
}
