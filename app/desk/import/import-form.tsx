'use client';

import { useActionState, useState } from 'react';
import { ArticleTextFields, FieldError } from '@/app/desk/_components/article-text-fields';
import { describeFetch, FetchProgress } from '@/app/desk/_components/fetch-progress';
import { importArticleAction, type ImportState } from './actions';

export function ImportForm() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importArticleAction, {});
  // When the running submission fetches a page: its start, for the progress line.
  const [fetchStarted, setFetchStarted] = useState<number | null>(null);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const startFetchClock = (form: HTMLFormElement | null, always: boolean) => {
    const data = form ? new FormData(form) : null;
    const file = data?.get('file');
    const fetches = always || (!!String(data?.get('url') ?? '').trim() && !String(data?.get('text') ?? '').trim() && !(file instanceof File && file.size > 0));
    setFetchStarted(fetches ? performance.now() : null);
  };
  return (
    <form action={action} className="stack">
      {state.message && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {state.fetched && !pending && (
        <p role="status" className="ok">
          Fetched {state.fetched.url} {describeFetch(state.fetched)}. Check the fields below, then import.
        </p>
      )}
      <label>
        Title
        <input name="title" maxLength={300} defaultValue={v.title} aria-describedby="title-hint title-error" />
        <span className="muted small" id="title-hint">
          Taken from the page when you import HTML and leave it blank.
        </span>
        <FieldError errors={e.title} id="title-error" />
      </label>
      <div className="grid-2">
        <label>
          Outlet
          <input name="outlet" defaultValue={v.outlet} />
        </label>
        <label>
          Author
          <input name="author" defaultValue={v.author} />
        </label>
        <label>
          URL
          <input name="url" type="url" defaultValue={v.url} aria-describedby="url-hint url-error" />
          <span className="muted small" id="url-hint">
            Leave the text empty to import the page at this URL, or fetch it first to check it.
          </span>
          <FieldError errors={e.url} id="url-error" />
        </label>
        <label>
          Publication date
          <input name="publicationDate" type="date" defaultValue={v.publicationDate} aria-describedby="date-error" />
          <FieldError errors={e.publicationDate} id="date-error" />
        </label>
      </div>
      <p>
        <button type="submit" name="intent" value="fetch" className="secondary" disabled={pending} onClick={(event) => startFetchClock(event.currentTarget.form, true)}>
          Fetch page from URL
        </button>
      </p>
      <ArticleTextFields label="Article text" rows={14} defaultText={v.text} errors={e} />
      {pending && <FetchProgress since={fetchStarted} label="Fetching the page…" />}
      <button type="submit" name="intent" value="import" disabled={pending} onClick={(event) => startFetchClock(event.currentTarget.form, false)}>
        {pending ? 'Importing…' : 'Import and extract claims'}
      </button>
    </form>
  );
}
