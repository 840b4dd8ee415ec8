/**
 * Unit tests run outside a browser: WXT's fake browser has no i18n. This gives it the
 * extension's own messages (src/locales/*.yml, parsed by @wxt-dev/i18n's build tools, as the
 * build does), English unless a test switches with `useLocale`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

type Locale = 'en' | 'zh_CN';

function load(locale: Locale): Record<string, { message: string }> {
  const dir = process.env.FIGURE_CHECK_LOCALES;
  if (!dir) throw new Error('FIGURE_CHECK_LOCALES is not set (see vitest.config.ts)');
  const file = join(dir, `${locale}.yml`);
  return generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));
}

const messages: Record<Locale, Record<string, { message: string }>> = {
  en: load('en'),
  zh_CN: load('zh_CN'),
};
let current: Locale = 'en';

/** Switches the fake browser's interface language. */
export function useLocale(locale: Locale): void {
  current = locale;
  install();
}

function install(): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (name: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (name, substitutions) => {
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const text = messages[current][name]?.message ?? '';
    return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
  i18n.getUILanguage = () => (current === 'zh_CN' ? 'zh-CN' : 'en-US');
}

install();
beforeEach(() => {
  current = 'en';
  install();
});
