import { z } from 'zod';
import { policyText } from '@/lib/text-policy';

/** Longest article body accepted, in characters: far above any news article, far below what would stall a request. */
export const MAX_ARTICLE_CHARS = 200_000;
/** Largest HTML page (or uploaded file) accepted, in bytes, and in characters when pasted or sent as JSON; the article-text limit applies after reduction. */
export const MAX_HTML_BYTES = 10_000_000;
/** JSON body of an article or revision: a 10 MB page plus the escaping JSON adds to its quotes and newlines. */
export const MAX_ARTICLE_JSON_BYTES = 12_000_000;

const optionalText = (label: string, max: number) =>
  policyText(label)
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null);

export const HttpUrlSchema = z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL' });

export const ArticleInputSchema = z.strictObject({
  title: policyText('Title').min(1, 'Title is required').max(300),
  text: policyText('Text', { multiline: true })
    .max(MAX_ARTICLE_CHARS, `Text is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`)
    .refine((t) => t.trim().length > 0, 'Text is empty'),
  outlet: optionalText('Outlet', 200),
  author: optionalText('Author', 200),
  url: z
    .union([z.literal(''), HttpUrlSchema])
    .nullish()
    .transform((v) => v || null),
  publicationDate: z
    .union([z.literal(''), z.iso.date('Use the form YYYY-MM-DD')])
    .nullish()
    .transform((v) => v || null),
});

export type ArticleInput = z.input<typeof ArticleInputSchema>;
export type ValidArticleInput = z.output<typeof ArticleInputSchema>;

export const IdSchema = z.coerce.number().int().positive();
