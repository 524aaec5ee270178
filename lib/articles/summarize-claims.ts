import type { ClaimStatus, SourceType } from '@/lib/vocabulary';

export interface ClaimSummary {
  total: number;
  /** A status other than unreviewed or in progress: a verdict, or marked as opinion. */
  reviewed: number;
  /** Every source the claim names is anonymous. */
  anonymousOnly: number;
  /** No source at all: the author's own voice. */
  unattributed: number;
  /** Check-worthy (score ≥ 0.5) and resting on no source: what an editor should look at before publishing. */
  checkworthyUnattributed: number;
  falseOrMisleading: number;
}

interface SummarizedClaim {
  status: ClaimStatus;
  checkworthy: boolean;
  sources: readonly { type: SourceType }[];
}

export function isReviewed(status: ClaimStatus): boolean {
  return status !== 'unreviewed' && status !== 'in_progress';
}

/** The figures of the reader's summary box and of the publish dialog. */
export function summarizeClaims(claims: readonly SummarizedClaim[]): ClaimSummary {
  return {
    total: claims.length,
    reviewed: claims.filter((c) => isReviewed(c.status)).length,
    anonymousOnly: claims.filter((c) => c.sources.length > 0 && c.sources.every((s) => s.type === 'anonymous')).length,
    unattributed: claims.filter((c) => c.sources.length === 0).length,
    checkworthyUnattributed: claims.filter((c) => c.checkworthy && c.sources.length === 0).length,
    falseOrMisleading: claims.filter((c) => c.status === 'false' || c.status === 'misleading').length,
  };
}

/** "1 claim", "3 claims". */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "N of M claims reviewed": the reader summary's first line. */
export function describeReviewProgress(summary: ClaimSummary): string {
  return `${summary.reviewed} of ${countNoun(summary.total, 'claim')} reviewed`;
}

/**
 * The summary in sentences, for the page description and social cards: "2 of 5 claims reviewed.
 * 1 rests only on anonymous sources and 2 name no source. 1 was found false or misleading."
 * Figures that are zero are left out rather than written as "0 rest".
 */
export function describeSummary(summary: ClaimSummary): string {
  if (summary.total === 0) return 'No claims were marked in this article.';
  const sentences = [`${describeReviewProgress(summary)}.`];
  const sourcing = [
    summary.anonymousOnly > 0 && `${summary.anonymousOnly} ${summary.anonymousOnly === 1 ? 'rests' : 'rest'} only on anonymous sources`,
    summary.unattributed > 0 && `${summary.unattributed} ${summary.unattributed === 1 ? 'names' : 'name'} no source`,
  ].filter((part): part is string => Boolean(part));
  if (sourcing.length > 0) sentences.push(`${sourcing.join(' and ')}.`);
  if (summary.falseOrMisleading > 0) sentences.push(`${summary.falseOrMisleading} ${summary.falseOrMisleading === 1 ? 'was' : 'were'} found false or misleading.`);
  return sentences.join(' ');
}
