import { describe, expect, it } from 'vitest';
import { buildClaimReviews, ClaimReviewSchema } from './claim-review';
import { EXPORT_ARTICLE } from './export-fixture';

describe('buildClaimReviews', () => {
  const reviews = buildClaimReviews(EXPORT_ARTICLE, 'https://desk.example/a/rates-rose', 'Eastport Fact Check');

  it('gives one valid ClaimReview per claim with a verdict, and none for opinions or unreviewed claims', () => {
    expect(reviews).toHaveLength(1);
    for (const r of reviews) expect(() => ClaimReviewSchema.parse(r)).not.toThrow();
  });

  it('rates, dates and places the claim', () => {
    expect(reviews[0]).toMatchObject({
      url: 'https://desk.example/a/rates-rose#claim-1',
      claimReviewed: 'Rates rose 8 percent, the board said.',
      datePublished: '2026-11-04',
      author: { name: 'Eastport Fact Check' },
      reviewRating: { ratingValue: 5, alternateName: 'True' },
      itemReviewed: {
        author: [{ '@type': 'Organization', name: 'Eastport Water Board' }],
        datePublished: '2026-11-01',
        appearance: [{ url: 'https://example.org/rates', headline: 'Rates rose', publisher: { name: 'Eastport Gazette' } }],
      },
    });
  });
});
