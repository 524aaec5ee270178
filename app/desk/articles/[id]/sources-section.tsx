'use client';

import type { WorkspaceArticle } from './workspace-data';
import { SOURCE_TYPE_LABELS } from '@/lib/claims/labels';
import { mergeSourcesAction, type ActionResult } from './actions';

/** The article's sources, and merging two that are the same real-world source. */
export function SourcesSection({ article, act, pending }: { article: WorkspaceArticle; act: (run: () => Promise<ActionResult>) => void; pending: boolean }) {
  // A source no claim stands on any more (unlinked, corrected away, or only on dismissed claims) is not listed.
  const cited = article.sources.filter((s) => s.claimCount > 0);
  return (
    <section aria-label="Sources in this article" className="card">
      <h2>Sources in this article ({cited.length})</h2>
      <ul>
        {cited.map((s) => (
          <li key={s.id}>
            {s.name} <span className="tag">{SOURCE_TYPE_LABELS[s.type]}</span> <span className="muted small">{s.claimCount === 1 ? "1 claim" : `${s.claimCount} claims`}</span>
          </li>
        ))}
      </ul>
      {cited.length > 1 && (
        <form
          className="stack"
          aria-label="Merge sources"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            act(() => mergeSourcesAction(article.id, { keepId: Number(d.get('keepId')), mergeId: Number(d.get('mergeId')) }));
          }}
        >
          <div className="grid-2">
            <label>
              Keep
              <select name="keepId">
                {cited.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Merge into it
              <select name="mergeId" defaultValue={cited[1]?.id}>
                {cited.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="submit" disabled={pending}>
            Merge sources
          </button>
        </form>
      )}
    </section>
  );
}
