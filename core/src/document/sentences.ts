/**
 * Sentence boundaries for context windows. Returns sorted offsets where sentences start,
 * beginning with 0. A sentence's reference markers ("in force.[3][4]", ".[citation needed]") are
 * its own. Decimal points ("3.3"), abbreviations followed by lower case ("U.S. officials")
 * and hard-wrapped lines do not end a sentence; Chinese full stops and paragraph breaks do.
 */
import { CJK_CHAR } from '../rules/scripts.ts';
import { SYMBOL_BULLET_RE } from '../rules/bullets.ts';

const BOUNDARY_RE = new RegExp(
  String.raw`[.!?](?:["'”’)\]]|\[(?:\d{1,3}|[a-z ]{4,30})\])*\s+(?=["“'‘(\[]?[A-Z0-9${CJK_CHAR}])|[。！？；;]|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)]\s))`,
  'g',
);

export function sentenceBounds(text: string): number[] {
  const bounds = [0];
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (isAbbreviation(text, m.index)) continue;
    if (end > bounds[bounds.length - 1]!) bounds.push(end);
    if (m[0].length === 0) BOUNDARY_RE.lastIndex++;
  }
  // A single newline ends a sentence when the line before reads as complete (ends in
  // punctuation) or is short like a heading, or when the next line opens with a symbol bullet
  // ("✅ …", "↳ …"); a hard-wrapped line of prose does not.
  let nl = text.indexOf('\n');
  let lineStart = 0;
  const extra: number[] = [];
  while (nl !== -1) {
    const line = text.slice(lineStart, nl).trimEnd();
    if (
      /[.!?。！？:：”"]$/.test(line) ||
      line.length < 60 ||
      SYMBOL_BULLET_RE.test(text.slice(nl + 1, nl + 8))
    )
      extra.push(nl + 1);
    lineStart = nl + 1;
    nl = text.indexOf('\n', lineStart);
  }
  if (extra.length === 0) return bounds;
  return mergeSorted(bounds, extra);
}

/** Two ascending lists as one, each offset once (a merge: a long text has many of both). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = y === undefined || (x !== undefined && x <= y) ? x! : y;
    if (next === x) i++;
    if (next === y) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Vol|Fig|Art|Inc|Ltd|Co|Corp|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))$/;

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  return ABBREVIATIONS.test(text.slice(Math.max(0, dot - 6), dot));
}
