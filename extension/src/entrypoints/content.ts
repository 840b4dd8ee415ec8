/**
 * The content script: marks figures on every page the user allows. The matching is the core's,
 * run in the background (off the page's main thread) through a RemoteChecker: the core is not
 * bundled here, so every page loads a small script. Work starts when the page is idle. This
 * file wires settings, the user's figure sets and messages to the page controller.
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
import { emptyCounts } from '@figure-check/core';
import { userSetsItem } from '../lib/user-sets.ts';
import { highlightsSupported } from '../lib/highlights.ts';
import { RemoteChecker } from '../lib/remote-checker.ts';
import { BackgroundChecker } from '../lib/background-batcher.ts';
import { whenIdle } from '../lib/scheduler.ts';
// Injected by the manifest before the page is first styled (no restyle of the page later).
import '../lib/highlights.css';
import { publishedDate } from '../lib/text-collect.ts';
import { dismissalsItem, pageKey, setDismissed, type Dismissals } from '../lib/dismissals.ts';
import { isToContent, message, setsStamp, type Counts, type TabReport } from '../lib/messages.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!highlightsSupported()) return; // Nothing can be marked without the Highlight API.
    // The page's own loading comes first: nothing of ours runs before the page is idle.
    await whenIdle(window);
    let settings: Settings = await loadSettings();
    const stored = await userSetsItem.getValue();
    let dismissals: Dismissals = await dismissalsItem.getValue();
    const pageDismissals = () => dismissals[pageKey(location.href)] ?? [];
    const remote = new RemoteChecker((request) => browser.runtime.sendMessage(request), setsStamp(stored));
    // "Last year" in an article means the year before it was published.
    remote.date = publishedDate(document);
    const checker = new BackgroundChecker(remote);
    let controller: PageController | null = null;
    const host = () => location.hostname;

    const report = (counts: Counts, enabled: boolean) => {
      browser.runtime.sendMessage(message('counts', { counts, enabled })).catch(() => {
        // The background may be asleep or the extension reloaded: the badge is best effort.
      });
    };

    /** Starts or stops the controller to match the site lists. */
    const apply = () => {
      const enabled = isSiteEnabled(settings, host());
      if (enabled && !controller) {
        controller = new PageController({
          doc: document,
          checker,
          shown: settings.shown,
          onCounts: (counts) => report(counts, true),
          pageUrl: () => location.href,
          documentStyled: true,
          version: browser.runtime.getManifest().version,
          onDismiss: (key) => void setDismissed(location.href, key, true),
          onOpenSource: (figureId) => {
            browser.runtime.sendMessage(message('open-source', { figureId })).catch(() => {
              // the extension was reloaded: the card's other actions still work
            });
          },
        });
        controller.setDismissed(pageDismissals());
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
    const unwatchDismissals = dismissalsItem.watch((value) => {
      dismissals = value ?? {};
      controller?.setDismissed(pageDismissals());
    });
    const unwatchSets = userSetsItem.watch((value) => {
      remote.sets = setsStamp(value);
      void controller?.setChanged();
    });

    // Single-page apps: the MutationObserver sees the new content; a full rescan on navigation
    // also drops marks of text that was replaced in place.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      remote.date = publishedDate(document);
      apply();
      controller?.setDismissed(pageDismissals());
      void controller?.rescan();
    });

    const onMessage = (message: unknown): Promise<unknown> | undefined => {
      if (!isToContent(message)) return undefined;
      switch (message.type) {
        case 'get-report': {
          const result: TabReport = controller
            ? controller.report(host())
            : {
                enabled: false,
                host: host(),
                url: location.href,
                checkedAt: null,
                busy: false,
                counts: emptyCounts(),
                figures: [],
              };
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
    // The listener answers with a promise (or undefined for messages of others), as the
    // extension API expects; the types of the polyfill do not say so.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchSettings();
      unwatchSets();
      unwatchDismissals();
      controller?.stop();
      controller = null;
    });
  },
});
