import { z } from 'zod';
import { EVIDENCE_STANCES } from '@/lib/vocabulary';
import { SourceTypeSchema } from '@/lib/sources/schemas';
import { ClaimStatusSchema } from './schemas';

// The one list of what claim_history records. Each field has a schema for its before and after
// values, so that every writer is checked by the compiler and every reader (undo, the history in
// words) parses rows instead of casting them.

const Id = z.number().int().positive();
const Span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
/** A re-import's move of a claim: the span in the old revision, then where it was found in the new one. */
const RevisionSpan = Span.extend({ revision: z.number().int(), match: z.string().optional(), similarity: z.number().optional() });

export const EvidenceRecordSchema = z.object({ id: Id, url: z.string(), title: z.string(), stance: z.enum(EVIDENCE_STANCES) });
export type EvidenceRecord = z.output<typeof EvidenceRecordSchema>;

/** What history keeps of a claim–source link, enough to restore it on undo. */
export const LinkRecordSchema = z.object({
  sourceId: Id,
  name: z.string(),
  type: SourceTypeSchema,
  cue: z.string().nullable(),
  viaName: z.string().nullable(),
  viaType: SourceTypeSchema.nullable(),
  rule: z.string(),
  explanation: z.string(),
  mentionStart: z.number().int().nullable(),
  mentionEnd: z.number().int().nullable(),
  mentionText: z.string().nullable(),
});
export type LinkRecord = z.output<typeof LinkRecordSchema>;

const change = <F extends string, B extends z.ZodType, A extends z.ZodType>(field: F, before: B, after: A) =>
  z.object({ field: z.literal(field), before, after });

export const FieldChangeSchema = z.discriminatedUnion('field', [
  change('status', ClaimStatusSchema, ClaimStatusSchema),
  change('note', z.string(), z.string()),
  change('assignee', Id.nullable(), Id.nullable()),
  change('dismissed', z.boolean(), z.boolean()),
  /** A claim added by hand (a span), or the second half of a split (`splitFrom` is the first half). */
  change('created', z.null(), Span.extend({ splitFrom: Id.optional() })),
  change('span', z.union([RevisionSpan, Span]), z.union([RevisionSpan, Span])),
  /**
   * On the first half of a split: the claim that took the second half, and its version then (undo
   * joins them again only if nobody has changed that claim since).
   */
  change('split', z.null(), z.object({ newClaimId: Id, newVersion: z.number().int().optional() })),
  /**
   * On the claim that grew over its neighbour: the neighbour, dismissed into it, its version then,
   * and the sources the merge copied from it (undo takes those back).
   */
  change('merge', z.null(), z.object({ mergedClaimId: Id, mergedVersion: z.number().int().optional(), addedSourceIds: z.array(Id).optional() })),
  /** On the neighbour of a merge: null → the claim that took its text; undoing the merge records it back, claim → null. */
  change('merged_into', Id.nullable(), Id.nullable()),
  change('evidence', EvidenceRecordSchema.nullable(), EvidenceRecordSchema.nullable()),
  change('source', LinkRecordSchema.nullable(), LinkRecordSchema.nullable()),
  change('source_name', z.object({ sourceId: Id, value: z.string() }), z.object({ sourceId: Id, value: z.string() })),
  change('source_type', z.object({ sourceId: Id, value: SourceTypeSchema }), z.object({ sourceId: Id, value: SourceTypeSchema })),
  change('source_merge', z.object({ sourceId: Id, name: z.string() }), z.object({ sourceId: Id, name: z.string() })),
  change('orphaned', z.boolean(), z.boolean()),
  change('text', z.string(), z.string()),
  /** Marks a change that reverted the claim's previous one; `version` is the version it undid. */
  change('undo', z.null(), z.object({ version: z.number().int() })),
]);

/** One recorded change to a claim: the field, and its value before and after. */
export type FieldChange = z.output<typeof FieldChangeSchema>;
export type ClaimHistoryField = FieldChange['field'];
export type FieldChangeOf<F extends ClaimHistoryField> = Extract<FieldChange, { field: F }>;

/** A stored history row's field and values, checked against the field's schema. */
export function parseFieldChange(row: { field: string; before: unknown; after: unknown }): FieldChange {
  return FieldChangeSchema.parse({ field: row.field, before: row.before ?? null, after: row.after ?? null });
}

/**
 * Why the change made of `changes` cannot be undone, or null when it can. The workspace disables
 * Undo with this reason; undo refuses with it.
 */
export function undoRefusal(changes: FieldChange[]): string | null {
  for (const c of changes) {
    if (c.field === 'orphaned' || c.field === 'text' || (c.field === 'span' && 'revision' in c.after)) {
      return 'A re-import cannot be undone: the last change came from importing a new version of the article.';
    }
    if (c.field === 'source_merge') return 'The last change merged two sources; link the source again to take it back.';
  }
  return null;
}
