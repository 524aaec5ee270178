import type { ClaimStatus, EvidenceStance, SourceType } from '@/lib/vocabulary';
import type { ClaimView } from './article-view.server';

/** What a reader may see of a claim: no internal scores, rules or reviewer names. Sent to the browser for the popover. */
export interface ReaderClaim {
  position: number;
  text: string;
  status: ClaimStatus;
  /** The public explanation; private notes never reach the reader. */
  note: string;
  /** "reportedly", "it is believed": the words that stand in for a source the article does not name. */
  vagueAttribution: string | null;
  reviewedAt: string | null;
  sources: { name: string; type: SourceType; cue: string | null; via: { name: string } | null }[];
  /** Only http(s) links: evidence URLs come from people, and a `javascript:` link must never become a live href. */
  evidence: { url: string; title: string; stance: EvidenceStance }[];
}

export function toReaderClaim(claim: ClaimView): ReaderClaim {
  return {
    position: claim.position,
    text: claim.text,
    status: claim.status,
    note: claim.note,
    vagueAttribution: claim.vagueAttribution,
    reviewedAt: claim.reviewedAt,
    sources: claim.sources.map((s) => ({ name: s.name, type: s.type, cue: s.cue, via: s.via ? { name: s.via.name } : null })),
    evidence: claim.evidence.filter((e) => isHttpUrl(e.url)).map((e) => ({ url: e.url, title: e.title || e.url, stance: e.stance })),
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
