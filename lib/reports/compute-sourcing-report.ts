import { CLAIM_STATUSES, SOURCE_TYPES, type ClaimStatus, type SourceType } from '@/lib/vocabulary';

/** What the report needs to know of one claim. */
export interface ReportClaim {
  id: number;
  position: number;
  text: string;
  status: ClaimStatus;
  checkworthiness: number;
  checkworthy: boolean;
  vague: boolean;
  duplicate: boolean;
  /** The type of each distinct source the claim is attributed to. */
  sourceTypes: SourceType[];
}

export type SourcingCategory = SourceType | 'unattributed';
export const SOURCING_CATEGORIES: readonly SourcingCategory[] = [...SOURCE_TYPES, 'unattributed'];

export type Weakness = 'anonymous-only' | 'unattributed' | 'vague';

/** A claim the editor should look at first, with the reasons why. */
export interface WorstClaim {
  id: number;
  position: number;
  text: string;
  status: ClaimStatus;
  checkworthy: boolean;
  open: boolean;
  weaknesses: Weakness[];
}

export interface SourcingReport {
  totalClaims: number;
  /** Claims attributed to at least one source of each type; a claim with two types counts under both. */
  bySourceType: Record<SourcingCategory, number>;
  byStatus: Record<ClaimStatus, number>;
  checkworthy: number;
  notCheckworthy: number;
  anonymousOnly: number;
  unattributed: number;
  singleSourced: number;
  vagueAttribution: number;
  duplicates: number;
  reviewed: number;
  /** Claims with at least one weakness: anonymous-only, unattributed or vague. */
  weak: number;
  /** Shares are 0..1 of `totalClaims` (0 when there are no claims). */
  shares: {
    anonymousOnly: number;
    unattributed: number;
    reviewed: number;
    checkworthy: number;
    singleSourced: number;
    vagueAttribution: number;
    duplicates: number;
    bySourceType: Record<SourcingCategory, number>;
    byStatus: Record<ClaimStatus, number>;
  };
  /** The weak claims, worst first, at most `WORST_CLAIMS_LIMIT`. */
  worstClaims: WorstClaim[];
}

export const WORST_CLAIMS_LIMIT = 10;

/** Statuses that are still waiting for a decision. */
export const OPEN_STATUSES: ReadonlySet<ClaimStatus> = new Set(['unreviewed', 'in_progress']);

export function weaknessesOf(claim: Pick<ReportClaim, 'sourceTypes' | 'vague'>): Weakness[] {
  const types = new Set(claim.sourceTypes);
  const out: Weakness[] = [];
  if (types.size === 1 && types.has('anonymous')) out.push('anonymous-only');
  if (types.size === 0) out.push('unattributed');
  if (claim.vague) out.push('vague');
  return out;
}

/**
 * Worst first: still open before decided, check-worthy before not, resting on no one (anonymous
 * only or unattributed) before merely vague, then by check-worthiness, then in article order.
 */
export function rankWorstClaims(claims: readonly ReportClaim[], limit = WORST_CLAIMS_LIMIT): WorstClaim[] {
  const weak = claims
    .map((c) => ({ c, weaknesses: weaknessesOf(c) }))
    .filter((w) => w.weaknesses.length > 0)
    .map(({ c, weaknesses }) => ({
      claim: c,
      key: [
        OPEN_STATUSES.has(c.status) ? 0 : 1,
        c.checkworthy ? 0 : 1,
        weaknesses.includes('anonymous-only') || weaknesses.includes('unattributed') ? 0 : 1,
        -c.checkworthiness,
        c.position,
      ],
      weaknesses,
    }));
  weak.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return 0;
  });
  return weak.slice(0, limit).map(({ claim, weaknesses }) => ({
    id: claim.id,
    position: claim.position,
    text: claim.text,
    status: claim.status,
    checkworthy: claim.checkworthy,
    open: OPEN_STATUSES.has(claim.status),
    weaknesses,
  }));
}

export function computeSourcingReport(claims: readonly ReportClaim[]): SourcingReport {
  const bySourceType = Object.fromEntries(SOURCING_CATEGORIES.map((t) => [t, 0])) as Record<SourcingCategory, number>;
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  let checkworthy = 0;
  let anonymousOnly = 0;
  let unattributed = 0;
  let singleSourced = 0;
  let vagueAttribution = 0;
  let duplicates = 0;
  let reviewed = 0;
  let weak = 0;

  for (const claim of claims) {
    const types = new Set(claim.sourceTypes);
    const weaknesses = weaknessesOf(claim);
    if (weaknesses.length) weak++;
    if (weaknesses.includes('unattributed')) {
      bySourceType.unattributed++;
      unattributed++;
    }
    for (const t of types) bySourceType[t]++;
    if (weaknesses.includes('anonymous-only')) anonymousOnly++;
    if (claim.sourceTypes.length === 1) singleSourced++;
    byStatus[claim.status]++;
    if (claim.checkworthy) checkworthy++;
    if (claim.vague) vagueAttribution++;
    if (claim.duplicate) duplicates++;
    if (!OPEN_STATUSES.has(claim.status)) reviewed++;
  }

  const total = claims.length;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const shareAll = <K extends string>(counts: Record<K, number>) =>
    Object.fromEntries(Object.entries<number>(counts).map(([k, n]) => [k, share(n)])) as Record<K, number>;
  return {
    totalClaims: total,
    bySourceType,
    byStatus,
    checkworthy,
    notCheckworthy: total - checkworthy,
    anonymousOnly,
    unattributed,
    singleSourced,
    vagueAttribution,
    duplicates,
    reviewed,
    weak,
    shares: {
      anonymousOnly: share(anonymousOnly),
      unattributed: share(unattributed),
      reviewed: share(reviewed),
      checkworthy: share(checkworthy),
      singleSourced: share(singleSourced),
      vagueAttribution: share(vagueAttribution),
      duplicates: share(duplicates),
      bySourceType: shareAll(bySourceType),
      byStatus: shareAll(byStatus),
    },
    worstClaims: rankWorstClaims(claims),
  };
}
