'use client';

import { useActionState } from 'react';
import { ArticleTextFields } from '@/app/desk/_components/article-text-fields';
import { reimportArticleAction, type ReimportState } from './actions';


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
      <ArticleTextFields label="New text" rows={16} defaultText={state.text} errors={e} />
      <button type="submit" disabled={pending}>
        {pending ? 'Importing…' : 'Import new version'}
      </button>
    </form>
  );
}
