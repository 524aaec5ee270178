// The publisher embed, bundled by lib/embed/build-embed.ts into the script served at /embed.js:
//   <script src="https://DESK/embed.js" data-claimdesk="SLUG" async></script>
// It fetches the article's annotations, finds each claim in the host page's own text, marks it with
// its status (colour, symbol and word) and a button that opens a popover, and adds a summary box that
// links to the full reader page and lists any claim it could not find.
//
// Host-page rules: no cookies or storage (credentials: 'omit'); no inline <style> or style attributes
// in markup, so a strict host CSP (script-src DESK; connect-src DESK) holds: styles go through
// constructed stylesheets in shadow roots and CSSOM properties on the marks. The marks are custom
// elements, which no host rule for span or mark can reach.
import { matchQuote, normalise } from './anchor';

interface Annotation {
  position: number;
  readerUrl: string;
  status: string;
  statusLabel: string;
  statusSymbol: string;
  explanation: string;
  reviewedAt: string | null;
  sources: { description: string }[];
  noSourceDescription: string | null;
  evidence: { url: string; title: string; stance: string }[];
  target: { selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] };
}
interface Annotations {
  article: { title: string; readerUrl: string };
  summary: { description: string };
  claims: Annotation[];
}

const COLOURS: Record<string, string> = {
  unreviewed: '#fff6bf', in_progress: '#dbe8fb', true: '#d7f0dc', mostly_true: '#e6f3d0',
  misleading: '#fde9c8', unsupported: '#ece3f6', false: '#f8d3d0', opinion: '#e3e8ee',
};
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|BUTTON|svg|IFRAME|INS|ASIDE|FIGURE|NAV|AMP-AD|AMP-EMBED|AMP-IFRAME|CLAIMDESK-[A-Z-]+)$/;
const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|FIGURE|FIGCAPTION|TD|TH|DD|DT|BR|HR|PRE|TABLE|UL|OL|MAIN|NAV|FORM)$/;

const CSS = `:host{all:initial;font:15px/1.45 system-ui,sans-serif;color:#1d232b}
button{font:inherit;font-size:.8em;font-weight:600;border:1px solid rgba(0,0,0,.3);border-radius:4px;padding:0 .3em;margin-left:.2em;cursor:pointer;color:#1d232b;vertical-align:super;line-height:1.2}
button:focus-visible,a:focus-visible{outline:3px solid #1f5fbf;outline-offset:1px}
dialog{max-width:min(30rem,calc(100vw - 2rem));border:1px solid #d6dbe1;border-radius:8px;padding:1rem;color:#1d232b;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.25)}
dialog::backdrop{background:rgba(0,0,0,.2)}
h2{font-size:1.05em;margin:0 0 .5rem}.quote{border-left:3px solid #d6dbe1;margin:.4rem 0;padding-left:.6rem}
dl{margin:.4rem 0}dt{color:#5a6470;font-size:.9em}dd{margin:0 0 .4rem}ul{margin:0;padding-left:1.1rem}a{color:#1f5fbf}
.row{display:flex;justify-content:space-between;gap:.6rem;align-items:start}.close{vertical-align:baseline}
.box{display:block;border:1px solid #d6dbe1;border-radius:8px;padding:.8rem 1rem;margin:1rem 0;background:#fff}
.box h2{font-size:1em}.label{border-radius:4px;padding:0 .3em;font-weight:600;border:1px solid rgba(0,0,0,.2)}`;

export function runEmbed(): void {
  const script = (document.currentScript ?? document.querySelector('script[data-claimdesk]')) as HTMLScriptElement | null;
  const slug = script?.dataset.claimdesk;
  if (!script || !slug || !/^[a-z0-9-]+$/.test(slug)) return;
  const desk = new URL(script.src).origin;
  const loaded = fetch(`${desk}/a/${slug}/annotations.json`, { credentials: 'omit' }).then((r) => (r.ok ? (r.json() as Promise<Annotations>) : null));
  const ready = document.readyState === 'loading' ? new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true })) : Promise.resolve();
  Promise.all([loaded, ready]).then(([data]) => data && annotate(script, data), () => undefined);
}

function annotate(script: HTMLScriptElement, data: Annotations): void {
  const root = (script.dataset.claimdeskRoot && document.querySelector(script.dataset.claimdeskRoot)) || document.querySelector('article') || document.body;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  const popover = shadowHost('claimdesk-popover', sheet);
  const dialog = el('dialog', { 'aria-labelledby': 'cd-title' }) as HTMLDialogElement;
  popover.shadowRoot!.append(dialog);
  let trigger: HTMLElement | null = null;
  dialog.addEventListener('close', () => trigger?.focus());
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  document.body.append(popover);

  const unanchored: Annotation[] = [];
  const text = collectText(root);
  const pageText = normalise(text.chars.join(''));
  // Every claim is found before any is marked; the ranges are live, so marking one keeps the others right.
  const found: [Annotation, Range][] = [];
  for (const claim of data.claims) {
    const [quote] = claim.target.selector;
    const match = matchQuote(pageText.text, quote, claim.position / Math.max(1, data.claims.length + 1));
    const from = match && pageText.sourceIndex[match.start];
    const last = match && pageText.sourceIndex[match.end - 1];
    if (from === null || last === null || !text.nodes[from] || !text.nodes[last]) {
      unanchored.push(claim);
      continue;
    }
    const range = document.createRange();
    range.setStart(text.nodes[from]!, text.offsets[from]);
    range.setEnd(text.nodes[last]!, text.offsets[last] + 1);
    found.push([claim, range]);
  }
  for (const [claim, range] of found) {
    const marks = wrap(range, root, claim);
    if (marks.length === 0) {
      unanchored.push(claim);
      continue;
    }
    const host = shadowHost('claimdesk-claim', sheet);
    const button = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, `${claim.statusSymbol} ${claim.statusLabel}`);
    button.setAttribute('aria-label', `Fact-check of claim ${claim.position}: ${claim.statusLabel}`);
    button.style.background = COLOURS[claim.status] ?? '#fff';
    button.addEventListener('click', () => {
      trigger = button;
      fillPopover(dialog, claim);
      dialog.showModal();
    });
    host.shadowRoot!.append(button);
    marks[marks.length - 1].after(host);
  }
  unanchored.sort((a, b) => a.position - b.position);
  const box = shadowHost('claimdesk-summary', sheet);
  box.shadowRoot!.append(summary(data, unanchored));
  (script.closest('body') && script.parentElement !== document.head ? script : root).before(box);
}

