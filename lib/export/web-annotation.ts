// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): one annotation per
// claim, anchored by a TextQuoteSelector (robust to edits) and a TextPositionSelector (exact).
import { z } from 'zod';
import type { ArticleView, ClaimView } from '@/lib/articles/article-view.server';
import { SOURCE_TYPE_LABELS, STATUS_LABELS, describeMissingSource, describeSource } from '@/lib/claims/labels';
import { isVerdict } from './claim-review';
import { codePointOffsets } from './code-points';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept either side of the quote; enough to tell repeated sentences apart. */
const AFFIX_CHARS = 32;

const TextualBody = z.strictObject({
  type: z.literal('TextualBody'),
  value: z.string().min(1),
  purpose: z.enum(['describing', 'tagging', 'assessing', 'commenting']),
  format: z.literal('text/plain'),
  language: z.string().optional(),
});

export const WebAnnotationSchema = z.strictObject({
  id: z.url(),
  type: z.literal('Annotation'),
  motivation: z.enum(['assessing', 'highlighting']),
  created: z.iso.datetime(),
  modified: z.iso.datetime().optional(),
  body: z.array(TextualBody).min(1),
  target: z.strictObject({
    source: z.url(),
    selector: z.tuple([
      z.strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
      z.strictObject({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
    ]),
  }),
});

/** Annotations travel as one AnnotationCollection whose single page holds them all. */
export const AnnotationCollectionSchema = z.strictObject({
  '@context': z.literal(ANNOTATION_CONTEXT),
  id: z.url(),
  type: z.literal('AnnotationCollection'),
  label: z.string(),
  total: z.number().int().min(0),
  first: z.strictObject({
    type: z.literal('AnnotationPage'),
    startIndex: z.literal(0),
    items: z.array(WebAnnotationSchema),
  }),
});

export type WebAnnotation = z.infer<typeof WebAnnotationSchema>;
export type AnnotationCollection = z.infer<typeof AnnotationCollectionSchema>;

export function buildWebAnnotations(article: ArticleView, urls: { target: string; collection: string }): AnnotationCollection {
  // An orphaned claim was not found again in the current text: it has no place to anchor to.
  const anchored = article.claims.filter((c) => !c.orphaned);
  // The model counts positions in Unicode code points; the article stores UTF-16 offsets. All of
  // them are converted in one pass: per claim, the export would be quadratic in the article's size.
  const positions = codePointOffsets(article.body, anchored.flatMap((c) => [c.start, c.end]));
  const items = anchored.map((claim, i) => annotation(article, claim, urls, { start: positions[2 * i], end: positions[2 * i + 1] }));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: urls.collection,
    type: 'AnnotationCollection',
    label: `Claims and sources in “${article.title}”`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotation(
  article: ArticleView,
  claim: ClaimView,
  urls: { target: string; collection: string },
  position: { start: number; end: number },
): WebAnnotation {
  const verdict = isVerdict(claim.status) && claim.reviewedAt !== null;
  const sourcesText = claim.sources.length ? claim.sources.map(describeSource).join('; ') : describeMissingSource(claim.vagueAttribution);
  const body: WebAnnotation['body'] = [
    { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: `Claim ${claim.position}. Sources: ${sourcesText}.` },
    ...[...new Set(claim.sources.map((s) => s.type))].map((t) => ({
      type: 'TextualBody' as const,
      purpose: 'tagging' as const,
      format: 'text/plain' as const,
      value: SOURCE_TYPE_LABELS[t],
    })),
    ...(claim.sources.length === 0 ? [{ type: 'TextualBody' as const, purpose: 'tagging' as const, format: 'text/plain' as const, value: SOURCE_TYPE_LABELS.unattributed }] : []),
    ...(verdict
      ? [
          {
            type: 'TextualBody' as const,
            purpose: 'assessing' as const,
            format: 'text/plain' as const,
            value: claim.note ? `${STATUS_LABELS[claim.status].label}: ${claim.note}` : STATUS_LABELS[claim.status].label,
          },
        ]
      : []),
  ];
  return {
    id: `${urls.collection}#claim-${claim.position}`,
    type: 'Annotation',
    motivation: verdict ? 'assessing' : 'highlighting',
    created: article.createdAt,
    ...(claim.reviewedAt ? { modified: claim.reviewedAt } : {}),
    body,
    target: {
      source: urls.target,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: claim.text,
          prefix: article.body.slice(Math.max(0, claim.start - AFFIX_CHARS), claim.start),
          suffix: article.body.slice(claim.end, claim.end + AFFIX_CHARS),
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}
