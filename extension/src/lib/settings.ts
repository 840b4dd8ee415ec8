/**
 * The user's settings, persisted in `browser.storage.local` through WXT's storage utility and
 * read by the content script, the popup, the draft checker and the options page.
 */
import { storage } from 'wxt/utils/storage';
import type { VerdictKind } from '@figure-check/core';

export interface Settings {
  /** Which verdicts are marked on pages; `unverified` is off by default (it is the noisiest). */
  shown: Record<VerdictKind, boolean>;
  /** When not empty, Figure Check runs only on these sites (host names, subdomains included). */
  allow: string[];
  /** Sites where Figure Check never runs; wins over the allow list. */
  deny: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  shown: { verified: true, approximate: true, contradicted: true, unverified: false },
  allow: [],
  deny: [],
};

/** The settings item; `fallback` gives the defaults on first run. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, filling fields a previous version did not have. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return normalizeSettings(stored);
}

export function normalizeSettings(value: Partial<Settings> | null | undefined): Settings {
  return {
    shown: { ...DEFAULT_SETTINGS.shown, ...(value?.shown ?? {}) },
    allow: [...(value?.allow ?? [])],
    deny: [...(value?.deny ?? [])],
  };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

/** "www.Example.com." -> "example.com": the form site lists are kept in. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\*\./, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Parses a site list typed one per line (URLs are accepted and reduced to their host). */
export function parseSiteList(text: string): string[] {
  const hosts = text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      try {
        return normalizeHost(new URL(line.includes('://') ? line : `http://${line}`).hostname);
      } catch {
        return normalizeHost(line);
      }
    })
    .filter(Boolean);
  return [...new Set(hosts)];
}

function matchesHost(host: string, entry: string): boolean {
  const h = normalizeHost(host);
  return h === entry || h.endsWith(`.${entry}`);
}

/** Whether Figure Check runs on a page of `host` under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  if (settings.deny.some((entry) => matchesHost(host, entry))) return false;
  if (settings.allow.length === 0) return true;
  return settings.allow.some((entry) => matchesHost(host, entry));
}

/** The settings after the popup's on/off switch for one site. */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const entry = normalizeHost(host);
  const next = normalizeSettings(settings);
  if (enabled) {
    next.deny = next.deny.filter((d) => !matchesHost(host, d));
    if (next.allow.length > 0 && !next.allow.some((a) => matchesHost(host, a))) next.allow.push(entry);
  } else {
    next.allow = next.allow.filter((a) => !matchesHost(host, a));
    if (!next.deny.includes(entry)) next.deny.push(entry);
  }
  return next;
}
