import { z } from 'zod';
import { CLAIM_STATUSES, EVIDENCE_STANCES, SOURCE_TYPES } from '@/lib/vocabulary';
import { HttpUrlSchema, IdSchema } from '@/lib/articles/schemas';
import { PageSchema } from '@/lib/http/page-number';
import { SourceTypeSchema } from '@/lib/sources/schemas';
import { policyText } from '@/lib/text-policy';

export const MAX_NOTE_CHARS = 10_000;

export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
const Version = z.coerce.number().int().positive();
const Offset = z.coerce.number().int().min(0);

/** A fact-checker's change to a claim, made against the version they saw. */
export const ClaimReviewInputSchema = z
  .strictObject({
    status: ClaimStatusSchema.optional(),
    note: policyText('Note', { multiline: true }).max(MAX_NOTE_CHARS, `Note is longer than ${MAX_NOTE_CHARS} characters`).optional(),
    version: Version,
  })
  .refine((v) => v.status !== undefined || v.note !== undefined, { message: 'Nothing to change: give a status or a note', path: ['status'] });
export type ClaimReviewInput = z.output<typeof ClaimReviewInputSchema>;

export const AssigneeInputSchema = z.strictObject({ assigneeId: IdSchema.nullable(), version: Version });

export const EvidenceInputSchema = z.strictObject({
  url: HttpUrlSchema.max(2000),
  title: policyText('Title').min(1, 'Give the evidence a title').max(300),
  stance: z.enum(EVIDENCE_STANCES),
  version: Version,
});
export type EvidenceInput = z.output<typeof EvidenceInputSchema>;

export const RemoveEvidenceInputSchema = z.strictObject({ evidenceId: IdSchema, version: Version });

export const UndoInputSchema = z.strictObject({ version: Version });

export const SpanInputSchema = z
  .strictObject({ start: Offset, end: Offset, version: Version })
  .refine((s) => s.end > s.start, { message: 'The span must not be empty', path: ['end'] });

export const NewClaimInputSchema = z
  .strictObject({ start: Offset, end: Offset })
  .refine((s) => s.end > s.start, { message: 'Select some text', path: ['end'] });

export const SplitInputSchema = z.strictObject({ at: Offset, version: Version });

export const MergeInputSchema = z.strictObject({ nextClaimId: IdSchema, version: Version, nextVersion: Version });

export const DismissInputSchema = z.strictObject({ dismissed: z.boolean(), version: Version });

/** Attribute a claim to a source of the article, or to a new one. */
export const LinkSourceInputSchema = z.strictObject({
  source: z.union([
    z.strictObject({ id: IdSchema }),
    z.strictObject({ name: policyText('Name').min(1, 'Name the source').max(200), type: SourceTypeSchema }),
  ]),
  via: z.strictObject({ name: policyText('Name').min(1).max(200), type: SourceTypeSchema }).nullish(),
  cue: policyText('Cue').max(60).nullish(),
  version: Version,
});
export type LinkSourceInput = z.output<typeof LinkSourceInputSchema>;

export const UnlinkSourceInputSchema = z.strictObject({ sourceId: IdSchema, version: Version });

export const SourceEditInputSchema = z.strictObject({ type: SourceTypeSchema.optional(), name: policyText('Name').min(1).max(200).optional() });
export const MergeSourcesInputSchema = z.strictObject({ keepId: IdSchema, mergeId: IdSchema });

/** Form and query-string fields arrive as "" when left blank. */
const blankAsUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const SEARCH_SOURCE_TYPES = [...SOURCE_TYPES, 'unattributed'] as const;

/** Full-text search over claims, from the search page or `GET /api/claims/search`. Unknown parameters are ignored. */
export const ClaimSearchSchema = z.object({
  q: z.string().trim().max(500, 'Search is longer than 500 characters').default(''),
  status: z.preprocess(blankAsUndefined, ClaimStatusSchema.optional()),
  sourceType: z.preprocess(blankAsUndefined, z.enum(SEARCH_SOURCE_TYPES).optional()),
  outlet: z.preprocess(blankAsUndefined, z.string().trim().max(200).optional()),
  article: z.preprocess(blankAsUndefined, IdSchema.optional()),
  page: PageSchema,
});

export type ClaimSearchInput = z.output<typeof ClaimSearchSchema>;

/** A private note on a claim: team only, never published. */
export const PrivateNoteInputSchema = z.strictObject({
  text: policyText('Private note', { multiline: true }).trim().min(1, 'Write the note first').max(MAX_NOTE_CHARS, `Note is longer than ${MAX_NOTE_CHARS} characters`),
});
export type PrivateNoteInput = z.output<typeof PrivateNoteInputSchema>;
