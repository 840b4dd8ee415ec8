import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtinSet, checkText, VERDICTS } from '@figure-check/core';
import { CheckService } from '../../src/lib/check-service.ts';
import { RemoteChecker, type Transport } from '../../src/lib/remote-checker.ts';
import { PageScanner } from '../../src/lib/page-scanner.ts';
import { BackgroundChecker } from '../../src/lib/background-batcher.ts';
import { InPageChecker } from '../../src/lib/in-page-checker.ts';
import { importUserSet, userSetsItem } from '../../src/lib/user-sets.ts';
import { setsStamp, type CheckReply, type Requests } from '../../src/lib/messages.ts';

const QUOTE =
  'By the end of 2023, there were a total of 44,499 national standards and 4,164 national standard samples.';
const WRONG = 'In 2023, 4,411 industry standards were filed.';
const RECALL =
  'In 2023, a total of 56,700 cases of quality violations were investigated and handled, resulting in the recall of 6.728 million defective vehicles.';
const TEA = 'The Ledger Institute counted 7,321 tea houses in Hangzhou by the end of 2024.';

/** Runtime messaging serialises: the transport round-trips through JSON like it. */
function transportTo(service: CheckService): Transport {
  return async (request) => {
    const reply = await service.handle(JSON.parse(JSON.stringify(request)) as typeof request);
    return JSON.parse(JSON.stringify(reply)) as unknown;
  };
}

/** A scanner checking through `remote`; with `fallback`, the page checks what the background fails. */
function scanner(remote: RemoteChecker, fallback = false, getSet = builtinSet): PageScanner {
  return new PageScanner({
    doc: document,
    checker: new BackgroundChecker(remote),
    fallback: fallback ? new InPageChecker(getSet) : null,
    isShown: (mark) => mark.mention.verdict !== 'unverified',
  });
}

/** A check request body for the service. */
function req(session: string, sets: string, texts: string[]): Requests['check-blocks'] {
  return { session, sets, texts, tables: [] };
}

