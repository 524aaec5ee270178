import { z } from 'zod';
import { CLAIM_STATUSES, SOURCE_TYPES } from '@/db/schema';

export const MAX_NOTE_CHARS = 10_000;

export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);

/** A fact-checker's change to a claim, made against the version they saw. */
export const ClaimReviewInputSchema = z
  .strictObject({
    status: ClaimStatusSchema.optional(),
    note: z.string().max(MAX_NOTE_CHARS, `Note is longer than ${MAX_NOTE_CHARS} characters`).optional(),
    version: z.coerce.number().int().positive(),
  })
  .refine((v) => v.status !== undefined || v.note !== undefined, { message: 'Nothing to change: give a status or a note', path: ['status'] });

export type ClaimReviewInput = z.output<typeof ClaimReviewInputSchema>;

/** Form and query-string fields arrive as "" when left blank. */
const blankAsUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const SEARCH_SOURCE_TYPES = [...SOURCE_TYPES, 'unattributed'] as const;

/** Full-text search over claims, from the search page or `GET /api/claims/search`. Unknown parameters are ignored. */
export const ClaimSearchSchema = z.object({
  q: z.string().trim().max(500, 'Search is longer than 500 characters').default(''),
  status: z.preprocess(blankAsUndefined, ClaimStatusSchema.optional()),
  sourceType: z.preprocess(blankAsUndefined, z.enum(SEARCH_SOURCE_TYPES).optional()),
  outlet: z.preprocess(blankAsUndefined, z.string().trim().max(200).optional()),
  article: z.preprocess(blankAsUndefined, z.coerce.number().int().positive().optional()),
  page: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(500).default(1)),
});

export type ClaimSearchInput = z.output<typeof ClaimSearchSchema>;
