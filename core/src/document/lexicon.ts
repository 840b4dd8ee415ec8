/**
 * The domain lexicon (data/lexicon/synonyms.json): the words writers use for the set's measures,
 * mapped to the words its keywords use. English variants are rewritten while tokenizing, on the
 * text and on the keywords alike, so "autos" and "vehicles" become one token; Chinese variants
 * become extra spellings of the keywords they occur in (国标 for 国家标准).
 */
import { z } from 'zod';
import synonyms from '../../../data/lexicon/synonyms.json' with { type: 'json' };

const EntrySchema = z
  .object({ canonical: z.string().min(1), variants: z.array(z.string().min(1)).min(1) })
  .strict();
export const LexiconSchema = z
  .object({ $comment: z.string().optional(), en: z.array(EntrySchema), zh: z.array(EntrySchema) })
  .strict();
export type Lexicon = z.infer<typeof LexiconSchema>;

let parsed: Lexicon | undefined;

/** The reviewed lexicon, validated on first use (a malformed file fails loudly, with its path). */
export function lexicon(): Lexicon {
  if (!parsed) {
    const result = LexiconSchema.safeParse(synonyms);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(
        `data/lexicon/synonyms.json: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`,
      );
    }
    parsed = result.data;
  }
  return parsed;
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
