'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/vocabulary';
import type { ArticleView, ClaimView } from '@/lib/articles/article-view';
import { segmentArticle } from '@/lib/articles/text-runs';
import type { HistoryPage } from '@/lib/claims/get-claim-history';
import type { PrivateNote } from '@/lib/claims/private-notes';
import { STATUS_LABELS } from '@/lib/claims/labels';
import { addClaimAction, reviewClaimAction, setSpanAction, splitClaimAction, type ActionResult } from './actions';
import { SourceTypeSelect, StatusSelect } from '@/app/desk/_components/vocabulary-selects';
import { ClaimPanel } from './claim-panel';
import { SourcesSection } from './sources-section';

export interface WorkspaceProps {
  article: ArticleView;
  selectedId: number | null;
  history: HistoryPage;
  /** The selected claim's private notes. */
  privateNotes: PrivateNote[];
  users: { id: number; name: string }[];
  me: { id: number; name: string };
}

interface Filters {
  status: ClaimStatus | '';
  sourceType: string;
  anonymousOnly: boolean;
  unattributedOnly: boolean;
  checkworthyOnly: boolean;
  mine: boolean;
  showDismissed: boolean;
}

const NO_FILTERS: Filters = { status: '', sourceType: '', anonymousOnly: false, unattributedOnly: false, checkworthyOnly: false, mine: false, showDismissed: false };

function matches(c: ClaimView, f: Filters, me: number): boolean {
  if (c.orphaned) return false;
  if (c.dismissed && !f.showDismissed) return false;
  if (f.status && c.status !== f.status) return false;
  if (f.sourceType === 'unattributed' ? c.sources.length > 0 : f.sourceType && !c.sources.some((s) => s.type === f.sourceType)) return false;
  if (f.anonymousOnly && !(c.sources.length > 0 && c.sources.every((s) => s.type === 'anonymous'))) return false;
  if (f.unattributedOnly && c.sources.length > 0) return false;
  if (f.checkworthyOnly && !c.checkworthy) return false;
  if (f.mine && c.assigneeId !== me) return false;
  return true;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The body offset of a DOM point inside the article pane, from the `data-offset` of its segment. */
function bodyOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = element?.closest<HTMLElement>('[data-offset]');
  if (!segment) return null;
  const base = Number(segment.dataset.offset);
  return node.nodeType === Node.TEXT_NODE ? base + offset : base + (offset > 0 ? (segment.textContent ?? '').length : 0);
}