describe('checking in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
  });

  it('gives the page the same mentions as the core, with what the card needs', async () => {
    const service = new CheckService(() => Promise.resolve([]));
    const checker = new RemoteChecker(transportTo(service), '');
    const texts = [QUOTE, WRONG, RECALL, 'Nothing here.'];
    const reply = await checker.request(texts);
    texts.forEach((text, i) => {
      const expected = checkText(text, builtinSet()).mentions;
      const got = checker.decodeBlock(reply, i, text)!;
      expect(got).toHaveLength(expected.length);
      got.forEach((mention, k) => {
        const core = expected[k]!;
        expect(mention).toEqual({
          text: core.text,
          start: core.start,
          end: core.end,
          verdict: core.verdict,
          figure: core.figure,
          alternatives: core.alternatives,
          explanation: core.explanation,
          ...(core.likelyError ? { likelyError: core.likelyError } : {}),
        });
      });
    });
  });

  it('sends each figure’s details once per session, and again to a new session or after a set change', async () => {
    const service = new CheckService(() => Promise.resolve([]));
    const first = await service.handle(req('a', '', [QUOTE]));
    const again = await service.handle(req('a', '', [QUOTE]));
    const other = await service.handle(req('b', '', [QUOTE]));
    expect(first.figures.map((f) => f.numberText)).toEqual(expect.arrayContaining(['4,164', '44,499']));
    expect(first.firstFigure).toBe(0);
    expect(again.figures).toEqual([]);
    expect(again.blocks).toEqual(first.blocks);
    expect(other.figures).toEqual(first.figures);
    service.reload([]);
    const rebuilt = await service.handle(req('a', '', [QUOTE]));
    expect(rebuilt.token).not.toBe(first.token);
    expect(rebuilt.figures).toEqual(first.figures);
  });

  it('interns repeated explanations: a reply stays small for a long page', async () => {
    const service = new CheckService(() => Promise.resolve([]));
    const texts = Array.from({ length: 200 }, () => QUOTE);
    const reply = await service.handle(req('s', '', texts));
    expect(reply.strings.length).toBeLessThanOrEqual(4);
    // Per mention: offsets and indexes only; explanations and figure details are not repeated.
    const mentions = reply.blocks.flat().length;
    expect(mentions).toBe(400);
    expect(JSON.stringify(reply.blocks).length / mentions).toBeLessThan(100);
    expect(reply.figures.length).toBeLessThanOrEqual(4);
  });

  it('uses the user’s imported sets, reading storage again when the page knows of newer imports', async () => {
    const service = new CheckService(() => userSetsItem.getValue());
    service.reload();
    const before = await service.handle(req('s', '', [TEA]));
    expect(before.blocks[0]!.map((m) => m.figure)).toEqual([-1]);
    const csv = [
      'value,unit,measure,qualifier,period,period end,source title,publisher,date,url,quote,speaker,keywords',
      '7321,count,tea houses in Hangzhou,exact,by the end of 2024,2024-12-31,Ledger tea survey,The Ledger Institute,2025-01-15,https://example.org/tea,"Hangzhou had 7,321 tea houses by the end of 2024.",Ms Example,tea houses',
    ].join('\n');
    const outcome = await importUserSet(csv, 'tea.csv');
    expect(outcome.ok).toBe(true);
    // No reload() call: the stamp in the request alone makes the service read storage again.
    const stamp = setsStamp(await userSetsItem.getValue());
    const after = await service.handle(req('s', stamp, [TEA]));
    expect(after.token).not.toBe(before.token);
    expect(VERDICT(after)).toBe('verified');
    expect(after.figures.map((f) => f.source.title)).toContain('Ledger tea survey');
  });

  it('marks the page from the background’s answers, and never runs the core in the page', async () => {
    document.body.innerHTML = `<p>By the end of 2023, there were a total of <b>44,499</b> national standards and 4,164 national standard samples.</p><p>${WRONG}</p><p>Some 12 apples.</p>`;
    const getSet = vi.fn(builtinSet);
    const s = scanner(
      new RemoteChecker(transportTo(new CheckService(() => Promise.resolve([]))), ''),
      true,
      getSet,
    );
    expect(await s.scanAll()).toBe(true);
    expect(s.counts()).toEqual({ verified: 2, approximate: 0, contradicted: 1, unverified: 1 });
    expect(s.marks().map((m) => m.range.toString())).toEqual(['44,499', '4,164', '4,411', '12']);
    expect(s.checkedBlocks).toEqual({ background: 3, page: 0 });
    expect(getSet).not.toHaveBeenCalled();
    expect(s.errors).toBe(0);
    const wrong = s.marks().find((m) => m.mention.verdict === 'contradicted')!;
    expect(wrong.mention.likelyError?.message).toContain('4,141');
  });

  it('without a fallback (the content script), a background that does not answer leaves the page unmarked and unharmed', async () => {
    document.body.innerHTML = `<p>${QUOTE}</p><p>${WRONG}</p>`;
    let up = false;
    const service = new CheckService(() => Promise.resolve([]));
    const flaky: Transport = (request) =>
      up ? transportTo(service)(request) : Promise.reject(new Error('Receiving end does not exist.'));
    const s = scanner(new RemoteChecker(flaky, ''));
    expect(await s.scanAll()).toBe(true);
    expect(s.counts()).toMatchObject({ verified: 0, contradicted: 0 });
    expect(s.failures).toBe(1);
    // The next scan (a change, the popup's re-scan) checks again.
    up = true;
    await s.scanAll();
    expect(s.counts()).toMatchObject({ verified: 2, contradicted: 1 });
  });

  it('with the in-page fallback, the page checks what the background does not answer', async () => {
    document.body.innerHTML = `<p>${QUOTE}</p><p>${WRONG}</p>`;
    const failing: Transport = () =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    const s = scanner(new RemoteChecker(failing, ''), true);
    expect(await s.scanAll()).toBe(true);
    expect(s.counts()).toMatchObject({ verified: 2, contradicted: 1 });
    expect(s.failures).toBe(1);
    expect(s.checkedBlocks.page).toBe(2);

    // A transport that throws synchronously (extension context invalidated) or never answers.
    const throwing: Transport = () => {
      throw new Error('Extension context invalidated.');
    };
    const t = scanner(new RemoteChecker(throwing, ''), true);
    await t.scanAll();
    expect(t.counts()).toMatchObject({ verified: 2, contradicted: 1 });
    const silent: Transport = () => new Promise(() => {});
    const u = scanner(new RemoteChecker(silent, '', 50), true);
    await u.scanAll();
    expect(u.counts()).toMatchObject({ verified: 2, contradicted: 1 });
    expect(u.failures).toBe(1);
  });

  it('recovers when a reply names a figure the page never got (a lost reply)', async () => {
    document.body.innerHTML = `<p>${QUOTE}</p>`;
    const service = new CheckService(() => Promise.resolve([]));
    const checker = new RemoteChecker(transportTo(service), '');
    // A reply lost on the way: the service counts its figures as sent to this session.
    const session = (checker as unknown as { session: string }).session;
    await service.handle(req(session, '', [QUOTE]));
    const s = scanner(checker);
    await s.scanAll();
    expect(s.counts().verified).toBe(0);
    expect(s.errors).toBe(1); // the block with the missing details stays unmarked for now
    // The checker renewed its session: the next request brings every detail again.
    expect((checker as unknown as { session: string }).session).not.toBe(session);
    await s.scanAll();
    expect(s.counts().verified).toBe(2);
    expect(s.errors).toBe(1);
  });
});

function VERDICT(reply: CheckReply): string | undefined {
  const mention = reply.blocks[0]?.[0];
  return mention ? VERDICTS[mention.verdict] : undefined;
}
