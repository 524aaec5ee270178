'use client';

import { useActionState } from 'react';
import { ArticleTextFields, FieldError } from '@/app/desk/_components/article-text-fields';
import { importArticleAction, type ImportState } from './actions';


export function ImportForm() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importArticleAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack">
      {state.message && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      <div className="field">
        <label>
          Title
          <input name="title" maxLength={300} defaultValue={v.title} aria-describedby="title-hint title-error" />
        </label>
        <span className="muted small" id="title-hint">
          Taken from the page when you import HTML and leave it blank.
        </span>
        <FieldError errors={e.title} id="title-error" />
      </div>
      <div className="grid-2">
        <label>
          Outlet
          <input name="outlet" defaultValue={v.outlet} />
        </label>
        <label>
          Author
          <input name="author" defaultValue={v.author} />
        </label>
        <div className="field">
          <label>
            URL
            <input name="url" type="url" defaultValue={v.url} aria-describedby="url-error" />
          </label>
          <FieldError errors={e.url} id="url-error" />
        </div>
        <div className="field">
          <label>
            Publication date
            <input name="publicationDate" type="date" defaultValue={v.publicationDate} aria-describedby="date-error" />
          </label>
          <FieldError errors={e.publicationDate} id="date-error" />
        </div>
      </div>
      <ArticleTextFields label="Article text" rows={14} defaultText={v.text} errors={e} />
      <button type="submit" disabled={pending}>
        {pending ? 'Importing…' : 'Import and extract claims'}
      </button>
    </form>
  );
}
