'use client';

import { useActionState, useState } from 'react';
import { ArticleTextFields, FieldError } from '@/app/desk/_components/article-text-fields';
import { FetchProgress } from '@/app/desk/_components/fetch-progress';
import { reimportArticleAction, type ReimportState } from './actions';

export function ReimportForm({ articleId, revision, url }: { articleId: number; revision: number; url: string | null }) {
  const [state, action, pending] = useActionState<ReimportState, FormData>(reimportArticleAction, {});
  const [fetchStarted, setFetchStarted] = useState<number | null>(null);
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
        URL
        <input name="url" type="url" defaultValue={state.url ?? url ?? ''} aria-describedby="url-error" />
        <FieldError errors={e.url} id="url-error" />
      </label>
      <p>
        <button type="submit" name="intent" value="fetch" className="secondary" disabled={pending} onClick={() => setFetchStarted(performance.now())}>
          Fetch the current version from the URL
        </button>
      </p>
      <ArticleTextFields label="New text" rows={16} defaultText={state.text} errors={e} />
      {pending && <FetchProgress since={fetchStarted} label="Fetching the page…" />}
      <button type="submit" name="intent" value="text" disabled={pending} onClick={() => setFetchStarted(null)}>
        {pending ? 'Importing…' : 'Import new version'}
      </button>
    </form>
  );
}
