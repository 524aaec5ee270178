'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/vocabulary';
import type { ClaimView } from '@/lib/articles/article-view.server';
import { segmentArticle } from '@/lib/articles/text-runs';
import type { HistoryPage } from '@/lib/claims/get-claim-history.server';
import type { PrivateNote } from '@/lib/claims/private-notes.server';
import { STATUS_LABELS } from '@/lib/claims/labels';
import { addClaimAction, reviewClaimAction, setSpanAction, splitClaimAction, type ActionResult } from './actions';
import { SourceTypeSelect, StatusSelect } from '@/app/desk/_components/vocabulary-selects';
import { ClaimPanel } from './claim-panel';
import { SourcesSection } from './sources-section';
import type { WorkspaceArticle, WorkspaceClaim } from './workspace-data';

export interface WorkspaceProps {
  article: WorkspaceArticle;
  /** The selected claim, with all its details. */
  selected: ClaimView | null;
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

function matches(c: WorkspaceClaim, f: Filters, me: number): boolean {
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

/** Claims the list shows at a time: a 14,000-claim article must not put 14,000 list items on the page. */
export const CLAIM_LIST_PAGE = 100;

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

export function Workspace({ article, selected, history, privateNotes, users, me }: WorkspaceProps) {
  const selectedId = selected?.id ?? null;
  const router = useRouter();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const [textSelection, setTextSelection] = useState<{ start: number; end: number; top: number; left: number } | null>(null);
  // Notes typed but not saved yet, per claim: kept while the fact-checker looks at other claims, saved with the next status change.
  const [noteDrafts, setNoteDrafts] = useState<Record<number, string>>({});
  const textPane = useRef<HTMLElement>(null);
  const textWrap = useRef<HTMLDivElement>(null);
  const claimList = useRef<HTMLOListElement>(null);
  const helpDialog = useRef<HTMLDialogElement>(null);

  const live = useMemo(() => article.claims.filter((c) => !c.orphaned && !c.dismissed), [article.claims]);
  const visible = useMemo(() => article.claims.filter((c) => matches(c, filters, me.id)), [article.claims, filters, me.id]);
  const visibleIds = useMemo(() => new Set(visible.map((c) => c.id)), [visible]);
  const claimById = useMemo(() => new Map(article.claims.map((c) => [c.id, c])), [article.claims]);
  const reviewed = live.filter((c) => c.status !== 'unreviewed' && c.status !== 'in_progress').length;

  const select = useCallback((id: number) => router.replace(`?claim=${id}`, { scroll: false }), [router]);

  const act = useCallback(
    (run: () => Promise<ActionResult>, onSaved?: () => void) =>
      startTransition(async () => {
        const outcome = await run();
        setResult(outcome);
        if (outcome.ok) onSaved?.();
        if (outcome.ok && outcome.claimId) select(outcome.claimId);
      }),
    [select],
  );

  const setNoteDraft = useCallback((claimId: number, note: string | null) => {
    setNoteDrafts((drafts) => {
      const { [claimId]: _dropped, ...rest } = drafts;
      return note === null ? rest : { ...rest, [claimId]: note };
    });
  }, []);

  /** Saves a status and/or the claim's unsaved note together; the note draft is dropped only once saved. */
  const saveReview = useCallback(
    (claim: ClaimView, input: { status?: ClaimStatus; note?: string }) => {
      const draft = noteDrafts[claim.id];
      const note = input.note ?? draft;
      const noteChanged = note !== undefined && note !== claim.note;
      // "Save review" with nothing new (the status saved itself when picked) has nothing to send.
      if (input.status === undefined && !noteChanged) return;
      act(
        () => reviewClaimAction(article.id, claim.id, { ...(input.status ? { status: input.status } : {}), ...(noteChanged ? { note } : {}), version: claim.version }),
        () => setNoteDraft(claim.id, null),
      );
    },
    [act, article.id, noteDrafts, setNoteDraft],
  );

  // Closing or reloading the tab would lose unsaved notes: the browser asks first.
  const unsaved = Object.keys(noteDrafts).length > 0;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // The list shows one page of claims: the page holding the selected claim, unless the person turned pages.
  const selectedIndex = visible.findIndex((c) => c.id === selectedId);
  const [listPage, setListPage] = useState(() => Math.max(0, Math.floor(selectedIndex / CLAIM_LIST_PAGE)));
  const pageCount = Math.max(1, Math.ceil(visible.length / CLAIM_LIST_PAGE));
  const shownPage = Math.min(listPage, pageCount - 1);
  useEffect(() => {
    if (selectedIndex >= 0) setListPage(Math.floor(selectedIndex / CLAIM_LIST_PAGE));
  }, [selectedIndex]);
  const listed = visible.slice(shownPage * CLAIM_LIST_PAGE, (shownPage + 1) * CLAIM_LIST_PAGE);

  // Keep the selected claim in view: in the article text (the window scrolls), and in the claim
  // list, which scrolls on its own, so that the side panel itself stays where it is (with the
  // selected claim's status, note and sources at the top) instead of scrolling to the list.
  useEffect(() => {
    if (selectedId === null) return;
    const mark = document.getElementById(`text-claim-${selectedId}`);
    if (mark) {
      const rect = mark.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy({ top: rect.top - window.innerHeight / 3 });
    }
    const list = claimList.current;
    const item = document.getElementById(`list-claim-${selectedId}`);
    if (list && item) {
      const top = item.offsetTop - list.offsetTop;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + item.offsetHeight - list.clientHeight;
    }
  }, [selectedId, shownPage]);

  // Text selected in the article pane can become a claim, a claim's new span, or a split point.
  // The toolbar floats just below the selection, over the text, so that the text never moves.
  useEffect(() => {
    const onSelectionChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || !textPane.current?.contains(selection.anchorNode)) return setTextSelection(null);
      const range = selection.getRangeAt(0);
      const start = bodyOffset(range.startContainer, range.startOffset);
      const end = bodyOffset(range.endContainer, range.endOffset);
      if (start === null || end === null) return setTextSelection(null);
      const rects = range.getClientRects();
      const last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
      const wrap = textWrap.current!.getBoundingClientRect();
      setTextSelection({ start: Math.min(start, end), end: Math.max(start, end), top: last.bottom - wrap.top + 6, left: Math.max(0, Math.min(last.left - wrap.left, wrap.width - 320)) });
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
        saveReview(selected, { status: CLAIM_STATUSES[Number(event.key) - 1] });
      } else if (event.key === 'n') {
        // Focus the note with the caret at its end, to go on writing.
        const note = document.getElementById('claim-note');
        if (note instanceof HTMLTextAreaElement) {
          note.focus();
          note.setSelectionRange(note.value.length, note.value.length);
        }
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
  }, [visible, selectedId, selected, select, saveReview]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const caretInSelected = textSelection && selected && !selected.dismissed && textSelection.start === textSelection.end && textSelection.start > selected.start && textSelection.start < selected.end;
  const hasRange = textSelection !== null && textSelection.end > textSelection.start;

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
        <div className="text-wrap" ref={textWrap}>
          {textSelection && (hasRange || caretInSelected) && (
            <div
              className="toolbar floating"
              role="toolbar"
              aria-label="Selection"
              style={{ top: textSelection.top, left: textSelection.left }}
              // Pressing a button must not take the selection away before the click acts on it.
              onMouseDown={(e) => e.preventDefault()}
            >
              {hasRange ? (
                <>
                  <span className="muted small">“{article.body.slice(textSelection.start, textSelection.end).slice(0, 60)}”</span>
                  <button type="button" disabled={pending} onClick={() => act(() => addClaimAction(article.id, { start: textSelection.start, end: textSelection.end }))}>
                    Add as claim
                  </button>
                  {selected && !selected.dismissed && (
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => act(() => setSpanAction(article.id, selected.id, { start: textSelection.start, end: textSelection.end, version: selected.version }))}
                    >
                      Make this claim {selected.position}&apos;s text
                    </button>
                  )}
                </>
              ) : (
                selected && (
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => act(() => splitClaimAction(article.id, selected.id, { at: textSelection.start, version: selected.version }))}
                  >
                    Split claim {selected.position} here
                  </button>
                )
              )}
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
                    // A highlight, not a link: a click places the caret (to split there) and a drag
                    // selects text, as anywhere else; the click also selects the claim. Its words are
                    // read as part of their sentence; keyboard users reach claims through the list (or j/k).
                    return (
                      <mark
                        key={s.start}
                        id={`text-claim-${claim.id}`}
                        data-offset={s.start}
                        className={`claim status-${claim.status}${isSelected ? ' selected' : ''}${visibleIds.has(claim.id) ? '' : ' filtered-out'}`}
                        title={`Claim ${claim.position}, ${STATUS_LABELS[claim.status].label}`}
                        onClick={() => {
                          // A click that ends a text selection is for the selection toolbar, not for choosing a claim.
                          if (document.getSelection()?.isCollapsed && !isSelected) select(claim.id);
                        }}
                      >
                        {s.text}
                      </mark>
                    );
                  })}
                </Tag>
              );
            })}
          </section>
        </div>

        <aside className="claim-side">
          {selected && (
            <ClaimPanel
              key={`${selected.id}-${selected.version}`}
              article={article}
              claim={selected}
              history={history}
              privateNotes={privateNotes}
              users={users}
              me={me}
              act={act}
              pending={pending}
              noteDraft={noteDrafts[selected.id]}
              onNoteDraft={(note) => setNoteDraft(selected.id, note === selected.note ? null : note)}
              saveReview={(input) => saveReview(selected, input)}
            />
          )}
          <section aria-label="Claims">
            <h2>
              Claims ({visible.length}
              {visible.length !== live.length ? ` of ${live.length}` : ''})
            </h2>
            {pageCount > 1 && (
              <nav className="row small" aria-label="Claim list pages">
                <button type="button" className="link-button" disabled={shownPage === 0} onClick={() => setListPage(shownPage - 1)}>
                  Previous {CLAIM_LIST_PAGE}
                </button>
                <span>
                  Claims {shownPage * CLAIM_LIST_PAGE + 1}–{shownPage * CLAIM_LIST_PAGE + listed.length} of {visible.length}
                </span>
                <button type="button" className="link-button" disabled={shownPage >= pageCount - 1} onClick={() => setListPage(shownPage + 1)}>
                  Next {CLAIM_LIST_PAGE}
                </button>
              </nav>
            )}
            <ol className="claim-list" ref={claimList}>
              {listed.map((c) => (
                <li key={c.id} id={`list-claim-${c.id}`} className={c.id === selectedId ? 'selected' : undefined}>
                  <Link href={`?claim=${c.id}`} replace scroll={false} aria-current={c.id === selectedId ? 'true' : undefined}>
                    {/* The claim's own number, the one the panel, report and reader use: not the list's count. */}
                    <span className="claim-number">{c.position}.</span>{' '}
                    {noteDrafts[c.id] !== undefined && <span className="badge">Unsaved note</span>}{' '}
                    <span className={`badge status-${c.status}`}>
                      {STATUS_LABELS[c.status].symbol} {STATUS_LABELS[c.status].label}
                    </span>{' '}
                    {c.dismissed && <span className="badge">Dismissed</span>} {c.end - c.start > 120 ? `${article.body.slice(c.start, c.start + 117)}…` : article.body.slice(c.start, c.end)}
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
