// What people and API clients send when they import an article or a new version of one: the text
// may be HTML (said so, or detected), which is reduced to the article's plain text before the
// article schemas check it. Shared by the import form, the re-import form and the API.
import { z } from 'zod';
import { normaliseLineEndings } from '@/lib/text-policy';
import { looksLikeHtml, type HtmlArticle } from './html-article';
import { reduceHtml } from './reduce-html.server';
import { ArticleInputSchema, IdSchema, MAX_HTML_BYTES } from './schemas';

export const ARTICLE_FORMATS = ['auto', 'text', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/**
 * `auto` treats text that looks like an HTML page or fragment as HTML, anything else as text.
 * HTML is reduced in a worker thread (reduce-html.server.ts); a page too complex to reduce is an AppError.
 */
export async function reduceSubmittedText(text: string, format: ArticleFormat): Promise<{ text: string; page: HtmlArticle | null }> {
  if (format === 'text' || (format === 'auto' && !looksLikeHtml(text))) return { text, page: null };
  const page = await reduceHtml(withoutMarkupControls(text));
  return { text: page.text, page };
}

// Real pages carry stray control characters in their markup (inside scripts, attributes, CMS
// leftovers); browsers show none of them, and they are not article text. Refusing the page for them
// would refuse pages a browser reads fine, so they are dropped from markup (a form feed is HTML
// white space). Plain text keeps the policy's refusal: there, a control character is what was sent.
const MARKUP_CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
export function withoutMarkupControls(html: string): string {
  return html.replace(MARKUP_CONTROLS, '').replace(/\f/g, ' ');
}

// Raw HTML may be much longer than the article text it holds; the text limit applies after
// reduction, and the text policy (control characters, lone surrogates) to the text that is stored:
// ArticleInputSchema below applies it, so plain text is refused for them with the field named.
const RawText = z
  .string()
  .overwrite(normaliseLineEndings)
  .max(MAX_HTML_BYTES, `Text is longer than ${MAX_HTML_BYTES.toLocaleString('en')} characters`);
const RawField = z.string().nullish();
const noHtmlText = (ctx: z.RefinementCtx) => {
  ctx.addIssue({ code: 'custom', path: ['text'], message: 'No article text found in the HTML' });
  return z.NEVER;
};
/** What a page that is only a cookie or subscription wall gets, instead of an article made of the wall's words. */
export const WALL_MESSAGES = {
  cookie: 'The page shows only a cookie consent wall, not the article. Paste the article’s text or upload a saved copy of the page.',
  paywall: 'The page shows only a subscription or sign-in wall, not the article. Paste the article’s text or upload a saved copy of the page.',
} as const;
const wallText = (ctx: z.RefinementCtx, wall: keyof typeof WALL_MESSAGES) => {
  ctx.addIssue({ code: 'custom', path: ['text'], message: WALL_MESSAGES[wall] });
  return z.NEVER;
};
const firstOf = (given: string | null | undefined, fromPage: string | null | undefined, max: number) =>
  given?.trim() || fromPage?.slice(0, max) || given;

/**
 * A new article. With HTML, the page's title, site name, byline and date fill the fields left blank.
 * Parse it with `parseAsync`/`safeParseAsync`: the HTML is reduced off the main thread.
 */
export const ArticleSubmissionSchema = z
  .strictObject({
    title: RawField,
    text: RawText,
    format: z.enum(ARTICLE_FORMATS).default('auto'),
    outlet: RawField,
    author: RawField,
    url: RawField,
    publicationDate: RawField,
  })
  .transform(async ({ format, ...fields }, ctx) => {
    const { text, page } = await reduceSubmittedText(fields.text, format);
    if (!page) return fields;
    if (page.wall) return wallText(ctx, page.wall);
    if (!text.trim()) return noHtmlText(ctx);
    return {
      ...fields,
      text,
      title: firstOf(fields.title, page.title, 300) ?? '',
      outlet: firstOf(fields.outlet, page.siteName, 200),
      author: firstOf(fields.author, page.byline, 200),
      publicationDate: firstOf(fields.publicationDate, page.publicationDate, 10),
    };
  })
  .pipe(ArticleInputSchema);

export type ArticleSubmission = z.input<typeof ArticleSubmissionSchema>;

/** A new version of an existing article's text; `revision`, when given, is the one it replaces. Parse it asynchronously. */
export const RevisionSubmissionSchema = z
  .strictObject({
    text: RawText,
    format: z.enum(ARTICLE_FORMATS).default('auto'),
    revision: IdSchema.optional(),
  })
  .transform(async ({ format, ...fields }, ctx) => {
    const { text, page } = await reduceSubmittedText(fields.text, format);
    if (page?.wall) return wallText(ctx, page.wall);
    if (page && !text.trim()) return noHtmlText(ctx);
    return { ...fields, text };
  })
  .pipe(z.strictObject({ text: ArticleInputSchema.shape.text, revision: z.number().int().positive().optional() }));

export type ValidRevisionInput = z.output<typeof RevisionSubmissionSchema>;
