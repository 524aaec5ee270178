'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { IdSchema } from '@/lib/articles/schemas';
import { setArticlePublished } from '@/lib/articles/publish-article.server';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page.server';
import type { Actor } from '@/lib/auth/roles';
import { editArticleSource, linkClaimSource, mergeArticleSources, unlinkClaimSource } from '@/lib/claims/claim-sources.server';
import { addManualClaim, mergeClaims, setClaimDismissed, setClaimSpan, splitClaim } from '@/lib/claims/correct-claims.server';
import { addEvidence, removeEvidence } from '@/lib/claims/evidence.server';
import { addPrivateNote } from '@/lib/claims/private-notes.server';
import type { ClaimState } from '@/lib/claims/mutate-claim.server';
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
import { setClaimAssignee } from '@/lib/claims/set-claim-assignee.server';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { undoLastChange } from '@/lib/claims/undo-last-change.server';
import { runAction, type ActionState } from '@/lib/http/action.server';

/** The outcome the workspace shows; `current` is the claim as it is now, after a conflict. */
export type ActionResult = ActionState & { claimId?: number; current?: ClaimState };

/**
 * Every workspace action: `targetId` is the claim (or source, or article) acted on. The pages
 * refreshed are those of the article the data layer says it changed: the `articleId` a client
 * sends is only where it was looking, and may belong to another article.
 */
async function workspaceAction<S extends z.ZodType>(
  targetId: unknown,
  schema: S,
  input: unknown,
  act: (actor: Actor, data: z.output<S>, targetId: number) => { articleId: number; message: string; claimId?: number },
): Promise<ActionResult> {
  const target = IdSchema.safeParse(targetId);
  if (!target.success) return { ok: false, message: 'Unknown article or claim.' };
  const state: ActionResult = await runAction({
    role: 'factchecker',
    schema,
    input,
    invalidMessage: 'Please correct the input.',
    act: (actor, data) => act(actor, data, target.data),
    done: ({ articleId, ...result }) => {
      revalidateArticle(articleId);
      return result;
    },
    // A conflict means the page is stale: refresh the article the current claim belongs to.
    onRefusal: (error) => {
      const current = (error.details as { current?: ClaimState } | undefined)?.current;
      if (error.code === 'conflict' && current) revalidatePath(`/desk/articles/${current.articleId}`);
    },
  });
  return state.current ? { ...state, message: `${state.message}. Their change is shown now.` } : state;
}

function revalidateArticle(articleId: number): void {
  revalidatePath(`/desk/articles/${articleId}`);
  revalidateReaderPage({ id: articleId });
}

// `articleId` is the page the client is on; the data layer decides which article a claim belongs to.

export async function reviewClaimAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, ClaimReviewInputSchema, input, (actor, data, id) => ({ articleId: setClaimReview(actor, id, data).articleId, message: 'Saved.' }));
}

export async function addPrivateNoteAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, PrivateNoteInputSchema, input, (actor, data, id) => ({ articleId: addPrivateNote(actor, id, data).articleId, message: 'Private note added.' }));
}

export async function setAssigneeAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, AssigneeInputSchema, input, (actor, data, id) => ({ articleId: setClaimAssignee(actor, id, data).articleId, message: 'Assignee saved.' }));
}

export async function addEvidenceAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, EvidenceInputSchema, input, (actor, data, id) => ({ articleId: addEvidence(actor, id, data).articleId, message: 'Evidence added.' }));
}

export async function removeEvidenceAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, RemoveEvidenceInputSchema, input, (actor, data, id) => ({ articleId: removeEvidence(actor, id, data).articleId, message: 'Evidence removed.' }));
}

export async function setSpanAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, SpanInputSchema, input, (actor, data, id) => ({ articleId: setClaimSpan(actor, id, data).articleId, message: 'Span adjusted.' }));
}

export async function splitClaimAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, SplitInputSchema, input, (actor, data, id) => {
    const { second } = splitClaim(actor, id, data);
    return { articleId: second.articleId, message: 'Claim split in two.', claimId: second.id };
  });
}

export async function mergeClaimsAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, MergeInputSchema, input, (actor, data, id) => ({ articleId: mergeClaims(actor, id, data).articleId, message: 'Claims merged.' }));
}

export async function addClaimAction(articleId: number, input: unknown) {
  return workspaceAction(articleId, NewClaimInputSchema, input, (actor, data, id) => {
    const claim = addManualClaim(actor, id, data);
    return { articleId: claim.articleId, message: 'Claim added.', claimId: claim.id };
  });
}

export async function dismissClaimAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, DismissInputSchema, input, (actor, data, id) => ({
    articleId: setClaimDismissed(actor, id, data).articleId,
    message: data.dismissed ? 'Claim dismissed.' : 'Claim restored.',
  }));
}

export async function linkSourceAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, LinkSourceInputSchema, input, (actor, data, id) => ({ articleId: linkClaimSource(actor, id, data).articleId, message: 'Source linked.' }));
}

export async function unlinkSourceAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, UnlinkSourceInputSchema, input, (actor, data, id) => ({ articleId: unlinkClaimSource(actor, id, data).articleId, message: 'Source removed from the claim.' }));
}

export async function editSourceAction(articleId: number, sourceId: number, input: unknown) {
  return workspaceAction(sourceId, SourceEditInputSchema, input, (actor, data, id) => ({ articleId: editArticleSource(actor, id, data).articleId, message: 'Source corrected.' }));
}

export async function mergeSourcesAction(articleId: number, input: unknown) {
  return workspaceAction(articleId, MergeSourcesInputSchema, input, (actor, data) => ({ articleId: mergeArticleSources(actor, data).articleId, message: 'Sources merged.' }));
}

export async function undoAction(articleId: number, claimId: number, input: unknown) {
  return workspaceAction(claimId, UndoInputSchema, input, (actor, data, id) => ({ articleId: undoLastChange(actor, id, data).articleId, message: 'Last change undone.' }));
}

const PublishSchema = z.object({ articleId: IdSchema, published: z.enum(['true', 'false']).transform((v) => v === 'true') });

/** The publish control's outcome, confirmed to the editor after the dialog closes. */
export type PublishState = ActionState & { published?: boolean };

/** Publishes or takes down an article: editors and up (a form posts it, so it answers a state). */
export async function setPublishedAction(_prev: PublishState, form: FormData): Promise<PublishState> {
  return runAction({
    role: 'editor',
    schema: PublishSchema,
    input: form,
    invalidMessage: 'Unknown article, or neither publish nor unpublish.',
    act: (actor, { articleId, published }) => ({ articleId, ...setArticlePublished(actor, articleId, published) }),
    done: ({ articleId, slug, published }) => {
      revalidatePath(`/desk/articles/${articleId}`);
      revalidateReaderPage({ slug });
      revalidatePath('/');
      return { published, message: published ? 'Published: anyone can now read it.' : `Taken down: /a/${slug} is no longer public.` };
    },
  });
}
