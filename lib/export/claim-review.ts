// schema.org ClaimReview for reviewed claims, the structured data search engines and
// fact-check aggregators read (Google's required fields: claimReviewed, reviewRating, url, author).
import { z } from 'zod';
import type { ClaimStatus } from '@/lib/vocabulary';
import type { ArticleView, ClaimView } from '@/lib/articles/article-view.server';
import { STATUS_LABELS } from '@/lib/claims/labels';

/** Verdicts on a 1 (false) to 5 (true) scale; the other statuses are not verdicts and get no ClaimReview. */
export const RATING_VALUES: Partial<Record<ClaimStatus, number>> = {
  false: 1,
  misleading: 2,
  unsupported: 3,
  mostly_true: 4,
  true: 5,
};

const Thing = z.object({ '@type': z.string(), name: z.string().min(1) });

export const ClaimReviewSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: z.url(),
  claimReviewed: z.string().min(1),
  datePublished: z.iso.date(),
  author: Thing.extend({ '@type': z.literal('Organization') }),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    ratingValue: z.number().int().min(1).max(5),
    bestRating: z.literal(5),
    worstRating: z.literal(1),
    alternateName: z.string().min(1),
  }),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: z.array(Thing).optional(),
    datePublished: z.iso.date().optional(),
    appearance: z.array(
      z.object({ '@type': z.literal('NewsArticle'), url: z.url().optional(), headline: z.string(), publisher: Thing.optional() }),
    ),
  }),
});

export type ClaimReview = z.infer<typeof ClaimReviewSchema>;

export function isVerdict(status: ClaimStatus): boolean {
  return RATING_VALUES[status] !== undefined;
}

/** One ClaimReview per claim with a verdict; `readerUrl` is the article's public page. */
export function buildClaimReviews(article: ArticleView, readerUrl: string, organization: string): ClaimReview[] {
  return article.claims.filter((c) => isVerdict(c.status) && c.reviewedAt).map((claim) => claimReview(article, claim, readerUrl, organization));
}

function claimReview(article: ArticleView, claim: ClaimView, readerUrl: string, organization: string): ClaimReview {
  const speakers = claim.sources.map((s) => ({ '@type': s.type === 'person' ? 'Person' : 'Organization', name: s.name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${readerUrl}#claim-${claim.position}`,
    claimReviewed: claim.text,
    datePublished: (claim.reviewedAt ?? article.createdAt).slice(0, 10),
    author: { '@type': 'Organization', name: organization },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_VALUES[claim.status]!,
      bestRating: 5,
      worstRating: 1,
      alternateName: STATUS_LABELS[claim.status].label,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(speakers.length ? { author: speakers } : {}),
      ...(article.publicationDate ? { datePublished: article.publicationDate } : {}),
      appearance: [
        {
          '@type': 'NewsArticle',
          ...(article.url ? { url: article.url } : {}),
          headline: article.title,
          ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
        },
      ],
    },
  };
}
