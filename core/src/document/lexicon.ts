/**
 * The domain lexicon (data/lexicon/synonyms.json): the words writers use for the set's measures,
 * mapped to the words its keywords use. English variants are rewritten while tokenizing, on the
 * text and on the keywords alike, so "autos" and "vehicles" become one token; Chinese variants
 * become extra spellings of the keywords they occur in (国标 for 国家标准).
 */
import { z } from 'zod';
import synonyms from '../../../data/lexicon/synonyms.json' with { type: 'json' };
import scopes from '../../../data/lexicon/scopes.json' with { type: 'json' };

const EntrySchema = z
  .object({ canonical: z.string().min(1), variants: z.array(z.string().min(1)).min(1) })
  .strict();
const LexiconSchema = z
  .object({
    $comment: z.string().optional(),
    en: z.array(EntrySchema),
    zh: z.array(EntrySchema),
    stems: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)).optional(),
    postmodifiers: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Lexicon = z.infer<typeof LexiconSchema>;

let parsed: Lexicon | undefined;

/** The reviewed lexicon, validated on first use (a malformed file fails loudly, with its path). */
export function lexicon(): Lexicon {
  parsed ??= parseWordList(LexiconSchema, synonyms, 'data/lexicon/synonyms.json');
  return parsed;
}

/** Reviewed word data through its schema; a malformed file fails loudly, naming the file and field. */
export function parseWordList<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
}

/** Chinese keyword spellings: each keyword plus its variants (国家标准总数 -> 国标总数). */
export function chineseVariants(keyword: string): string[] {
  const out = [keyword];
  for (const entry of lexicon().zh) {
    if (!keyword.includes(entry.canonical)) continue;
    for (const variant of entry.variants) out.push(keyword.split(entry.canonical).join(variant));
  }
  return out;
}

const ScopesSchema = z
  .object({
    $comment: z.string().optional(),
    qualifiers: z.array(z.string().min(1)),
    places: z.array(z.string().min(1)),
    zh: z.array(z.string().min(1)),
    zhCarried: z.array(z.string().min(1)),
    aliases: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
    parts: z.array(z.string().min(1)),
    sameAs: z.record(z.string().min(1), z.string().min(1)),
    namesAfter: z.object({ en: z.array(z.string().min(1)), zh: z.array(z.string().min(1)) }).strict(),
    speakers: z.array(z.string().min(1)),
    delegates: z.array(z.string().regex(/^[a-z]+$/)),
    capitals: z.array(z.string().regex(/^[A-Z][a-z]+$/)).min(1),
  })
  .strict();

/** The reviewed scope words (data/lexicon/scopes.json), validated when this module loads. */
export const scopeWordList: z.infer<typeof ScopesSchema> = (() => {
  const result = ScopesSchema.safeParse(scopes);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `data/lexicon/scopes.json: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`,
    );
  }
  return result.data;
})();
