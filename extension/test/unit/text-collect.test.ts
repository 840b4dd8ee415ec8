import { describe, expect, it, beforeEach } from 'vitest';
import { builtinSet, checkText } from '@figure-check/core';
import { collectBlocks, publishedDate, rangeFor, readBlock } from '../../src/lib/text-collect.ts';

function page(html: string): void {
  document.body.innerHTML = html;
}

function texts(): string[] {
  return collectBlocks(document).blocks.map((b) => b.text);
}

describe('text collection', () => {
  beforeEach(() => page(''));

  it('joins a figure split across inline elements into one phrase', () => {
    page(
      '<p>By the end of 2023, China had <b>44,499</b> national standards in force.</p><p>Some <span>6.728</span>\n   million <i>units</i>.</p>',
    );
    expect(texts()).toEqual([
      'By the end of 2023, China had 44,499 national standards in force.',
      'Some 6.728 million units.',
    ]);
  });

  it('maps flat offsets back to DOM ranges across nodes and collapsed white space', () => {
    page('<p>Some   <span>6.728</span>\n   million <i>units</i>.</p>');
    const [block] = collectBlocks(document).blocks;
    const start = block!.text.indexOf('6.728');
    const end = start + '6.728 million'.length;
    const range = rangeFor(block!, start, end)!;
    expect(range.toString()).toBe('6.728\n   million');
    expect(range.startContainer.parentElement?.tagName).toBe('SPAN');
  });

  it('gives the core one mention for a split figure, mapped to the right DOM text', () => {
    page('<p>By the end of 2023, China had <b>44,499</b> national standards.</p>');
    const [block] = collectBlocks(document).blocks;
    const report = checkText(block!.text, builtinSet());
    expect(report.mentions).toHaveLength(1);
    const m = report.mentions[0]!;
    expect(rangeFor(block!, m.start, m.end)!.toString()).toBe('44,499');
    expect(m.verdict).toBe('verified');
  });

  it('skips script, style, code, pre, form fields, editable regions and hidden text', () => {
    page(`
      <p>Visible 12 apples.</p>
      <script>var x = "13 pears";</script><style>.a{width:14px}</style>
      <p>Code <code>15 lines</code> here.</p><pre>16 rows</pre>
      <textarea>17 words</textarea><input value="18 things"><select><option>19 options</option></select>
      <div contenteditable="true">20 drafts</div>
      <p hidden>21 hidden</p><p style="display:none">22 none</p><p style="visibility:hidden">23 invisible</p>
      <div style="display:none"><p>24 nested hidden</p></div>
    `);
    const all = texts().join('|');
    expect(all).toContain('Visible 12 apples.');
    expect(all).toContain('Code here.');
    for (const n of ['13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24'])
      expect(all).not.toContain(n);
  });

  it('keeps nested blocks apart and reads text around them', () => {
    page('<div>Before 5 <div>inner 6</div> after 7</div><ul><li>one 8</li><li>two 9</li></ul>');
    const t = texts();
    expect(t).toContain('Before 5 \nafter 7');
    expect(t).toContain('inner 6');
    expect(t).toContain('one 8');
    expect(t).toContain('two 9');
  });

  it('treats <br> as a line break', () => {
    page('<p>12<br>million</p>');
    expect(texts()).toEqual(['12\nmillion']);
  });

  it('skips the ignored UI and reads open shadow roots', () => {
    page('<p>Page 3 items</p><figure-check-ui><p>Ours 4 items</p></figure-check-ui><div id="host"></div>');
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow <b>44,499</b> national standards</p>';
    const result = collectBlocks(document, { ignore: (el) => el.tagName === 'FIGURE-CHECK-UI' });
    expect(result.blocks.map((b) => b.text)).toEqual(['Page 3 items']);
    expect(result.shadowRoots).toEqual([shadow]);
    expect(readBlock(shadow.querySelector('p')!)!.text).toBe('Shadow 44,499 national standards');
  });
});

describe('the page’s publication date', () => {
  it('is read from the article’s meta tags or its <time>, and is undefined when not stated', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2024-03-29T08:00:00+08:00">';
    expect(publishedDate(document)).toBe('2024-03-29');
    document.head.innerHTML = '';
    document.body.innerHTML = '<article><time datetime="2025-01-02">2 Jan</time></article>';
    expect(publishedDate(document)).toBe('2025-01-02');
    document.body.innerHTML = '<p>No date.</p>';
    expect(publishedDate(document)).toBeUndefined();
  });
});
