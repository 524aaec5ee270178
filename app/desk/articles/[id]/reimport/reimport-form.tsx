'use client';

import { useActionState } from 'react';
import { reimportArticleAction, type ReimportState } from './actions';

function FieldError({ errors, id }: { errors?: string[]; id: string }) {
  return errors?.length ? (
    <span className="error" id={id}>
      {errors.join(' ')}
    </span>
  ) : null;
}

export function ReimportForm({ articleId, revision }: { articleId: number; revision: number }) {
  const [state, action, pending] = useActionState<ReimportState, FormData>(reimportArticleAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack">
      {state.message && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      <input type="hidden" name="articleId" value={articleId} />
      {/* The revision this page showed: a newer one imported meanwhile is not overwritten blindly. */}
      <input type="hidden" name="revision" value={revision} />
      <label>
        New text (plain text, Markdown or HTML)
        <textarea name="text" rows={16} defaultValue={state.text} aria-describedby="text-error" />
        <FieldError errors={e.text} id="text-error" />
      </label>
      <label>
        …or upload a .txt, .md or .html file
        <input
          name="file"
          type="file"
          accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby="file-error"
        />
        <FieldError errors={e.file} id="file-error" />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Importing…' : 'Import new version'}
      </button>
    </form>
  );
}
