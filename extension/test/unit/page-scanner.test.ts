import { beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinSet, checkTable, checkText } from '@figure-check/core';
import { PageController } from '../../src/lib/page-controller.ts';
import { PageScanner } from '../../src/lib/page-scanner.ts';
import { chunkText } from '../../src/lib/block-check.ts';
import { InPageChecker } from '../../src/lib/in-page-checker.ts';

const QUOTE =
  'By the end of 2023, there were a total of 44,499 national standards and 4,164 national standard samples.';
const WRONG = 'In 2023, 4,411 industry standards were filed.';

function scanner(): PageScanner {
  return new PageScanner({
    doc: document,
    checker: new InPageChecker(builtinSet),
    isShown: (mark) => mark.mention.verdict !== 'unverified',
  });
}

describe('page scanner', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('marks every figure of the page with the core verdict, keeping split figures whole', async () => {
    document.body.innerHTML = `<p>By the end of 2023, there were a total of <b>44,499</b> national standards and 4,164 national standard samples.</p><p>${WRONG}</p><p>Some 12 apples.</p>`;
    const s = scanner();
    expect(await s.scanAll()).toBe(true);
    expect(s.counts()).toEqual({ verified: 2, approximate: 0, contradicted: 1, unverified: 1 });
    const texts = s.marks().map((m) => m.range.toString());
    expect(texts).toEqual(['44,499', '4,164', '4,411', '12']);
    expect(s.errors).toBe(0);
  });

  it('rescans only the changed block and drops marks of removed blocks', async () => {
    document.body.innerHTML = `<p id="a">${QUOTE}</p><p id="b">${WRONG}</p>`;
    const s = scanner();
    await s.scanAll();
    const before = s.marks().find((m) => m.range.toString() === '44,499')!;
    document.getElementById('b')!.textContent = 'In 2023, 4,141 industry standards were filed.';
    await s.scanChanged([document.getElementById('b')!], []);
    expect(s.counts()).toMatchObject({ verified: 3, contradicted: 0 });
    // The untouched paragraph kept its mark object: it was not rescanned.
    expect(s.marks().find((m) => m.range.toString() === '44,499')).toBe(before);
    document.getElementById('a')!.remove();
    await s.scanChanged([document.body], []);
    expect(s.counts()).toMatchObject({ verified: 1 });
  });

  it('forgets a mark spanning three or more text nodes on re-scan, under every node it covered', async () => {
    document.body.innerHTML =
      '<p id="p">By the end of 2023, there were a total of <span>44</span><span>,</span><span>499</span> national standards.</p>';
    const s = scanner();
    await s.scanAll();
    const spans = [...document.querySelectorAll('span')].map((span) => span.firstChild as Text);
    expect(s.marks().map((m) => m.range.toString())).toEqual(['44,499']);
    for (const node of spans) expect(s.marksAt(node)).toHaveLength(1);
    // The paragraph changes: its old mark must be gone from every node, the middle one too.
    document.getElementById('p')!.append(' Nothing else.');
    spans[0]!.data = 'about 44';
    await s.scanChanged([document.getElementById('p')!], []);
    const now = s.marks();
    for (const node of spans) expect(s.marksAt(node).every((mark) => now.includes(mark))).toBe(true);
    // And after the figure is removed from the text entirely, nothing is left under any node.
    spans[0]!.data = 'no';
    spans[2]!.data = 'figure';
    await s.scanChanged([document.getElementById('p')!], []);
    for (const node of spans) expect(s.marksAt(node)).toEqual([]);
  });

  it('checks an HTML table with its row labels and column headers through the core’s table check', async () => {
    document.body.innerHTML = `<table>
      <thead><tr><th>Item</th><th>2023</th></tr></thead>
      <tbody><tr><td>Cases of quality violations</td><td><b>57,600</b></td></tr>
      <tr><td><p>National standards</p></td><td>44,499</td></tr></tbody></table>`;
    const s = scanner();
    await s.scanAll();
    const grid = [
      ['Item', '2023'],
      ['Cases of quality violations', '57,600'],
      ['National standards', '44,499'],
    ];
    const expected = checkTable({ values: grid }, builtinSet()).cells;
    const marks = s.marks();
    expect(marks.map((m) => [m.range.toString(), m.mention.verdict, m.mention.explanation])).toEqual(
      expected.map((c) => [c.text, c.verdict, c.explanation]),
    );
    // Read as loose text, the number alone names nothing: the labels are what make it checkable.
    expect(marks[0]!.mention.verdict).toBe('contradicted');
    expect(checkText('57,600', builtinSet()).mentions[0]!.verdict).toBe('unverified');
    // A change to one cell rechecks the table as a whole.
    document.querySelector('b')!.textContent = '56,700';
    await s.scanChanged([document.querySelector('b')!], []);
    expect(s.marks().map((m) => m.mention.verdict)).toEqual(['verified', expected[1]!.verdict]);
  });

  it('reads a layout table (prose in its cells) block by block like any text', async () => {
    document.body.innerHTML = `<table><tr><td>Menu</td><td><p>${QUOTE} ${'More prose. '.repeat(30)}</p></td></tr></table>`;
    const s = scanner();
    await s.scanAll();
    expect(s.counts().verified).toBe(2);
  });

  it('checks text revealed later by a class change ("Continue reading")', async () => {
    document.head.innerHTML = '<style>.collapsed .more { display: none; }</style>';
    document.body.innerHTML = `<article id="story" class="collapsed"><p>Intro.</p><p class="more">${QUOTE}</p></article>`;
    const controller = new PageController({
      doc: document,
      checker: new InPageChecker(builtinSet),
      shown: { verified: true, approximate: true, contradicted: true, unverified: false },
    });
    await controller.start();
    expect(controller.scanner.counts().verified).toBe(0);
    document.getElementById('story')!.classList.remove('collapsed');
    await vi.waitFor(() => expect(controller.scanner.counts().verified).toBe(2), { timeout: 3000 });
    controller.stop();
    document.head.innerHTML = '';
  });

  it('splits very long blocks at sentence ends and finds the same figures as one pass', async () => {
    const text = Array.from({ length: 120 }, () => QUOTE).join(' ');
    const chunks = chunkText(text, 1000);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(1000);
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
    document.body.innerHTML = `<div>${text}</div>`;
    const s = scanner();
    await s.scanAll();
    expect(s.counts().verified).toBe(checkText(text, builtinSet()).summary.verified);
  });
});
