'use client';

import { useActionState, useId, useRef } from 'react';
import { setPublishedAction } from './actions';

/**
 * Publishing is an editor's deliberate decision: the button opens a native modal dialog (focus
 * moves into it, Escape cancels) that names the consequence and asks for confirmation.
 */
export function PublishControl({ articleId, published, slug }: { articleId: number; published: boolean; slug: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const verb = published ? 'Unpublish' : 'Publish';
  const [state, action] = useActionState(setPublishedAction, {});
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {verb}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <h2 id={`${id}-title`}>{published ? 'Take this article down?' : 'Publish this article?'}</h2>
        <p id={`${id}-desc`}>
          {published
            ? `The reader page /a/${slug} will stop being public.`
            : `Anyone will be able to read it, with its claims, sources and verdicts, at /a/${slug}.`}
        </p>
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
