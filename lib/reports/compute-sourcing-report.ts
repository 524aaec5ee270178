import { CLAIM_STATUSES, SOURCE_TYPES, type ClaimStatus, type SourceType } from '@/db/schema';

/** What the report needs to know of one claim. */
export interface ReportClaim {
  status: ClaimStatus;
  checkworthy: boolean;
  vague: boolean;
  duplicate: boolean;
  /** The type of each distinct source the claim is attributed to. */
  sourceTypes: SourceType[];
}

export type SourcingCategory = SourceType | 'unattributed';

export interface SourcingReport {
  totalClaims: number;
  /** Claims attributed to at least one source of each type; a claim with two types counts under both. */
  bySourceType: Record<SourcingCategory, number>;
  byStatus: Record<ClaimStatus, number>;
  checkworthy: number;
  anonymousOnly: number;
  unattributed: number;
  singleSourced: number;
  vagueAttribution: number;
  duplicates: number;
  reviewed: number;
  /** Shares are 0..1 of `totalClaims` (0 when there are no claims). */
  shares: { anonymousOnly: number; unattributed: number; reviewed: number };
}

const DONE: ReadonlySet<ClaimStatus> = new Set(CLAIM_STATUSES.filter((s) => s !== 'unreviewed' && s !== 'in_progress'));

export function computeSourcingReport(claims: readonly ReportClaim[]): SourcingReport {
  const bySourceType = Object.fromEntries([...SOURCE_TYPES, 'unattributed'].map((t) => [t, 0])) as Record<SourcingCategory, number>;
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  let checkworthy = 0;
  let anonymousOnly = 0;
  let unattributed = 0;
  let singleSourced = 0;
  let vagueAttribution = 0;
  let duplicates = 0;
  let reviewed = 0;

  for (const claim of claims) {
    const types = new Set(claim.sourceTypes);
    if (types.size === 0) {
      bySourceType.unattributed++;
      unattributed++;
    }
    for (const t of types) bySourceType[t]++;
    if (types.size === 1 && types.has('anonymous')) anonymousOnly++;
    if (claim.sourceTypes.length === 1) singleSourced++;
    byStatus[claim.status]++;
    if (claim.checkworthy) checkworthy++;
    if (claim.vague) vagueAttribution++;
    if (claim.duplicate) duplicates++;
    if (DONE.has(claim.status)) reviewed++;
  }

  const total = claims.length;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    totalClaims: total,
    bySourceType,
    byStatus,
    checkworthy,
    anonymousOnly,
    unattributed,
    singleSourced,
    vagueAttribution,
    duplicates,
    reviewed,
    shares: { anonymousOnly: share(anonymousOnly), unattributed: share(unattributed), reviewed: share(reviewed) },
  };
}
