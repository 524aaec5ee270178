import { z } from 'zod';
import { CLAIM_STATUSES } from '@/db/schema';

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
