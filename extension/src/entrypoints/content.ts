/**
 * The content script: marks figures on every page the user allows. The matching is the core's;
 * this file only wires settings, the user's figure sets and messages to the page controller.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { PageController } from '../lib/page-controller.ts';
import { isSiteEnabled, loadSettings, settingsItem, normalizeSettings, type Settings } from '../lib/settings.ts';
import { mergedSet, userSetsItem } from '../lib/user-sets.ts';
import { highlightsSupported } from '../lib/highlights.ts';
import { isToContent, type Counts, type TabReport, type ToBackground } from '../lib/messages.ts';

const EMPTY: Counts = { verified: 0, approximate: 0, contradicted: 0, unverified: 0 };

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!highlightsSupported()) return; // Nothing can be marked without the Highlight API.
    let settings: Settings = await loadSettings();
    const stored = await userSetsItem.getValue();
    const setupStart = performance.now();
    let set = mergedSet(stored).set; // validates the built-in set on first use
    const setupMs = performance.now() - setupStart;
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
        controller = new PageController({ doc: document, set, shown: settings.shown, onCounts: (counts) => report(counts, true) });
        controller.recordSetup(setupMs);
        void controller.start();
      } else if (!enabled && controller) {
        controller.stop();
        controller = null;
        report(EMPTY, false);
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
      set = mergedSet(value ?? []).set;
      void controller?.setFigureSet(set);
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
          const result: TabReport = controller ? controller.report(host()) : { enabled: false, host: host(), busy: false, counts: EMPTY, figures: [] };
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
