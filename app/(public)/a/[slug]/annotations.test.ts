import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles/get-article.server';
import { getPublishedArticle } from '@/lib/articles/get-published-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { setArticlePublished } from '@/lib/articles/publish-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { createTestUser, SAMPLE_ARTICLE } from '@/lib/testing/fixtures';
import { buildAnnotations } from './annotations.server';

describe('buildAnnotations', () => {
  it('gives each published claim quote and position selectors into the text, its status and public explanation', async () => {
    const editor = await createTestUser('editor');
    const { id, slug } = importArticle(editor, ArticleInputSchema.parse({ title: 'Annotated', text: SAMPLE_ARTICLE }));
    const [first] = getArticle(editor, id).claims;
    setClaimReview(editor, first.id, { status: 'false', note: 'The minutes say otherwise.', version: first.version });
    setArticlePublished(editor, id, true);
    const article = getPublishedArticle(slug)!;

    const annotations = buildAnnotations(article, 'https://factcheck.example/a/annotated');
    expect(annotations.claims).toHaveLength(article.claims.length);
    for (const claim of annotations.claims) {
      const [quote, position] = claim.target.selector;
      expect(article.body.slice(position.start, position.end)).toBe(quote.exact);
      expect(article.body.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(article.body.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      expect(quote.prefix.length).toBeLessThanOrEqual(32);
      expect(claim.readerUrl).toBe(`https://factcheck.example/a/annotated#claim-${claim.position}`);
    }
    const reviewed = annotations.claims.find((c) => c.position === first.position)!;
    expect(reviewed).toMatchObject({ status: 'false', statusLabel: 'False', statusSymbol: '✘', explanation: 'The minutes say otherwise.' });
    expect(annotations.summary.falseOrMisleading).toBe(1);
    // Nothing internal: no reviewer names, scores or rules.
    expect(JSON.stringify(annotations)).not.toMatch(/reviewedBy|checkworthiness|"rule"/);
  });
});
