// Every way text comes in applies the same policy (lib/text-policy.ts): a pasted form, an upload,
// the API's JSON, a re-import. The same text gives the same stored body and claim offsets.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/roles';
import { ClaimReviewInputSchema, EvidenceInputSchema, LinkSourceInputSchema } from '@/lib/claims/schemas';
import { RegistryEditSchema } from '@/lib/sources/schemas';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { NewUserSchema } from '@/lib/users/schemas';
import { getArticle } from './get-article.server';
import { importArticle } from './import-article.server';
import { readFormArticleText } from './read-upload';
import { ArticleSubmissionSchema, RevisionSubmissionSchema } from './submission';

let checker: Actor;
beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
});

const fieldErrors = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};
// The submission schemas reduce HTML in a worker thread, so they parse asynchronously.
const submissionErrors = async (schema: z.ZodType, input: unknown) => {
  const result = await schema.safeParseAsync(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};

describe('one text policy at every entrance', () => {
  it('stores a pasted \\r\\n article with the same body and claim offsets as the same text sent with \\n', async () => {
    // A browser submits a textarea's lines as \r\n.
    const pasted = await readFormArticleText(SAMPLE_ARTICLE.replaceAll('\n', '\r\n'), null);
    const fromForm = importArticle(checker, await ArticleSubmissionSchema.parseAsync({ title: 'Form copy', ...pasted }));
    const fromApi = importArticle(checker, await ArticleSubmissionSchema.parseAsync({ title: 'API copy', text: SAMPLE_ARTICLE }));
    const form = getArticle(checker, fromForm.id);
    const api = getArticle(checker, fromApi.id);
    expect(form.body).toBe(SAMPLE_ARTICLE);
    expect(form.claims.map((c) => [c.start, c.end, c.text])).toEqual(api.claims.map((c) => [c.start, c.end, c.text]));
  });

  it('normalises an uploaded file and a re-import the same way', async () => {
    const file = new File([SAMPLE_ARTICLE.replaceAll('\n', '\r')], 'old-mac.txt');
    const uploaded = await readFormArticleText('', file);
    expect((await ArticleSubmissionSchema.parseAsync({ title: 'Upload', ...uploaded })).text).toBe(SAMPLE_ARTICLE);
    expect((await RevisionSubmissionSchema.parseAsync({ text: SAMPLE_ARTICLE.replaceAll('\n', '\r\n') })).text).toBe(SAMPLE_ARTICLE);
  });

  it('refuses NUL and control characters in title, outlet, author and text, naming the field', async () => {
    const base = { title: 'T', text: 'The mayor said taxes rose.', format: 'text' };
    expect((await submissionErrors(ArticleSubmissionSchema, { ...base, title: 'Tax\u0000es' })).title?.[0]).toMatch(/^Title contains a control character \(U\+0000\)/);
    expect((await submissionErrors(ArticleSubmissionSchema, { ...base, outlet: 'Gazette\u0000' })).outlet?.[0]).toMatch(/^Outlet contains a control character/);
    expect((await submissionErrors(ArticleSubmissionSchema, { ...base, author: '\u001b[31mRed' })).author?.[0]).toMatch(/^Author contains a control character \(U\+001B\)/);
    expect((await submissionErrors(ArticleSubmissionSchema, { ...base, text: 'Taxes \u001b[2J rose.' })).text?.[0]).toMatch(/^Text contains a control character \(U\+001B\)/);
    expect((await submissionErrors(ArticleSubmissionSchema, { ...base, text: 'Taxes \ud800 rose.' })).text?.[0]).toMatch(/lone UTF-16 surrogate/);
    expect((await submissionErrors(RevisionSubmissionSchema, { text: 'New\u0000text' })).text?.[0]).toMatch(/^Text contains a control character/);
  });

  it('refuses the same in notes, evidence, source names, registry names and user names', () => {
    expect(fieldErrors(ClaimReviewInputSchema, { note: 'checked\u0000', version: 1 }).note?.[0]).toMatch(/^Note contains a control character/);
    expect(ClaimReviewInputSchema.parse({ note: 'line one\r\nline two', version: 1 }).note).toBe('line one\nline two');
    expect(fieldErrors(EvidenceInputSchema, { url: 'https://example.org/', title: 'Report\u0007', stance: 'supports', version: 1 }).title).toBeDefined();
    expect(fieldErrors(LinkSourceInputSchema, { source: { name: 'Ann\u0000', type: 'person' }, version: 1 }).source).toBeDefined();
    expect(fieldErrors(RegistryEditSchema, { name: 'Agency\u001b' }).name?.[0]).toMatch(/^Name contains a control character/);
    expect(fieldErrors(NewUserSchema, { email: 'a@b.org', name: 'Ann\u0000', role: 'editor', password: 'long enough password' }).name).toBeDefined();
  });
});

describe('private notes', () => {
  it('follow the same policy', async () => {
    const { PrivateNoteInputSchema } = await import('@/lib/claims/schemas');
    expect(PrivateNoteInputSchema.parse({ text: ' one\r\ntwo ' }).text).toBe('one\ntwo');
    expect(fieldErrors(PrivateNoteInputSchema, { text: 'see \u0000' }).text?.[0]).toMatch(/^Private note contains a control character/);
  });
});
