import { describe, expect, it, vi } from 'vitest';
import {
  builtinSet,
  checkText,
  describeFigure,
  formatCitation,
  type CheckedMention,
  type SourcedFigure,
  verdictHeading,
} from '@figure-check/core';
import { buildCard, quoteWithNumber } from '../../src/lib/card.ts';
import { useLocale } from './i18n-setup.ts';
import { nestQuotes } from '@figure-check/core';

const set = builtinSet();
const figure = set.figures.find((f) => f.numberText === '44,499')!;

function mentionFor(text: string): CheckedMention {
  const report = checkText(text, set);
  expect(report.mentions.length).toBeGreaterThan(0);
  return report.mentions[0]!;
}

describe('the card', () => {
  it('shows the verdict, official figure, emphasised source sentence, speaker, source and citation', () => {
    const card = buildCard(document, mentionFor(figure.quote));
    const text = card.textContent ?? '';
    expect(card.dataset.verdict).toBe('verified');
    expect(card.querySelector('.fc-verdict')!.textContent).toBe('Verified');
    expect(text).toContain(describeFigure(figure));
    expect(card.querySelector('.fc-quote .fc-number')!.textContent).toBe('44,499');
    expect(card.querySelector('.fc-quote')!.textContent).toBe(figure.quote);
    expect(text).toContain(figure.speaker);
    expect(text).toContain(figure.source.publisher);
    expect(text).toContain(figure.source.datePublished);
    const link = card.querySelector<HTMLAnchorElement>('a.fc-link')!;
    expect(link.href).toBe(new URL(figure.source.url!).href);
    expect(link.rel).toContain('noopener');
    expect(card.querySelector('.fc-citation')!.textContent).toBe(formatCitation(figure));
  });

  it('names the likely error of a contradicted figure', () => {
    const mention = mentionFor('In 2023, 4,411 industry standards were filed.');
    expect(mention.verdict).toBe('contradicted');
    const card = buildCard(document, mention);
    expect(card.textContent).toContain('Contradicted by the source');
    expect(card.textContent).toContain('Likely error');
    expect(card.textContent).toContain(mention.likelyError!.message);
  });

  it('copies the citation and reports it; Escape and × close', async () => {
    const copy = vi.fn(() => Promise.resolve());
    const onClose = vi.fn();
    const card = buildCard(document, mentionFor(figure.quote), { copy, onClose });
    card.querySelector<HTMLButtonElement>('.fc-copy')!.click();
    await vi.waitFor(() => expect(card.querySelector('.fc-status')!.textContent).toBe('Copied'));
    expect(copy).toHaveBeenCalledWith(formatCitation(figure));
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    card.querySelector<HTMLButtonElement>('.fc-close')!.click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('shows hostile figure data as text, never as markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const hostile: SourcedFigure = {
      ...figure,
      measure: `national standards ${evil}`,
      quote: `${evil} By the end of 2023 there were 44,499 standards.`,
      speaker: evil,
      source: { ...figure.source, title: evil, publisher: evil, url: 'javascript:alert(1)' },
    };
    const mention: CheckedMention = {
      ...mentionFor(figure.quote),
      figure: hostile,
      alternatives: [hostile],
      explanation: evil,
    };
    const card = buildCard(document, mention);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('[onerror]')).toBeNull();
    expect(card.textContent).toContain(evil);
    // A javascript: URL is not made a link.
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('.fc-quote .fc-number')!.textContent).toBe('44,499');
  });

  it('copies citations whose title quotes a document without doubling the quotes', () => {
    // The title of this source is `"Annual Report on … (2023)" Released`.
    expect(figure.source.title.startsWith('"')).toBe(true);
    const citation = formatCitation(figure);
    expect(citation).not.toContain('""');
    expect(citation).toContain(
      '"‘Annual Report on the Development of Standardization in China (2023)’ Released"',
    );
    expect(nestQuotes('Plain title')).toBe('Plain title');
    expect(nestQuotes('The “Action Plan” and "more')).toBe('The ‘Action Plan’ and ‘more');
  });

  it('keeps Tab inside the open card, both ways', () => {
    const card = buildCard(document, mentionFor(figure.quote));
    document.body.append(card);
    const controls = [...card.querySelectorAll<HTMLElement>('button, a[href]')];
    expect(controls.length).toBeGreaterThanOrEqual(3);
    const first = controls[0]!;
    const last = controls.at(-1)!;
    last.focus();
    const forward = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    last.dispatchEvent(forward);
    expect(forward.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    const back = new KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    first.dispatchEvent(back);
    expect(back.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
    // In between, Tab is the browser's own.
    first.focus();
    const middle = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    first.dispatchEvent(middle);
    expect(middle.defaultPrevented).toBe(false);
    card.remove();
  });

  it('keeps the verdict header and the copy button outside the scrolling body', () => {
    const card = buildCard(document, mentionFor(figure.quote));
    const parts = [...card.children].map((child) => child.className);
    expect(parts).toEqual(['fc-head', 'fc-body', 'fc-foot']);
    expect(card.querySelector('.fc-foot .fc-copy')).not.toBeNull();
    expect(card.querySelector('.fc-head .fc-verdict')).not.toBeNull();
  });

  it('speaks the browser’s language: Chinese words and the core’s Chinese verdicts', () => {
    useLocale('zh_CN');
    const card = buildCard(document, mentionFor(figure.quote), {
      onDismiss: () => {},
      problemReport: () => '',
    });
    expect(card.lang).toBe('zh-CN');
    expect(card.querySelector('.fc-verdict')!.textContent).toBe(verdictHeading('verified', 'zh'));
    expect(card.querySelector('.fc-copy')!.textContent).toBe('复制引文');
    expect(card.querySelector('.fc-dismiss')!.textContent).toBe('不是这个数据');
    expect(card.textContent).toContain('官方数据');
  });

  it('emphasises the number only where the quote has it', () => {
    const q = quoteWithNumber(document, { quote: 'No number here.', numberText: '12' });
    expect(q.querySelector('strong')).toBeNull();
    expect(q.textContent).toBe('No number here.');
  });
});

