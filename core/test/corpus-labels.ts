/** Reads the labeled corpus: `[[text|verdict]]` marks figures and their expected verdicts. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { VERDICTS, type VerdictKind } from '../src/judge/verdicts.ts';
import { hasChinese } from '../src/rules/scripts.ts';

interface Label {
  start: number;
  end: number;
  text: string;
  verdict: VerdictKind;
}

export interface LabeledArticle {
  name: string;
  language: 'en' | 'zh';
  text: string;
  labels: Label[];
}

const MARK = /\[\[([^\]|]+)\|([a-z]+)\]\]/g;

function parseLabeled(name: string, marked: string): LabeledArticle {
  const labels: Label[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    const verdict = m[2] as VerdictKind;
    if (!VERDICTS.includes(verdict))
      throw new Error(`${name}: unknown verdict "${m[2]}" at offset ${m.index}`);
    text += marked.slice(last, m.index);
    labels.push({ start: text.length, end: text.length + m[1]!.length, text: m[1]!, verdict });
    text += m[1]!;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${name}: malformed label markup`);
  return { name, language: hasChinese(text) ? 'zh' : 'en', text, labels };
}

/**
 * The labeled corpora: `corpus` (first session), `corpus-news` (written blind for the reference
 * work, then the development set of the third session), `corpus-holdout` and `corpus-holdout2`
 * (written blind in the third session, each measured once, then read as development sets),
 * `corpus-holdout3` (written blind in the third session, measured at its end, read as a
 * development set in the fourth), `corpus-holdout4` (written blind in the fourth session,
 * measured once at its end, read as a development set in the fifth), `corpus-holdout5` (written
 * blind in the fifth session, measured once at its end, read as a development set in the sixth)
 * `corpus-holdout6` (written blind in the sixth session, measured once at the start of the
 * seventh, then read as its development set), `corpus-holdout7` (written blind in the seventh
 * session, measured once at its end, then the eighth's development set), `corpus-holdout8`
 * (written blind in the eighth session, measured at its start and end, then the ninth's
 * development set), `corpus-holdout9` (written blind in the ninth session, scored at its start and
 * end, then the tenth's development set), `corpus-holdout10` (written blind in the tenth session,
 * then the eleventh's development set), `corpus-holdout11` (written blind in the eleventh session,
 * then the twelfth's development set), `corpus-holdout12` (written blind in the twelfth session,
 * then the thirteenth's development set), `corpus-holdout13` (written blind in the thirteenth
 * session, then the fourteenth's and fifteenth's development set), `corpus-holdout14` (written
 * blind in the fourteenth session, never read), `corpus-holdout15` (written blind in the
 * fifteenth session, never read), `corpus-holdout16` (written blind in the sixteenth session in
 * the mainstream styles the issue names, scored at the session's start and after its first rules,
 * then read as its development set), `corpus-holdout17` (written blind later in the sixteenth
 * session in mainstream styles too, scored only until the seventeenth session wrote the next set,
 * then read as its development set), `corpus-holdout18` (written blind in the seventeenth
 * session in mainstream styles, scored only until the eighteenth session wrote the next set, then
 * read as its development set), `corpus-holdout19` (written blind in the eighteenth session in
 * mainstream styles, scored only until the nineteenth session wrote the next set, then read as its
 * development set), `corpus-holdout20` (written blind in the nineteenth session, scored only until
 * the twentieth session wrote the next set, then read as its development set) and
 * `corpus-holdout21` (written blind in the twentieth session, never read).
 */
export type CorpusName =
  | 'corpus'
  | 'corpus-news'
  | 'corpus-holdout'
  | 'corpus-holdout2'
  | 'corpus-holdout3'
  | 'corpus-holdout4'
  | 'corpus-holdout5'
  | 'corpus-holdout6'
  | 'corpus-holdout7'
  | 'corpus-holdout8'
  | 'corpus-holdout9'
  | 'corpus-holdout10'
  | 'corpus-holdout11'
  | 'corpus-holdout12'
  | 'corpus-holdout13'
  | 'corpus-holdout14'
  | 'corpus-holdout15'
  | 'corpus-holdout16'
  | 'corpus-holdout17'
  | 'corpus-holdout18'
  | 'corpus-holdout19'
  | 'corpus-holdout20'
  | 'corpus-holdout21';

function corpusDir(name: CorpusName): string {
  return fileURLToPath(new URL(`./${name}/`, import.meta.url));
}

export function loadCorpus(name: CorpusName = 'corpus'): LabeledArticle[] {
  const dir = corpusDir(name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseLabeled(f, readFileSync(join(dir, f), 'utf8')));
}

/** Spans overlap: how a found figure is matched to a label. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
