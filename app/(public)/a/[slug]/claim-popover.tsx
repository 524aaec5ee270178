'use client';

// Progressive enhancement of the claim links in the article text. Without JavaScript each claim
// links to its footnote; with it, the same link opens this popover. A modal <dialog> gives us, from
// the browser itself, focus moved inside, Tab kept inside, Escape to close, and the rest of the page
// inert for screen readers; we return focus to the claim on close.
import { useEffect, useRef, useState } from 'react';
import type { ReaderClaim } from '@/lib/articles/reader-claim';
import { ClaimDetails, StatusLabel } from './claim-details';

type CopyState = 'idle' | 'copied' | 'failed';

export function ClaimPopover({ claims, pageUrl }: { claims: ReaderClaim[]; pageUrl: string }) {
  const [position, setPosition] = useState<number | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const claim = position === null ? undefined : claims.find((c) => c.position === position);
  const link = claim ? `${pageUrl}#claim-${claim.position}` : '';

  useEffect(() => {
    for (const a of document.querySelectorAll('a[data-claim]')) a.setAttribute('aria-haspopup', 'dialog');
    function onClick(event: MouseEvent) {
      // Modified clicks keep the link's own behaviour (open the footnote in a new tab, ...).
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target.closest('a[data-claim]') : null;
      if (!(target instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      triggerRef.current = target;
      setCopy('idle');
      setPosition(Number(target.dataset.claim));
    }
    document.addEventListener('click', onClick);
    // A deep link (#claim-n) is highlighted by CSS :target; focusing it lets a keyboard user open it at once.
    const deepLinked = /^#claim-\d+$/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
    deepLinked?.focus({ preventScroll: true });
    return () => document.removeEventListener('click', onClick);
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || position === null) return;
    if (!dialog.open) dialog.showModal();
    placeNear(dialog, triggerRef.current);
  }, [position]);

  async function share() {
    setCopy((await copyText(link, dialogRef.current!)) ? 'copied' : 'failed');
  }

  return (
    <dialog
      ref={dialogRef}
      className="claim-popover"
      aria-labelledby="claim-popover-title"
      onClose={() => {
        setPosition(null);
        triggerRef.current?.focus();
      }}
      // The dialog element itself is only hit outside the inner box: a click on the backdrop closes it.
      onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
    >
      {claim && (
        <div className="popover-body">
          <div className="row spread">
            <h2 id="claim-popover-title">
              Claim {claim.position}: <StatusLabel status={claim.status} />
            </h2>
            <button type="button" className="popover-close" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
          </div>
          <blockquote>{claim.text}</blockquote>
          <ClaimDetails claim={claim} />
          <div className="row">
            <button type="button" onClick={share}>
              Copy link to this claim
            </button>
            <p role="status" className="small">
              {copy === 'copied' ? 'Link copied.' : ''}
            </p>
          </div>
          {copy === 'failed' && (
            <label className="small">
              Copy this link:
              <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            </label>
          )}
        </div>
      )}
    </dialog>
  );
}

/** Clipboard API first; the old execCommand path for browsers or contexts without it (plain http). */
async function copyText(text: string, container: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Inside the dialog: while it is modal, the rest of the page is inert and cannot hold a selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    container.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** On wide screens, next to the claim; on narrow ones the stylesheet makes it a bottom sheet. */
function placeNear(dialog: HTMLDialogElement, trigger: HTMLElement | null) {
  const wide = window.matchMedia('(min-width: 48rem)').matches;
  const rects = trigger?.getClientRects();
  if (!wide || !rects?.length) {
    dialog.style.removeProperty('top');
    dialog.style.removeProperty('left');
    dialog.classList.remove('anchored');
    return;
  }
  dialog.classList.add('anchored');
  const rect = rects[rects.length - 1];
  const gap = 8;
  const { offsetWidth: width, offsetHeight: height } = dialog;
  let top = rect.bottom + gap;
  if (top + height > window.innerHeight - gap) top = Math.max(gap, rect.top - height - gap);
  const left = Math.min(Math.max(gap, rect.left), window.innerWidth - width - gap);
  dialog.style.top = `${top}px`;
  dialog.style.left = `${left}px`;
}
