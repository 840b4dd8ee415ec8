/**
 * The content script: marks figures on every page the user allows. The matching is the core's,
 * run in the background (off the page's main thread) through a RemoteChecker; the page runs it
 * itself only when the background does not answer. This file wires settings, the user's figure
 * sets and messages to the page controller.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { PageController } from '../lib/page-controller.ts';
import {
  isSiteEnabled,
  loadSettings,
  settingsItem,
  normalizeSettings,
  type Settings,
} from '../lib/settings.ts';
import { emptyCounts, type FigureSet } from '@figure-check/core';
import { mergedSet, userSetsItem } from '../lib/user-sets.ts';
import { highlightsSupported } from '../lib/highlights.ts';
import { RemoteChecker } from '../lib/remote-checker.ts';
import { isToContent, setsStamp, type Counts, type TabReport, type ToBackground } from '../lib/messages.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!highlightsSupported()) return; // Nothing can be marked without the Highlight API.
    let settings: Settings = await loadSettings();
    let stored = await userSetsItem.getValue();
    // Built only if the page has to check by itself: building validates the whole set.
    let localSet: FigureSet | null = null;
    const getSet = () => (localSet ??= mergedSet(stored).set);
    const checker = new RemoteChecker((request) => browser.runtime.sendMessage(request), setsStamp(stored));
    let controller: PageController | null = null;
    const host = () => location.hostname;

    const report = (counts: Counts, enabled: boolean) => {
      const message: ToBackground = { type: 'counts', counts, enabled };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be asleep or the extension reloaded: the badge is best effort.
      });
    };

    /** Starts or stops the controller to match the site lists. */
    const apply = () => {
      const enabled = isSiteEnabled(settings, host());
      if (enabled && !controller) {
        controller = new PageController({
          doc: document,
          getSet,
          checker,
          shown: settings.shown,
          onCounts: (counts) => report(counts, true),
        });
        void controller.start();
      } else if (!enabled && controller) {
        controller.stop();
        controller = null;
        report(emptyCounts(), false);
      } else if (controller) {
        controller.setShown(settings.shown);
      }
    };
    apply();

    const unwatchSettings = settingsItem.watch((value) => {
      settings = normalizeSettings(value);
      apply();
    });
    const unwatchSets = userSetsItem.watch((value) => {
      stored = value ?? [];
      localSet = null;
      checker.sets = setsStamp(stored);
      void controller?.setChanged();
    });

    // Single-page apps: the MutationObserver sees the new content; a full rescan on navigation
    // also drops marks of text that was replaced in place.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      apply();
      void controller?.rescan();
    });

    const onMessage = (message: unknown): Promise<unknown> | undefined => {
      if (!isToContent(message)) return undefined;
      switch (message.type) {
        case 'get-report': {
          const result: TabReport = controller
            ? controller.report(host())
            : { enabled: false, host: host(), busy: false, counts: emptyCounts(), figures: [] };
          return Promise.resolve(result);
        }
        case 'reveal':
          return Promise.resolve(controller?.reveal(message.id) ?? false);
        case 'rescan':
          return (controller?.rescan() ?? Promise.resolve()).then(() => true);
        case 'step':
          return Promise.resolve(controller?.step(message.direction) ?? false);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchSettings();
      unwatchSets();
      controller?.stop();
      controller = null;
    });
  },
});
