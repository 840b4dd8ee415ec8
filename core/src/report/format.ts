/** Human-readable renderings of figures and citations, shared by every front end. */
import { roundSignificant } from '../rules/numbers.ts';
import type { SourcedFigure } from '../set/figure-set.ts';
import type { Qualifier } from '../set/schema.ts';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  nearly: 'nearly ',
  about: 'about ',
  'less-than': 'less than ',
  'up-to': 'up to ',
};

/** "6728000.5" -> "6,728,000.5". Hand-rolled because Intl formatting is slow on hot paths. */
function groupDigits(value: number): string {
  const [int = '', frac] = String(roundSignificant(value)).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  if (/e/i.test(digits)) return String(value);
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** "6,728,000", "93.7%", "470,000,000,000 yuan". */
export function formatValue(value: number, unit: string): string {
  const number = groupDigits(value);
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'percentage-points':
      return `${number} percentage points`;
    case 'yuan':
      return `${number} yuan`;
    case 'times':
      return `${number} times`;
    default:
      return number;
  }
}

/** "more than 45,000" — the official number with the source's hedge. */
export function formatOfficialValue(figure: Pick<SourcedFigure, 'value' | 'unit' | 'qualifier'>): string {
  return `${QUALIFIER_WORDS[figure.qualifier]}${formatValue(figure.value, figure.unit)}`;
}

const descriptions = new WeakMap<SourcedFigure, string>();

/** "44,499 national standards in force, by the end of 2023". */
export function describeFigure(figure: SourcedFigure): string {
  let text = descriptions.get(figure);
  if (text === undefined) {
    const value = formatOfficialValue(figure);
    const measure = figure.unit === 'count' ? ` ${figure.measure}` : ` (${figure.measure})`;
    text = `${value}${measure}, ${figure.period.label}`;
    descriptions.set(figure, text);
  }
  return text;
}

/** "SAMR, 2024-03-29": the short attribution used inside verdict lines. */
export function shortAttribution(figure: SourcedFigure): string {
  return `${figure.source.agency}, ${figure.source.datePublished}`;
}

/**
 * A ready-to-paste citation line:
 * `Xiao Han, "Annual Report ..." press conference (SAMR, held 2024-03-27, published 2024-03-29), http://...`
 */
export function formatCitation(figure: SourcedFigure): string {
  const s = figure.source;
  const url = s.url ? `, ${s.url}` : '';
  return `${figure.speaker}, "${nestQuotes(s.title)}" (${s.publisher}, held ${s.dateHeld}, published ${s.datePublished})${url}`;
}

/**
 * A title's own double quotes as single curly quotes (`"Annual Report" Released` -> `‘Annual
 * Report’ Released`), as style guides nest them: the citation puts the title in double quotes, and
 * a title that quotes a document would otherwise read `""Annual Report" Released"`.
 */
export function nestQuotes(title: string): string {
  return title
    .replace(/["“]([^"“”]*)["”]/g, '‘$1’')
    .replace(/["“]/g, '‘')
    .replace(/”/g, '’');
}

/** The full citation of a figure: what it says, who said it, where. */
export function formatFigureCitation(figure: SourcedFigure): string {
  return `${describeFigure(figure)}. "${figure.quote}" — ${formatCitation(figure)}`;
}
