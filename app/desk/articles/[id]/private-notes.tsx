'use client';

import { useId, useState, useTransition } from 'react';
import type { PrivateNote } from '@/lib/claims/private-notes.server';
import { addPrivateNoteAction, type ActionResult } from './actions';

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/**
 * The team's private notes on a claim: listed with author and time, added one at a time. What is
 * typed stays in the box until the server has stored it, so a refused or failed save loses nothing.
 */
export function PrivateNotes({ articleId, claimId, notes }: { articleId: number; claimId: number; notes: PrivateNote[] }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  return (
    <section className="private-notes" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Private notes</h3>
      <p className="muted small" id={`${id}-hint`}>
        Team only: never shown to readers or exported.
      </p>
      {notes.length === 0 ? (
        <p className="muted">No private notes yet.</p>
      ) : (
        <ol className="plain-list notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <p className="note-text">{n.text}</p>
              <p className="muted small">
                {n.author}, <time dateTime={n.at}>{TIME.format(new Date(n.at))} UTC</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <form
        className="stack"
        aria-label="Add a private note"
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const outcome = await addPrivateNoteAction(articleId, claimId, { text });
            setResult(outcome);
            if (outcome.ok) setText('');
          });
        }}
      >
        <label htmlFor={`${id}-text`}>Private note</label>
        <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={10_000} aria-describedby={`${id}-hint`} />
        <button type="submit" disabled={pending}>
          Add private note
        </button>
        {/* Only while there is something to say: the workspace's own status line is the page's main one. */}
        {(pending || result) && (
          <p role="status" className={pending || !result ? undefined : result.ok ? 'ok' : 'error'}>
            {pending ? 'Saving…' : result!.ok ? result!.message : [result!.message, ...(result!.fieldErrors?.text ?? [])].join(' ')}
          </p>
        )}
      </form>
    </section>
  );
}
