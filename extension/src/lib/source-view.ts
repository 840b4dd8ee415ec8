/**
 * The source viewer's rendering: an archived source text with the quoted sentence marked, built
 * from text nodes and one <mark> element (never parsed as HTML: imported sets and sources are
 * data). Pure DOM work, testable in happy-dom.
 */

/**
 * Where `quote` stands in `text`: exactly (the data tests guarantee every built-in quote stands
 * word for word in its archive), else with runs of white space matched loosely.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * Fills `box` with the source text, the quote (if found) in a <mark id="quote">. Returns the
 * mark, or null when the quote is not in the text.
 */
export function renderSourceText(box: HTMLElement, text: string, quote: string): HTMLElement | null {
  const doc = box.ownerDocument;
  box.replaceChildren();
  const at = findQuote(text, quote);
  if (!at) {
    box.append(doc.createTextNode(text));
    return null;
  }
  const mark = doc.createElement('mark');
  mark.id = 'quote';
  mark.textContent = text.slice(at.start, at.end);
  box.append(doc.createTextNode(text.slice(0, at.start)), mark, doc.createTextNode(text.slice(at.end)));
  return mark;
}
