// The reader page's only script, sent to the browser as this function's source text
// (reader-page.server.ts): it may use nothing from outside its own body, not even an import.
//
// Progressive enhancement of the claim links. Without JavaScript each claim links to its footnote;
// with it, the same link opens a popover showing a copy of that footnote. A modal <dialog> gives us,
// from the browser itself, focus moved inside, Tab kept inside, Escape to close and the rest of the
// page inert for screen readers; focus goes back to the claim on close.
export function enhanceReaderPage(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.claim-popover');
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!dialog || !canonical) return;
  const title = dialog.querySelector('#claim-popover-title')!;
  const body = dialog.querySelector('.popover-claim')!;
  const copyStatus = dialog.querySelector('[role="status"]')!;
  const fallback = dialog.querySelector<HTMLLabelElement>('.popover-copy-fallback')!;
  const fallbackInput = fallback.querySelector('input')!;
  let trigger: HTMLElement | null = null;
  let link = '';

  for (const a of document.querySelectorAll('a[data-claim]')) a.setAttribute('aria-haspopup', 'dialog');

  function open(anchor: HTMLAnchorElement): boolean {
    const position = anchor.dataset.claim;
    const note = document.getElementById(`note-${position}`);
    const heading = note?.querySelector('h3');
    if (!note || !heading) return false;
    trigger = anchor;
    link = `${canonical!.href}#claim-${position}`;
    title.replaceChildren(...Array.from(heading.childNodes, (n) => n.cloneNode(true)));
    body.replaceChildren(...Array.from(note.querySelectorAll(':scope > blockquote, :scope > .claim-details'), (n) => n.cloneNode(true)));
    copyStatus.textContent = '';
    fallback.hidden = true;
    if (!dialog!.open) dialog!.showModal();
    placeNear(anchor);
    return true;
  }

  /** On wide screens, next to the claim; on narrow ones the stylesheet makes it a bottom sheet. */
  function placeNear(anchor: HTMLElement): void {
    const rects = anchor.getClientRects();
    if (!window.matchMedia('(min-width: 48rem)').matches || rects.length === 0) {
      dialog!.style.removeProperty('top');
      dialog!.style.removeProperty('left');
      dialog!.classList.remove('anchored');
      return;
    }
    dialog!.classList.add('anchored');
    const rect = rects[rects.length - 1];
    const gap = 8;
    let top = rect.bottom + gap;
    if (top + dialog!.offsetHeight > window.innerHeight - gap) top = Math.max(gap, rect.top - dialog!.offsetHeight - gap);
    const left = Math.min(Math.max(gap, rect.left), window.innerWidth - dialog!.offsetWidth - gap);
    dialog!.style.top = `${top}px`;
    dialog!.style.left = `${left}px`;
  }

  /** Clipboard API first; the old execCommand path for browsers or contexts without it (plain http). */
  async function copyLink(): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(link);
      return true;
    } catch {
      // Inside the dialog: while it is modal, the rest of the page is inert and cannot hold a selection.
      const area = document.createElement('textarea');
      area.value = link;
      area.readOnly = true;
      area.style.position = 'fixed';
      area.style.opacity = '0';
      dialog!.appendChild(area);
      area.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      area.remove();
      return copied;
    }
  }

  document.addEventListener('click', (event) => {
    // Modified clicks keep the link's own behaviour (open the footnote in a new tab, ...).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.target instanceof Element ? event.target.closest('a[data-claim]') : null;
    if (anchor instanceof HTMLAnchorElement && open(anchor)) event.preventDefault();
  });
  // The dialog element itself is only hit outside the inner box: a click on the backdrop closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('close', () => trigger?.focus());
  dialog.querySelector('.popover-close')!.addEventListener('click', () => dialog.close());
  dialog.querySelector('.popover-copy')!.addEventListener('click', async () => {
    const copied = await copyLink();
    copyStatus.textContent = copied ? 'Link copied.' : '';
    fallbackInput.value = link;
    fallback.hidden = copied;
  });
  fallbackInput.addEventListener('focus', () => fallbackInput.select());

  // A deep link (#claim-n) is highlighted by CSS :target; focusing it lets a keyboard user open it at once.
  const deepLinked = /^#claim-\d+$/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
  deepLinked?.focus({ preventScroll: true });
}
