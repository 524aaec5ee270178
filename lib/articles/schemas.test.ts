import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleInputSchema, MAX_ARTICLE_CHARS } from './schemas';

const errorsOf = (input: unknown) => {
  const result = ArticleInputSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('ArticleInputSchema', () => {
  it('accepts a title and text, turning empty optional fields into null', () => {
    expect(ArticleInputSchema.parse({ title: ' T ', text: 'Body.', outlet: '', url: '', publicationDate: '' })).toEqual({
      title: 'T',
      text: 'Body.',
      outlet: null,
      author: null,
      url: null,
      publicationDate: null,
    });
  });

  it('names the field that is wrong', () => {
    expect(errorsOf({ title: '', text: 'x' }).title).toBeDefined();
    expect(errorsOf({ title: 'T', text: '   \n ' }).text).toEqual(['Text is empty']);
    expect(errorsOf({ title: 'T', text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) }).text?.[0]).toMatch(/longer than/);
    expect(errorsOf({ title: 'T', text: 'a\u0000b' }).text?.[0]).toMatch(/^Text contains a control character \(U\+0000\)/);
    expect(errorsOf({ title: 'T', text: 'x', url: 'javascript:alert(1)' }).url).toBeDefined();
    expect(errorsOf({ title: 'T', text: 'x', publicationDate: '2026-13-40' }).publicationDate).toBeDefined();
    expect(errorsOf({ title: 42, text: 'x' }).title).toBeDefined();
  });

  it('refuses fields it does not know, so nobody can set ids or flags through the body', () => {
    expect(ArticleInputSchema.safeParse({ title: 'T', text: 'x', published: true }).success).toBe(false);
  });
});