export function Workspace({ article, selectedId, history, privateNotes, users, me }: WorkspaceProps) {
  const router = useRouter();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const [textSelection, setTextSelection] = useState<{ start: number; end: number } | null>(null);
  const textPane = useRef<HTMLElement>(null);
  const helpDialog = useRef<HTMLDialogElement>(null);

  const live = useMemo(() => article.claims.filter((c) => !c.orphaned && !c.dismissed), [article.claims]);
  const visible = useMemo(() => article.claims.filter((c) => matches(c, filters, me.id)), [article.claims, filters, me.id]);
  const visibleIds = useMemo(() => new Set(visible.map((c) => c.id)), [visible]);
  const selected = article.claims.find((c) => c.id === selectedId) ?? null;
  const claimById = useMemo(() => new Map(article.claims.map((c) => [c.id, c])), [article.claims]);
  const reviewed = live.filter((c) => c.status !== 'unreviewed' && c.status !== 'in_progress').length;

  const select = useCallback((id: number) => router.replace(`?claim=${id}`, { scroll: false }), [router]);

  const act = useCallback(
    (run: () => Promise<ActionResult>) =>
      startTransition(async () => {
        const outcome = await run();
        setResult(outcome);
        if (outcome.ok && outcome.claimId) select(outcome.claimId);
      }),
    [select],
  );

  // Keep the selected claim in view in both panes.
  useEffect(() => {
    if (selectedId === null) return;
    for (const id of [`text-claim-${selectedId}`, `list-claim-${selectedId}`]) document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  // Text selected in the article pane can become a claim, a claim's new span, or a split point.
  useEffect(() => {
    const onSelectionChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || !textPane.current?.contains(selection.anchorNode)) return setTextSelection(null);
      const range = selection.getRangeAt(0);
      const start = bodyOffset(range.startContainer, range.startOffset);
      const end = bodyOffset(range.endContainer, range.endOffset);
      setTextSelection(start === null || end === null ? null : { start: Math.min(start, end), end: Math.max(start, end) });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const index = visible.findIndex((c) => c.id === selectedId);
      if (event.key === 'j' || event.key === 'k') {
        const next = visible[event.key === 'j' ? Math.min(visible.length - 1, index + 1) : Math.max(0, index - 1)];
        if (next) select(next.id);
      } else if (/^[1-8]$/.test(event.key) && selected) {
        const status = CLAIM_STATUSES[Number(event.key) - 1];
        act(() => reviewClaimAction(article.id, selected.id, { status, version: selected.version }));
      } else if (event.key === 'n') {
        document.getElementById('claim-note')?.focus();
      } else if (event.key === '?') {
        if (helpDialog.current?.open) helpDialog.current.close();
        else helpDialog.current?.showModal();
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [visible, selectedId, selected, select, act, article.id]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const caretInSelected = textSelection && selected && textSelection.start === textSelection.end && textSelection.start > selected.start && textSelection.start < selected.end;

  return (
    <>
      <div className="row">
        <label className="progress-label">
          Reviewed {reviewed} of {live.length}
          <progress value={reviewed} max={Math.max(1, live.length)} />
        </label>
        <button type="button" className="link-button" onClick={() => helpDialog.current?.showModal()}>
          Keyboard shortcuts (?)
        </button>
      </div>

      <fieldset className="filters">
        <legend>Filter claims</legend>
        <label>
          Status
          <StatusSelect anyLabel="All statuses" value={filters.status} onChange={(e) => setFilter('status', e.target.value as Filters['status'])} />
        </label>
        <label>
          Source type
          <SourceTypeSelect anyLabel="All source types" unattributed value={filters.sourceType} onChange={(e) => setFilter('sourceType', e.target.value)} />
        </label>
        {(
          [
            ['anonymousOnly', 'Anonymous only'],
            ['unattributedOnly', 'Unattributed only'],
            ['checkworthyOnly', 'Check-worthy only'],
            ['mine', 'Assigned to me'],
            ['showDismissed', 'Show dismissed'],
          ] as const
        ).map(([key, label]) => (
          <label key={key} className="check">
            <input type="checkbox" checked={filters[key]} onChange={(e) => setFilter(key, e.target.checked)} /> {label}
          </label>
        ))}
      </fieldset>

      <p role="status" aria-live="polite" className={result ? (result.ok ? 'ok' : 'error') : 'sr-only'}>
        {pending ? 'Saving…' : (result?.message ?? '')}
      </p>
      {result && !result.ok && result.current && (
        <p className="conflict">
          Current state: <strong>{STATUS_LABELS[result.current.status].label}</strong>, version {result.current.version}
          {result.current.note ? <> — public explanation: “{result.current.note}”</> : null}
        </p>
      )}

      <div className="workspace-grid">
        <div className="stack">
          {textSelection && (
            <div className="toolbar" role="toolbar" aria-label="Selection">
              {textSelection.end > textSelection.start ? (
                <>
                  <span className="muted small">“{article.body.slice(textSelection.start, textSelection.end).slice(0, 60)}”</span>
                  <button type="button" disabled={pending} onClick={() => act(() => addClaimAction(article.id, textSelection))}>
                    Add as claim
                  </button>
                  {selected && (
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => act(() => setSpanAction(article.id, selected.id, { ...textSelection, version: selected.version }))}
                    >
                      Make this claim {selected.position}&apos;s text
                    </button>
                  )}
                </>
              ) : caretInSelected ? (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => act(() => splitClaimAction(article.id, selected.id, { at: textSelection.start, version: selected.version }))}
                >
                  Split claim {selected.position} here
                </button>
              ) : null}
            </div>
          )}
          <section aria-label="Article text" className="article-text" ref={textPane}>
            {segmentArticle(article.body, article.blocks, live.concat(filters.showDismissed ? article.claims.filter((c) => c.dismissed) : [])).map((block, i) => {
              const Tag = block.kind === 'heading' ? 'h2' : 'p';
              return (
                <Tag key={i} className={`block block-${block.kind}`}>
                  {block.segments.map((s) => {
                    const claim = s.claimId === null ? undefined : claimById.get(s.claimId);
                    if (!claim) {
                      return (
                        <span key={s.start} data-offset={s.start}>
                          {s.text}
                        </span>
                      );
                    }
                    const isSelected = claim.id === selectedId;
                    return (
                      <Link
                        key={s.start}
                        id={`text-claim-${claim.id}`}
                        data-offset={s.start}
                        href={`?claim=${claim.id}`}
                        replace
                        scroll={false}
                        className={`claim status-${claim.status}${isSelected ? ' selected' : ''}${visibleIds.has(claim.id) ? '' : ' filtered-out'}`}
                        aria-current={isSelected ? 'true' : undefined}
                        aria-label={`Claim ${claim.position}, ${STATUS_LABELS[claim.status].label}`}
                        onClick={(e) => {
                          // A click that ends a text selection is for the selection toolbar, not navigation.
                          if (!document.getSelection()?.isCollapsed) e.preventDefault();
                        }}
                      >
                        {s.text}
                      </Link>
                    );
                  })}
                </Tag>
              );
            })}
          </section>
        </div>

        <aside className="claim-side">
          {selected && <ClaimPanel key={`${selected.id}-${selected.version}`} article={article} claim={selected} history={history} privateNotes={privateNotes} users={users} me={me} act={act} pending={pending} />}
          <section aria-label="Claims">
            <h2>
              Claims ({visible.length}
              {visible.length !== live.length ? ` of ${live.length}` : ''})
            </h2>
            <ol className="claim-list">
              {visible.map((c) => (
                <li key={c.id} id={`list-claim-${c.id}`} className={c.id === selectedId ? 'selected' : undefined}>
                  <Link href={`?claim=${c.id}`} replace scroll={false} aria-current={c.id === selectedId ? 'true' : undefined}>
                    <span className={`badge status-${c.status}`}>
                      {STATUS_LABELS[c.status].symbol} {STATUS_LABELS[c.status].label}
                    </span>{' '}
                    {c.dismissed && <span className="badge">Dismissed</span>} {c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text}
                    <span className="muted small"> — {c.sources.length ? c.sources.map((s) => s.name).join(', ') : 'no source'}</span>
                  </Link>
                </li>
              ))}
            </ol>
          </section>
          <SourcesSection article={article} act={act} pending={pending} />
        </aside>
      </div>

      <dialog ref={helpDialog} aria-labelledby="shortcuts-title" className="card">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl className="facts">
          <dt>
            <kbd>j</kbd> / <kbd>k</kbd>
          </dt>
          <dd>Next / previous claim</dd>
          {CLAIM_STATUSES.map((s, i) => (
            <div key={s} className="contents">
              <dt>
                <kbd>{i + 1}</kbd>
              </dt>
              <dd>Set status: {STATUS_LABELS[s].label}</dd>
            </div>
          ))}
          <dt>
            <kbd>n</kbd>
          </dt>
          <dd>Write the public explanation</dd>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>Show or hide this help</dd>
        </dl>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
