'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { IdSchema } from '@/lib/articles/schemas';
import { setArticlePublished } from '@/lib/articles/publish-article';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page';
import { getCurrentActor } from '@/lib/auth/current-actor';
import type { Actor } from '@/lib/auth/roles';
import { editArticleSource, linkClaimSource, mergeArticleSources, unlinkClaimSource } from '@/lib/claims/claim-sources';
import { addManualClaim, mergeClaims, setClaimDismissed, setClaimSpan, splitClaim } from '@/lib/claims/correct-claims';
import { addEvidence, removeEvidence } from '@/lib/claims/evidence';
import { addPrivateNote } from '@/lib/claims/private-notes';
import type { ClaimState } from '@/lib/claims/mutate-claim';
import {
  AssigneeInputSchema,
  ClaimReviewInputSchema,
  DismissInputSchema,
  EvidenceInputSchema,
  LinkSourceInputSchema,
  MergeInputSchema,
  MergeSourcesInputSchema,
  NewClaimInputSchema,
  PrivateNoteInputSchema,
  RemoveEvidenceInputSchema,
  SourceEditInputSchema,
  SpanInputSchema,
  SplitInputSchema,
  UndoInputSchema,
  UnlinkSourceInputSchema,
} from '@/lib/claims/schemas';
import { setClaimAssignee } from '@/lib/claims/set-claim-assignee';
import { setClaimReview } from '@/lib/claims/set-claim-review';
import { undoLastChange } from '@/lib/claims/undo-last-change';
import { AppError } from '@/lib/errors';

export type ActionResult =
  | { ok: true; message: string; claimId?: number }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; current?: ClaimState };

const TargetSchema = z.object({ articleId: IdSchema, targetId: IdSchema.optional() });

/**
 * Every workspace action: authenticate, parse the ids and the input, call the data-access layer
 * (which checks the role and the version), revalidate the article's pages, and report expected
 * failures as a result rather than an exception. `targetId` is the claim (or source) acted on.
 */
async function run<S extends z.ZodType>(
  ids: { articleId: unknown; targetId?: unknown },
  schema: S,
  input: unknown,
  act: (actor: Actor | null, data: z.output<S>, targetId: number) => { message: string; claimId?: number },
): Promise<ActionResult> {
  const target = TargetSchema.safeParse(ids);
  const parsed = schema.safeParse(input);
  if (!target.success) return { ok: false, message: 'Unknown article or claim.' };
  if (!parsed.success) return { ok: false, message: 'Please correct the input.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { articleId, targetId } = target.data;
  try {
    const result = act(await getCurrentActor(), parsed.data, targetId ?? articleId);
    revalidatePath(`/desk/articles/${articleId}`);
    revalidateReaderPage({ id: articleId });
    return { ok: true, ...result };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'conflict') revalidatePath(`/desk/articles/${articleId}`);
    const details = error.details as { current?: ClaimState; fieldErrors?: Record<string, string[]> } | undefined;
    return {
      ok: false,
      message: details?.current ? `${error.message}. Their change is shown now.` : error.message,
      current: details?.current,
      fieldErrors: details?.fieldErrors,
    };
  }
}

export async function reviewClaimAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, ClaimReviewInputSchema, input, (actor, data, id) => (setClaimReview(actor, id, data), { message: 'Saved.' }));
}

export async function addPrivateNoteAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, PrivateNoteInputSchema, input, (actor, data, id) => (addPrivateNote(actor, id, data), { message: 'Private note added.' }));
}

export async function setAssigneeAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, AssigneeInputSchema, input, (actor, data, id) => (setClaimAssignee(actor, id, data), { message: 'Assignee saved.' }));
}

export async function addEvidenceAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, EvidenceInputSchema, input, (actor, data, id) => (addEvidence(actor, id, data), { message: 'Evidence added.' }));
}

export async function removeEvidenceAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, RemoveEvidenceInputSchema, input, (actor, data, id) => (removeEvidence(actor, id, data), { message: 'Evidence removed.' }));
}

export async function setSpanAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, SpanInputSchema, input, (actor, data, id) => (setClaimSpan(actor, id, data), { message: 'Span adjusted.' }));
}

export async function splitClaimAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, SplitInputSchema, input, (actor, data, id) => ({ message: 'Claim split in two.', claimId: splitClaim(actor, id, data).second.id }));
}

export async function mergeClaimsAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, MergeInputSchema, input, (actor, data, id) => (mergeClaims(actor, id, data), { message: 'Claims merged.' }));
}

export async function addClaimAction(articleId: number, input: unknown) {
  return run({ articleId }, NewClaimInputSchema, input, (actor, data, id) => ({ message: 'Claim added.', claimId: addManualClaim(actor, id, data).id }));
}

export async function dismissClaimAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, DismissInputSchema, input, (actor, data, id) => (setClaimDismissed(actor, id, data), { message: data.dismissed ? 'Claim dismissed.' : 'Claim restored.' }));
}

export async function linkSourceAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, LinkSourceInputSchema, input, (actor, data, id) => (linkClaimSource(actor, id, data), { message: 'Source linked.' }));
}

export async function unlinkSourceAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, UnlinkSourceInputSchema, input, (actor, data, id) => (unlinkClaimSource(actor, id, data), { message: 'Source removed from the claim.' }));
}

export async function editSourceAction(articleId: number, sourceId: number, input: unknown) {
  return run({ articleId, targetId: sourceId }, SourceEditInputSchema, input, (actor, data, id) => (editArticleSource(actor, id, data), { message: 'Source corrected.' }));
}

export async function mergeSourcesAction(articleId: number, input: unknown) {
  return run({ articleId }, MergeSourcesInputSchema, input, (actor, data) => (mergeArticleSources(actor, data), { message: 'Sources merged.' }));
}

export async function undoAction(articleId: number, claimId: number, input: unknown) {
  return run({ articleId, targetId: claimId }, UndoInputSchema, input, (actor, data, id) => (undoLastChange(actor, id, data), { message: 'Last change undone.' }));
}

const PublishSchema = z.object({ articleId: IdSchema, published: z.enum(['true', 'false']).transform((v) => v === 'true') });

/** The publish control's outcome, confirmed to the editor after the dialog closes. */
export interface PublishState {
  ok?: boolean;
  message?: string;
  published?: boolean;
}

export async function setPublishedAction(_prev: PublishState, formData: FormData): Promise<PublishState> {
  const actor = await getCurrentActor();
  const { articleId, published } = PublishSchema.parse(Object.fromEntries(formData));
  try {
    const { slug } = setArticlePublished(actor, articleId, published);
    revalidatePath(`/desk/articles/${articleId}`);
    revalidateReaderPage({ slug });
    revalidatePath('/');
    return { ok: true, published, message: published ? "Published: anyone can now read it." : `Taken down: /a/${slug} is no longer public.` };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, message: error.message };
  }
}
