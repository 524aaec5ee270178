'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CLAIM_STATUSES, EVIDENCE_STANCES, SOURCE_TYPES, type ClaimStatus, type SourceType } from '@/lib/vocabulary';
import type { ClaimView } from '@/lib/articles/article-view.server';
import type { HistoryPage } from '@/lib/claims/get-claim-history.server';
import type { PrivateNote } from '@/lib/claims/private-notes.server';
import { SOURCE_TYPE_LABELS, STATUS_LABELS } from '@/lib/claims/labels';
import {
  addEvidenceAction,
  dismissClaimAction,
  editSourceAction,
  linkSourceAction,
  mergeClaimsAction,
  removeEvidenceAction,
  setAssigneeAction,
  undoAction,
  unlinkSourceAction,
  type ActionResult,
} from './actions';
import { PrivateNotes } from './private-notes';
import type { WorkspaceArticle } from './workspace-data';

interface Props {
  article: WorkspaceArticle;
  claim: ClaimView;
  history: HistoryPage;
  privateNotes: PrivateNote[];
  users: { id: number; name: string }[];
  me: { id: number; name: string };
  act: (run: () => Promise<ActionResult>, onSaved?: () => void) => void;
  pending: boolean;
  /** The note as typed but not saved yet (kept by the workspace across claims), or undefined. */
  noteDraft: string | undefined;
  onNoteDraft: (note: string) => void;
  /** Saves a status and/or a note, with any unsaved note. */
  saveReview: (input: { status?: ClaimStatus; note?: string }) => void;
}

function SourceTypeOptions() {
  return SOURCE_TYPES.map((t) => (
    <option key={t} value={t}>
      {SOURCE_TYPE_LABELS[t]}
    </option>
  ));
}

