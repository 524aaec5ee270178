// GET /a/<slug>/annotations.json: the published claims of an article as data a publisher's own page
// can anchor (public/embed.js does): each claim's text as a W3C Web Annotation TextQuoteSelector
// (exact, prefix, suffix) and TextPositionSelector (offsets into claimdesk's copy of the text), with
// what the reader page shows about it. The same bytes for every reader, cached like the reader page.
import 'server-only';
import type { ArticleView } from '@/lib/articles/article-view.server';
import { toReaderClaim } from '@/lib/articles/reader-claim';
import { describeSummary, summarizeClaims } from '@/lib/articles/summarize-claims';
import { describeMissingSource, describeSource, STATUS_LABELS } from '@/lib/claims/labels';
import { publicUrl } from '@/lib/env';
import { strongEtag } from '@/lib/http/public-cache';
import { readerKeys } from './reader-page.server';

/** How much text around a claim the quote selector carries to tell repeated passages apart (Hypothesis uses 32 too). */
const CONTEXT_CHARS = 32;

export interface ClaimAnnotation {
  position: number;
  /** The claim on the reader page. */
  readerUrl: string;
  status: string;
  statusLabel: string;
  statusSymbol: string;
  /** The fact-checkers' public explanation; empty when they wrote none. */
  explanation: string;
  reviewedAt: string | null;
  sources: { name: string; type: string; description: string }[];
  /** What the reader page says when the claim names no source (its own voice, or a vague attribution). */
  noSourceDescription: string | null;
  evidence: { url: string; title: string; stance: string }[];
  target: {
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface ArticleAnnotations {
  article: { slug: string; title: string; readerUrl: string; originalUrl: string | null };
  summary: ReturnType<typeof summarizeClaims> & { description: string };
  claims: ClaimAnnotation[];
}

export interface RenderedAnnotations {
  json: string;
  etag: string;
  keys: string[];
}

const rendered = new WeakMap<ArticleView, RenderedAnnotations>();

/** The annotations of a published article as getCachedPublishedArticle returned it, serialised once per cached article. */
export function articleAnnotations(article: ArticleView): RenderedAnnotations {
  let result = rendered.get(article);
  if (!result) {
    const json = JSON.stringify(buildAnnotations(article, `${publicUrl()}/a/${article.slug}`));
    result = { json, etag: strongEtag(json), keys: readerKeys(article) };
    rendered.set(article, result);
  }
  return result;
}

export function buildAnnotations(article: ArticleView, pageUrl: string): ArticleAnnotations {
  const byPosition = new Map(article.claims.map((c) => [c.position, c]));
  return {
    article: { slug: article.slug, title: article.title, readerUrl: pageUrl, originalUrl: article.url },
    summary: { ...summarizeClaims(article.claims), description: describeSummary(summarizeClaims(article.claims)) },
    claims: article.claims.map(toReaderClaim).map((claim) => {
      const { start, end } = byPosition.get(claim.position)!;
      const { label, symbol } = STATUS_LABELS[claim.status];
      return {
        position: claim.position,
        readerUrl: `${pageUrl}#claim-${claim.position}`,
        status: claim.status,
        statusLabel: label,
        statusSymbol: symbol,
        explanation: claim.note,
        reviewedAt: claim.reviewedAt,
        sources: claim.sources.map((s) => ({ name: s.name, type: s.type, description: describeSource(s) })),
        noSourceDescription: claim.sources.length === 0 ? describeMissingSource(claim.vagueAttribution) : null,
        evidence: claim.evidence,
        target: {
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: article.body.slice(start, end),
              prefix: article.body.slice(Math.max(0, start - CONTEXT_CHARS), start),
              suffix: article.body.slice(end, end + CONTEXT_CHARS),
            },
            { type: 'TextPositionSelector', start, end },
          ],
        },
      };
    }),
  };
}
