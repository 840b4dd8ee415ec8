/**
 * Light or dark: Office's own theme when the host gives one (its body background colour), else
 * the system's `prefers-color-scheme`. Pure, so that the choice is tested in Node.
 */

export type ThemeMode = 'light' | 'dark';

/** Relative luminance (WCAG) of "#rrggbb" or "#rgb"; null for anything else. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The pane's theme: dark on a dark Office body background, else as the system prefers. */
export function chooseTheme(officeBackground: string | null | undefined, prefersDark: boolean): ThemeMode {
  const l = officeBackground ? luminance(officeBackground) : null;
  if (l !== null) return l < 0.2 ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}
