import type { ClaimStatus, SourceType } from '@/lib/vocabulary';

export interface ClaimSummary {
  total: number;
  /** Every source the claim names is anonymous. */
  anonymousOnly: number;
  /** No source at all: the author's own voice. */
  unattributed: number;
  falseOrMisleading: number;
}

/** The figures of the reader's summary box. */
export function summarizeClaims(claims: readonly { status: ClaimStatus; sources: readonly { type: SourceType }[] }[]): ClaimSummary {
  return {
    total: claims.length,
    anonymousOnly: claims.filter((c) => c.sources.length > 0 && c.sources.every((s) => s.type === 'anonymous')).length,
    unattributed: claims.filter((c) => c.sources.length === 0).length,
    falseOrMisleading: claims.filter((c) => c.status === 'false' || c.status === 'misleading').length,
  };
}
