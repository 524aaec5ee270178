// The words claimdesk's data is made of: roles, claim statuses, evidence stances and source types.
// Client-safe: browsers load this module, so it imports nothing but the pure extractor's types.
// db/schema.ts builds its enum columns from these lists; forms and zod schemas use them too.
// Their labels for people live in lib/claims/labels.ts (also client-safe).

export const ROLES = ['factchecker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CLAIM_STATUSES = [
  'unreviewed',
  'in_progress',
  'true',
  'mostly_true',
  'misleading',
  'unsupported',
  'false',
  'opinion',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const EVIDENCE_STANCES = ['supports', 'refutes', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

// The extractor defines what kinds of source exist; the database stores the same ones.
export { SOURCE_TYPES, type SourceType } from './extract/types';