export function ClaimPanel({ article, claim, history, privateNotes, users, me, act, pending, noteDraft, onNoteDraft, saveReview }: Props) {
  const [newSource, setNewSource] = useState<string>('');
  const a = article.id;
  const live = article.claims.filter((c) => !c.dismissed && !c.orphaned);
  const next = live.find((c) => c.start >= claim.end);
  const undoBlocked =
    history.latestUserId === null
      ? 'There is no change to undo.'
      : history.latestUserId !== me.id
        ? 'Only the person who made the last change can undo it.'
        : history.undoRefusal;
  const note = noteDraft ?? claim.note;

  return (
    <section className="card claim-panel" aria-label={`Claim ${claim.position}`}>
      <h2>
        Claim {claim.position}
        {claim.origin === 'manual' && <span className="tag"> added by hand</span>}
        {claim.dismissed && <span className="tag"> dismissed</span>}
      </h2>
      <blockquote>{claim.text}</blockquote>
      <p className="muted small">
        {STATUS_LABELS[claim.status].symbol} {STATUS_LABELS[claim.status].label} · check-worthiness {claim.checkworthiness.toFixed(2)}
        {claim.duplicateOfPosition !== null && <> · repeats claim {claim.duplicateOfPosition}</>} · version {claim.version}
      </p>
      {claim.explanation && <p className="muted small">Why this is a claim: {claim.explanation}</p>}

      <form
        className="stack"
        aria-label="Review"
        onSubmit={(e) => {
          e.preventDefault();
          saveReview({ note });
        }}
      >
        {/* A status is saved as soon as it is picked, like the number keys, together with any unsaved note. */}
        <label>
          Status
          <select name="status" value={claim.status} disabled={pending} onChange={(e) => {
              const status = CLAIM_STATUSES.find((c) => c === e.target.value);
              if (status) saveReview({ status });
            }}>
            {CLAIM_STATUSES.map((s, i) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s].symbol} {STATUS_LABELS[s].label} ({i + 1})
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <label>
            Public explanation
            <textarea
              id="claim-note"
              name="note"
              rows={3}
              value={note}
              onChange={(e) => onNoteDraft(e.target.value)}
              maxLength={10_000}
              aria-describedby={noteDraft !== undefined ? 'claim-note-hint claim-note-unsaved' : 'claim-note-hint'}
            />
          </label>
          <span className="muted small" id="claim-note-hint">
            Published word for word on the reader page and in the exports. Team-only remarks go in the private notes.
          </span>
          {noteDraft !== undefined && (
            <span className="muted small" id="claim-note-unsaved">
              Not saved yet: kept while you look at other claims, and saved with the next status you set.
            </span>
          )}
        </div>
        <button type="submit" disabled={pending}>
          Save review
        </button>
      </form>

      <PrivateNotes articleId={a} claimId={claim.id} notes={privateNotes} />

      <label>
        Assignee
        <select
          value={claim.assigneeId ?? ''}
          disabled={pending}
          onChange={(e) => act(() => setAssigneeAction(a, claim.id, { assigneeId: e.target.value ? Number(e.target.value) : null, version: claim.version }))}
        >
          <option value="">Unassigned</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.id === me.id ? ' (me)' : ''}
            </option>
          ))}
        </select>
      </label>

      <h3>Sources</h3>
      {claim.sources.length === 0 ? (
        <p>
          <strong>No source</strong>: the author&apos;s own voice.
          {claim.vagueAttribution && <> Vague attribution: “{claim.vagueAttribution}”.</>}
        </p>
      ) : (
        <ul className="sources">
          {claim.sources.map((s) => (
            <li key={s.sourceId}>
              <strong>{s.name}</strong> <span className={`tag type-${s.type}`}>{SOURCE_TYPE_LABELS[s.type]}</span>
              <dl className="facts">
                <dt>Cue</dt>
                <dd>{s.cue ?? '—'}</dd>
                <dt>Via</dt>
                <dd>{s.via ? `${s.via.name} (${SOURCE_TYPE_LABELS[s.via.type]})` : '—'}</dd>
                <dt>Mention</dt>
                <dd>{s.mention ? `“${s.mention.text}”` : '—'}</dd>
                <dt>Why</dt>
                <dd>{s.explanation || s.rule}</dd>
              </dl>
              <div className="row">
                <label className="inline">
                  Type of {s.name}
                  <select value={s.type} disabled={pending} onChange={(e) => act(() => editSourceAction(a, s.sourceId, { type: e.target.value }))}>
                    <SourceTypeOptions />
                  </select>
                </label>
                <button type="button" className="secondary" disabled={pending} onClick={() => act(() => unlinkSourceAction(a, claim.id, { sourceId: s.sourceId, version: claim.version }))}>
                  Remove {s.name}
                </button>
              </div>
              <details>
                <summary>Correct {s.name}</summary>
                {/* In place: every claim of this article attributed to it follows, and the registry entry with it. */}
                <form
                  className="stack"
                  aria-label={`Correct ${s.name}`}
                  onSubmit={(e) => {
                    e.preventDefault();
                    const d = new FormData(e.currentTarget);
                    act(() => editSourceAction(a, s.sourceId, { name: d.get('name'), type: d.get('type') }));
                  }}
                >
                  <div className="field">
                    <label>
                      Name
                      <input name="name" required maxLength={200} defaultValue={s.name} aria-describedby={`rename-hint-${s.sourceId}`} />
                    </label>
                    <span className="muted small" id={`rename-hint-${s.sourceId}`}>
                      Give the exact name of a source in the registry to make it that source.
                    </span>
                  </div>
                  <label>
                    Type
                    <select name="type" defaultValue={s.type}>
                      <SourceTypeOptions />
                    </select>
                  </label>
                  <button type="submit" disabled={pending}>
                    Save correction
                  </button>
                </form>
              </details>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Link a source</summary>
        <form
          className="stack"
          aria-label="Link a source"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const existing = String(d.get('existing') ?? '');
            const viaName = String(d.get('viaName') ?? '').trim();
            act(() =>
              linkSourceAction(a, claim.id, {
                source: existing ? { id: Number(existing) } : { name: d.get('name'), type: d.get('type') },
                via: viaName ? { name: viaName, type: d.get('viaType') } : null,
                cue: String(d.get('cue') ?? '').trim() || null,
                version: claim.version,
              }),
            );
          }}
        >
          <label>
            Source
            <select name="existing" value={newSource} onChange={(e) => setNewSource(e.target.value)}>
              <option value="">A new source…</option>
              {article.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({SOURCE_TYPE_LABELS[s.type]})
                </option>
              ))}
            </select>
          </label>
          {newSource === '' && (
            <div className="grid-2">
              <label>
                New source name
                <input name="name" required />
              </label>
              <label>
                New source type
                <select name="type" defaultValue={'person' satisfies SourceType}>
                  <SourceTypeOptions />
                </select>
              </label>
            </div>
          )}
          <div className="grid-2">
            <div className="field">
              <label>
                Via
                <input name="viaName" aria-describedby="via-hint" />
              </label>
              <span className="muted small" id="via-hint">
                The outlet that relayed it, if any.
              </span>
            </div>
            <label>
              Via type
              <select name="viaType" defaultValue="media">
                <SourceTypeOptions />
              </select>
            </label>
          </div>
          <label>
            Cue
            <input name="cue" placeholder="said, according to…" />
          </label>
          <button type="submit" disabled={pending}>
            Link source
          </button>
        </form>
      </details>

      <h3>Evidence</h3>
      {claim.evidence.length === 0 ? (
        <p className="muted">No evidence yet.</p>
      ) : (
        <ul className="evidence">
          {claim.evidence.map((e) => (
            <li key={e.id}>
              <span className={`tag stance-${e.stance}`}>{e.stance}</span>{' '}
              <a href={e.url} target="_blank" rel="noopener noreferrer nofollow">
                {e.title}
              </a>{' '}
              <button type="button" className="link-button" disabled={pending} onClick={() => act(() => removeEvidenceAction(a, claim.id, { evidenceId: e.id, version: claim.version }))}>
                Remove evidence “{e.title}”
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="stack"
        aria-label="Add evidence"
        onSubmit={(e) => {
          e.preventDefault();
          const d = new FormData(e.currentTarget);
          act(() => addEvidenceAction(a, claim.id, { url: d.get('url'), title: d.get('title'), stance: d.get('stance'), version: claim.version }));
        }}
      >
        <div className="grid-2">
          <label>
            Evidence URL
            <input name="url" type="url" required placeholder="https://" />
          </label>
          <label>
            Evidence title
            <input name="title" required maxLength={300} />
          </label>
        </div>
        <label>
          Stance
          <select name="stance" defaultValue="supports">
            {EVIDENCE_STANCES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending}>
          Add evidence
        </button>
      </form>

      <h3>Correct the claim</h3>
      <p className="muted small">Select text in the article to add a missed claim or to change this claim&apos;s span; click inside it to split it.</p>
      <div className="row">
        {next && (
          <button type="button" className="secondary" disabled={pending} onClick={() => act(() => mergeClaimsAction(a, claim.id, { nextClaimId: next.id, version: claim.version, nextVersion: next.version }))}>
            Merge with next claim
          </button>
        )}
        <button type="button" className="secondary" disabled={pending} onClick={() => act(() => dismissClaimAction(a, claim.id, { dismissed: !claim.dismissed, version: claim.version }))}>
          {claim.dismissed ? 'Restore claim' : 'Dismiss claim'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending || undoBlocked !== null}
          aria-describedby={undoBlocked ? 'undo-blocked' : undefined}
          onClick={() => act(() => undoAction(a, claim.id, { version: claim.version }))}
        >
          Undo my last change
        </button>
      </div>
      {undoBlocked && history.latestUserId !== null && (
        <p className="muted small" id="undo-blocked">
          {undoBlocked}
        </p>
      )}

      <h3>History</h3>
      {history.entries.length === 0 ? (
        <p className="muted">No changes yet.</p>
      ) : (
        <ol className="history">
          {history.entries.map((h) => (
            <li key={h.id}>
              <time dateTime={h.at}>{h.at.replace('T', ' ').slice(0, 16)}</time> {h.user}: {h.summary}
            </li>
          ))}
        </ol>
      )}
      {(history.before !== null || history.older !== null) && (
        <nav className="row" aria-label="History pages">
          {history.before !== null && (
            <Link href={`?claim=${claim.id}`} replace scroll={false}>
              Newest changes
            </Link>
          )}
          {history.older !== null && (
            <Link href={`?claim=${claim.id}&historyBefore=${history.older}`} replace scroll={false}>
              Older changes
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
