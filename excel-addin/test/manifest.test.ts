/** The manifest, checked offline: read with office-addin-manifest; every URL it names is a built file. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { OfficeAddinManifest } from 'office-addin-manifest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'manifest.xml');
const ORIGIN = 'https://localhost:3000/';

describe('manifest.xml', () => {
  it('reads as an Excel task pane add-in with URLs on https://localhost:3000', async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info.displayName).toBe('Figure Check');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}taskpane.html`);
    for (const url of [info.iconUrl, info.highResolutionIconUrl, info.supportUrl])
      expect(url?.startsWith(ORIGIN)).toBe(true);
  });

  it('declares custom functions in namespace FACTCHECK in a long-lived shared runtime', () => {
    const xml = readFileSync(manifestPath, 'utf8');
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="FACTCHECK"\/>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  });

  it('names only URLs that the build produces', async () => {
    const dist = inject('distDir');
    const xml = readFileSync(manifestPath, 'utf8');
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    const urls = new Set([...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? ''));
    for (const u of [
      info.iconUrl,
      info.highResolutionIconUrl,
      info.supportUrl,
      info.defaultSettings?.sourceLocation,
    ])
      if (u) urls.add(u);
    expect(urls.size).toBe(8); // 4 icons, taskpane.html, functions.js, functions.json, help.html
    for (const url of urls) {
      expect(url.startsWith(ORIGIN), url).toBe(true);
      const file = join(dist, new URL(url).pathname);
      expect(existsSync(file), `${url} -> ${file}`).toBe(true);
    }
    // Every resource id the manifest uses is defined.
    const defined = new Set([...xml.matchAll(/ id="([^"]+)" DefaultValue=/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/resid="([^"]+)"/g)) expect(defined.has(m[1]), m[1]).toBe(true);
  });

  it('builds functions.json from the JSDoc, with the five functions and data types allowed', () => {
    const meta = JSON.parse(readFileSync(join(inject('distDir'), 'functions.json'), 'utf8')) as {
      allowCustomDataForDataTypeAny?: boolean;
      functions: Array<{ id: string; parameters: Array<{ name: string; optional?: boolean }> }>;
    };
    expect(meta.functions.map((f) => f.id)).toEqual(['VERIFY', 'EXPLAIN', 'SERIES', 'FIGURE', 'SOURCE']);
    expect(meta.functions.find((f) => f.id === 'FIGURE')?.parameters).toEqual([
      expect.objectContaining({ name: 'label' }),
      expect.objectContaining({ name: 'period', optional: true }),
    ]);
    expect(meta.allowCustomDataForDataTypeAny).toBe(true);
  });

  it('builds functions.js as one classic script (no imports) and a page that loads the pane', () => {
    const dist = inject('distDir');
    const js = readFileSync(join(dist, 'functions.js'), 'utf8');
    expect(js).not.toMatch(/^\s*import\s/m);
    expect(js).toContain('VERIFY');
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    expect(html).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/<script type="module"[^>]*src="\.\/taskpane\.js"/);
  });
});
