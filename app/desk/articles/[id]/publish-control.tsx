'use client';

import { useActionState, useId, useRef } from 'react';
import { countNoun, type ClaimSummary } from '@/lib/articles/summarize-claims';
import { setPublishedAction, type PublishState } from './actions';

/** What the editor is about to publish: how much of it was checked. */
function whatWasChecked(summary: ClaimSummary): string[] {
  const notReviewed = summary.total - summary.reviewed;
  return [
    notReviewed === 0
      ? `All ${countNoun(summary.total, 'claim')} ${summary.total === 1 ? 'is' : 'are'} reviewed.`
      : `${notReviewed} of ${countNoun(summary.total, 'claim')} ${notReviewed === 1 ? 'is' : 'are'} not reviewed yet.`,
    summary.checkworthyUnattributed === 0
      ? 'Every check-worthy claim names a source.'
      : `${countNoun(summary.checkworthyUnattributed, 'check-worthy claim')} ${summary.checkworthyUnattributed === 1 ? 'rests' : 'rest'} on no source.`,
  ];
}

/**
 * Publishing is an editor's deliberate decision: the button opens a native modal dialog (focus
 * moves into it, Escape cancels) that says how much of the article was checked and asks for
 * confirmation; the outcome is confirmed in a status message.
 */
export function PublishControl({ articleId, published, slug, summary }: { articleId: number; published: boolean; slug: string; summary: ClaimSummary }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState(setPublishedAction, {} satisfies PublishState);
  const id = useId();
  const verb = published ? 'Unpublish' : 'Publish';
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} disabled={pending}>
        {verb}
      </button>
      {state.ok && state.message && (
        <p role="status" className="ok">
          {state.message}
          {state.published && (
            <>
              {' '}
              <a href={`/a/${slug}`}>/a/{slug}</a>
            </>
          )}
        </p>
      )}
      <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <h2 id={`${id}-title`}>{published ? 'Take this article down?' : 'Publish this article?'}</h2>
        <div id={`${id}-desc`}>
          <p>
            {published
              ? `The reader page /a/${slug} will stop being public.`
              : `Anyone will be able to read it, with its claims, sources and verdicts, at /a/${slug}.`}
          </p>
          {!published && (
            <ul className="publish-checks">
              {whatWasChecked(summary).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
        <form action={action} onSubmit={() => dialog.current?.close()} className="row">
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="published" value={published ? 'false' : 'true'} />
          <button type="submit" className={published ? 'danger' : undefined}>
            Confirm {verb.toLowerCase()}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()} autoFocus>
            Cancel
          </button>
        </form>
      </dialog>
      {state.ok === false && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
    </>
  );
}
