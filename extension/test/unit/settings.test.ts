import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  parseSiteList,
  saveSettings,
  settingsItem,
  withSiteEnabled,
} from '../../src/lib/settings.ts';
import { draftPrefillItem, takeDraftPrefill } from '../../src/lib/draft-prefill.ts';
import { badgeColor, badgeText } from '../../src/lib/messages.ts';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to every verdict but unverified, on every site', async () => {
    const settings = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.shown.unverified).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
  });

  it('persists changes in storage.local and notifies watchers', async () => {
    const seen: unknown[] = [];
    const unwatch = settingsItem.watch((v) => seen.push(v));
    const next = await loadSettings();
    next.shown.unverified = true;
    next.deny = ['example.com'];
    await saveSettings(next);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({
      shown: { unverified: true },
      deny: ['example.com'],
    });
    expect((await loadSettings()).shown.unverified).toBe(true);
    expect(seen).toHaveLength(1);
    unwatch();
  });

  it('applies allow and deny lists by host, subdomains included; deny wins', () => {
    const s = { ...DEFAULT_SETTINGS, allow: ['example.com'], deny: ['ads.example.com'] };
    expect(isSiteEnabled(s, 'www.example.com')).toBe(true);
    expect(isSiteEnabled(s, 'news.example.com')).toBe(true);
    expect(isSiteEnabled(s, 'ads.example.com')).toBe(false);
    expect(isSiteEnabled(s, 'other.org')).toBe(false);
  });

  it('parses site lists typed as hosts or URLs', () => {
    expect(parseSiteList('https://www.Example.com/path\nnews.org, *.gov.cn\n\n')).toEqual([
      'example.com',
      'news.org',
      'gov.cn',
    ]);
  });

  it("switches one site on and off from the popup's toggle", () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'www.example.com', false);
    expect(isSiteEnabled(off, 'example.com')).toBe(false);
    const on = withSiteEnabled(off, 'example.com', true);
    expect(isSiteEnabled(on, 'example.com')).toBe(true);
    const allowOnly = withSiteEnabled({ ...DEFAULT_SETTINGS, allow: ['a.org'] }, 'b.org', true);
    expect(allowOnly.allow).toEqual(['a.org', 'b.org']);
  });

  it('hands a context-menu selection to the draft checker once', async () => {
    await draftPrefillItem.setValue({ text: 'selected 44,499', at: Date.now() });
    expect(await takeDraftPrefill()).toBe('selected 44,499');
    expect(await takeDraftPrefill()).toBeNull();
  });

  it('shows contradicted figures on the badge, and that a clean page was checked', () => {
    expect(badgeText({ verified: 3, approximate: 0, contradicted: 2, unverified: 1 }, true)).toBe('2');
    expect(badgeText({ verified: 3, approximate: 0, contradicted: 0, unverified: 1 }, true)).toBe('✓');
    expect(badgeText({ verified: 0, approximate: 0, contradicted: 0, unverified: 0 }, true)).toBe('✓');
    expect(badgeColor({ verified: 0, approximate: 0, contradicted: 0, unverified: 0 })).not.toBe(
      badgeColor({ verified: 0, approximate: 0, contradicted: 1, unverified: 0 }),
    );
    expect(badgeText({ verified: 3, approximate: 0, contradicted: 2, unverified: 1 }, false)).toBe('');
  });
});