describe('the series on the card', () => {
  it('draws the measure over time with the matched date marked, built as SVG elements', () => {
    const m = checkText('In 2023, 6.728 million defective vehicles were recalled.', builtinSet())
      .mentions[0]!;
    const card = buildCard(document, m, { copy: vi.fn(), close: vi.fn() } as never);
    const svg = card.querySelector('svg.fc-spark');
    expect(svg).not.toBeNull();
    expect(svg!.querySelectorAll('rect').length).toBeGreaterThanOrEqual(4);
    expect(svg!.querySelectorAll('.fc-spark-current').length).toBe(1);
    expect(card.querySelector('.fc-series-text')!.textContent).toContain('[2023: 6,728,000]');
  });
});

describe('the quote in the reader’s language', () => {
  it('quotes the English transcript for an English reader when it states the same value and date', () => {
    const set = builtinSet();
    const chinese = set.figures.find(
      (f) =>
        f.measureKey === 'defective-vehicles-recalled' &&
        f.value === 6_728_000 &&
        /[\u4e00-\u9fff]/.test(f.quote),
    )!;
    const english = set.figures.find(
      (f) =>
        f.measureKey === 'defective-vehicles-recalled' &&
        f.value === 6_728_000 &&
        !/[\u4e00-\u9fff]/.test(f.quote),
    )!;
    const m = {
      ...checkText('In 2023, 6.728 million defective vehicles were recalled.', set).mentions[0]!,
      figure: chinese,
      alternatives: [english],
    };
    const card = buildCard(document, m, { copy: vi.fn(), close: vi.fn() } as never);
    expect(card.querySelector('.fc-quote')!.textContent).toBe(english.quote);
  });
});
