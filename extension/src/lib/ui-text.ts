/**
 * The interface's language: the browser's (WXT's i18n over `browser.i18n`, src/locales/*.yml).
 * Verdict words come from the core in the same language, so a Chinese browser reads Chinese
 * verdicts everywhere.
 */
import { browser } from 'wxt/browser';
import type { VerdictLanguage } from '@figure-check/core';

/** The core's verdict language for the browser's interface language. */
export function verdictLanguage(uiLanguage: string | undefined = safeUiLanguage()): VerdictLanguage {
  return uiLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function safeUiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined; // outside the extension (unit tests without the API): English
  }
}