/** Page furniture inside an article that is not its text: ads, related links, figures. */
function skipped(element: Element): boolean {
  return (
    SKIP.test(element.tagName) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /(^|[\s_-])(ad|ads|advert|advertisement|related|promo|newsletter)([\s_-]|$)/i.test(element.getAttribute('class') ?? '')
  );
}

/** The root's text, character by character with its text node and offset; a block's edges count as a space. */
function collectText(root: Element): { chars: string[]; nodes: (Text | null)[]; offsets: number[] } {
  const chars: string[] = [];
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child instanceof Text) {
        for (let i = 0; i < child.data.length; i++) chars.push(child.data[i]), nodes.push(child), offsets.push(i);
      } else if (child instanceof Element && !skipped(child)) {
        const block = BLOCK.test(child.tagName);
        if (block) chars.push(' '), nodes.push(null), offsets.push(0);
        walk(child);
        if (block) chars.push(' '), nodes.push(null), offsets.push(0);
      }
    }
  };
  walk(root);
  return { chars, nodes, offsets };
}

/** Wraps each text node in the range (split at its edges) in a mark, leaving out skipped furniture. */
function wrap(range: Range, root: Element, claim: Annotation): HTMLElement[] {
  const end = range.endContainer as Text;
  if (range.endOffset < end.length) end.splitText(range.endOffset);
  let start = range.startContainer as Text;
  if (range.startOffset > 0) {
    start = start.splitText(range.startOffset);
    range.setStart(start, 0);
  }
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node) || !(node as Text).data.trim()) continue;
    let inside = true;
    for (let up = node.parentElement; up && up !== root; up = up.parentElement) if (skipped(up)) inside = false;
    if (inside) nodes.push(node as Text);
  }
  return nodes.map((node) => {
    const mark = document.createElement('claimdesk-mark');
    mark.style.background = COLOURS[claim.status] ?? '#fff';
    mark.style.borderBottom = '2px solid rgba(0,0,0,.45)';
    mark.style.color = 'inherit';
    mark.dataset.claim = String(claim.position);
    node.replaceWith(mark);
    mark.append(node);
    return mark;
  });
}

function fillPopover(dialog: HTMLDialogElement, claim: Annotation): void {
  const close = el('button', { type: 'button', class: 'close' }, 'Close');
  close.addEventListener('click', () => dialog.close());
  const label = el('span', { class: 'label' }, `${claim.statusSymbol} ${claim.statusLabel}`);
  label.style.background = COLOURS[claim.status] ?? '#fff';
  const heading = el('h2', { id: 'cd-title' }, `Claim ${claim.position}: `);
  heading.append(label);
  const facts = el('dl');
  if (claim.explanation) facts.append(el('dt', {}, 'What we found'), el('dd', {}, claim.explanation));
  facts.append(el('dt', {}, claim.sources.length > 1 ? 'Sources' : 'Source'));
  facts.append(
    claim.sources.length === 0
      ? el('dd', {}, claim.noSourceDescription ?? '')
      : list(claim.sources.map((s) => el('li', {}, s.description))),
  );
  if (claim.evidence.length > 0) {
    facts.append(el('dt', {}, 'Evidence'), list(claim.evidence.map((e) => el('li', {}, el('a', { href: e.url, rel: 'noopener noreferrer nofollow' }, e.title)))));
  }
  const more = el('a', { href: claim.readerUrl }, 'Read the full fact-check');
  dialog.replaceChildren(el('div', { class: 'row' }, heading, close), el('p', { class: 'quote' }, claim.target.selector[0].exact), facts, more);
}

function summary(data: Annotations, unanchored: Annotation[]): HTMLElement {
  const box = el('aside', { class: 'box', 'aria-label': 'Fact-check summary' });
  box.append(
    el('h2', {}, 'Fact-checked claims in this article'),
    el('p', {}, data.summary.description),
  );
  if (unanchored.length > 0) {
    box.append(el('p', {}, `Not marked in the text (${unanchored.length}):`));
    box.append(list(unanchored.map((c) => el('li', {}, `${c.statusSymbol} ${c.statusLabel}: “${c.target.selector[0].exact}” `, el('a', { href: c.readerUrl }, 'details')))));
  }
  box.append(el('a', { href: data.article.readerUrl }, 'Read the full fact-check of this article'));
  return box;
}

function list(items: HTMLElement[]): HTMLElement {
  return el('dd', {}, el('ul', {}, ...items));
}

function shadowHost(tag: string, sheet: CSSStyleSheet): HTMLElement {
  const host = document.createElement(tag);
  host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  return host;
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (string | Node)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
