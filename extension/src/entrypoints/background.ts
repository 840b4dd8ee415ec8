/**
 * The background: checks the figures of pages for the content scripts (the core runs here, off
 * the pages' main threads), the toolbar badge (contradicted figures per tab), the context-menu
 * entry that sends selected text to the draft checker, and the keyboard commands that step
 * through figures.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import {
  badgeColor,
  badgeText,
  isCheckRequest,
  isCountsMessage,
  isOpenSource,
  message,
} from '../lib/messages.ts';
import { draftPrefillItem } from '../lib/draft-prefill.ts';
import { userSetsItem } from '../lib/user-sets.ts';
import { CheckService } from '../lib/check-service.ts';
import { i18n } from '#i18n';

const MENU_ID = 'figure-check-draft';

/** MV3 has `action`, Firefox's MV2 build `browserAction`: same badge calls. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export default defineBackground(() => {
  // Built now rather than at the first page's request, and again when the user's sets change.
  const checks = new CheckService(() => userSetsItem.getValue());
  checks.reload();
  userSetsItem.watch((value) => checks.reload(value ?? []));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: i18n.t('menuCheck'),
      contexts: ['selection'],
    });
  });

  const openDraft = async (info: { menuItemId: string | number; selectionText?: string }) => {
    if (info.menuItemId !== MENU_ID) return;
    await draftPrefillItem.setValue({ text: info.selectionText ?? '', at: Date.now() });
    await browser.tabs.create({ url: browser.runtime.getURL('/draft.html') });
  };
  browser.contextMenus.onClicked.addListener((info) => void openDraft(info));

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (isCheckRequest(message)) {
      // sendResponse rather than a returned promise: older Chromium ignores returned promises.
      checks.handle(message).then(sendResponse, () => sendResponse({ failed: true }));
      return true;
    }
    if (isOpenSource(message)) {
      // The card lives in a web page, which may not link to extension pages itself.
      const url = browser.runtime.getURL(`/source.html?figure=${encodeURIComponent(message.figureId)}`);
      void browser.tabs.create({ url, index: sender.tab ? sender.tab.index + 1 : undefined });
      return undefined;
    }
    if (!isCountsMessage(message) || sender.tab?.id === undefined) return undefined;
    const tabId = sender.tab.id;
    const action = actionApi();
    void action.setBadgeText({ tabId, text: badgeText(message.counts, message.enabled) });
    void action.setBadgeBackgroundColor({ tabId, color: badgeColor(message.counts) });
    return undefined;
  });

  const onCommand = async (command: string, tab?: { id?: number }) => {
    if (command !== 'next-figure' && command !== 'previous-figure') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const step = message('step', { direction: command === 'next-figure' ? 1 : -1 });
    browser.tabs.sendMessage(tabId, step).catch(() => {
      // No content script on this tab (a browser page, or a disabled site).
    });
  };
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
