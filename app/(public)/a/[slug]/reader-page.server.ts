// The public reader page, written as HTML strings rather than React: it must stay under 100 KB of
// JavaScript, and the React and App Router runtimes alone weigh more. The browser gets the page,
// the stylesheet inline and the few lines of reader-script.ts; everything a reader learns is in the
// HTML itself (footnotes), and the popover shows copies of those footnotes.
// See docs/decisions/0003-reader-page-cache.md.
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/vocabulary';
import type { ArticleView } from '@/lib/articles/article-view.server';
import { isPossibleSlug } from '@/lib/articles/get-published-article.server';
import { toReaderClaim, type ReaderClaim } from '@/lib/articles/reader-claim';
import { segmentArticle } from '@/lib/articles/text-runs';
import { describeReviewProgress, describeSummary, summarizeClaims } from '@/lib/articles/summarize-claims';
import { describeMissingSource, describeSource, STATUS_LABELS } from '@/lib/claims/labels';
import { env, publicUrl } from '@/lib/env';
import { buildClaimReviews } from '@/lib/export/claim-review';
import { serializeJsonLd } from '@/lib/export/json-ld';
import { html, rawHtml, type Html } from '@/lib/http/html';
import { articleKey, cspHash, registrySourceKey, strongEtag } from '@/lib/http/public-cache';
import { enhanceReaderPage } from './reader-script';

/**
 * A reader page as every reader gets it: the same bytes for a given version of the article, so a
 * shared cache may keep it. Its inline script and style are allowed by hash, not by a per-request nonce.
 */
export interface RenderedPage {
  html: string;
  etag: string;
  contentSecurityPolicy: string;
  /** Surrogate keys: the article and every registry source the page names. */
  keys: string[];
}

const STANCE_LABELS = { supports: 'supports the claim', refutes: 'refutes the claim', context: 'context' } as const;
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// The app's one stylesheet, read once. Inline rather than linked: Next fingerprints the stylesheets
// it builds for React pages, and a page served outside React has no way to learn their names.
let stylesheet: string | undefined;
function appStylesheet(): string {
  stylesheet ??= readFileSync(join(process.cwd(), 'app', 'globals.css'), 'utf8');
  return stylesheet;
}

// The script's source, made once: the function's own text, called at once.
const READER_SCRIPT = `(${enhanceReaderPage.toString()})();`;

// Rendered pages keyed by the cached article object: when a writer drops the article from the
// reader cache, the next load is a new object and the old page is garbage with it.
const rendered = new WeakMap<ArticleView, RenderedPage>();

/** The page for a published article as getCachedPublishedArticle returned it, rendered once per cached article. */
export function readerPage(article: ArticleView): RenderedPage {
  let page = rendered.get(article);
  if (!page) {
    page = renderReaderPage(article, `${publicUrl()}/a/${article.slug}`, env().FACTCHECK_ORG);
    rendered.set(article, page);
  }
  return page;
}

export function renderReaderPage(article: ArticleView, pageUrl: string, siteName: string): RenderedPage {
  const claims = article.claims.map(toReaderClaim);
  const summary = summarizeClaims(article.claims);
  const description = describeSummary(summary);
  const reviews = buildClaimReviews(article, pageUrl, siteName);
  const statusesShown = CLAIM_STATUSES.filter((status) => claims.some((c) => c.status === status));
  const meta = html`
<meta name="description" content="${description}">
<link rel="canonical" href="${pageUrl}">
<meta property="og:type" content="article">
<meta property="og:url" content="${pageUrl}">
<meta property="og:title" content="${article.title}">
<meta property="og:description" content="${description}">
<meta property="og:site_name" content="${siteName}">
${article.publicationDate && html`<meta property="article:published_time" content="${article.publicationDate}">`}
${article.publishedAt && html`<meta property="article:modified_time" content="${article.publishedAt}">`}
${article.author && html`<meta property="article:author" content="${article.author}">`}
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${article.title}">
<meta name="twitter:description" content="${description}">`;

  const body = html`<article class="reader">
${reviews.length > 0 && html`<script type="application/ld+json">${rawHtml(serializeJsonLd(reviews))}</script>`}
<header>
<h1>${article.title}</h1>
<p class="muted">${[article.outlet, article.author, article.publicationDate].filter(Boolean).join(' · ')}${
    article.url && html` · <a href="${article.url}" rel="noopener noreferrer">Original article</a>`
  }</p>
</header>
<aside class="card summary-box" aria-label="Summary">
<h2 class="summary-title">What this article rests on</h2>
<p class="summary-reviewed">${describeReviewProgress(summary)}</p>
<dl class="summary">
<div><dt>Claims</dt><dd>${summary.total}</dd></div>
<div><dt>Rest only on anonymous sources</dt><dd>${summary.anonymousOnly}</dd></div>
<div><dt>Name no source</dt><dd>${summary.unattributed}</dd></div>
<div><dt>Found false or misleading</dt><dd>${summary.falseOrMisleading}</dd></div>
</dl>
</aside>
${
  statusesShown.length > 0 &&
  html`<section aria-labelledby="legend-heading" class="legend">
<h2 id="legend-heading">Legend</h2>
<p class="small muted">Select a marked passage for its sources and our fact-checkers’ findings.</p>
<ul>${statusesShown.map((status) => html`<li>${statusLabel(status)}</li>`)}</ul>
</section>`
}
<section class="article-text" aria-label="Article">
${articleText(article, claims)}
</section>
<section aria-labelledby="claims-heading" class="footnotes">
<h2 id="claims-heading">The claims</h2>
<ol>
${claims.map(
  (c) => html`<li id="note-${c.position}" value="${c.position}">
<h3>Claim ${c.position}: ${statusLabel(c.status)}</h3>
<blockquote>${c.text}</blockquote>
${claimDetails(c)}
<a href="#claim-${c.position}" class="small">Back to claim ${c.position} in the text</a>
</li>
`,
)}</ol>
</section>
${popover}
</article>`;

  const keys = readerKeys(article);
  return { ...pageShell({ title: article.title, meta, main: body, script: true }), keys };
}

/** The 404 answer for an unknown or unpublished slug: the same page chrome, and nothing about why. */
let notFound: Omit<RenderedPage, 'keys'> | undefined;
export function notFoundPage(): Omit<RenderedPage, 'keys'> {
  notFound ??= renderNotFoundPage();
  return notFound;
}

function renderNotFoundPage(): Omit<RenderedPage, 'keys'> {
  const main = html`<section class="card narrow">
<h1>Not found</h1>
<p>There is no page here. It may never have existed, or it is not published.</p>
<a href="/">Back to the front page</a>
</section>`;
  return pageShell({ title: 'Not found', meta: html``, main, script: false });
}

/** The surrogate keys of an article's public responses: the article, and each registry entry it cites. */
export function readerKeys(article: ArticleView): string[] {
  const registryIds = new Set(article.sources.flatMap((s) => (s.registryId === null ? [] : [s.registryId])));
  return [articleKey(article.slug), ...[...registryIds].sort((a, b) => a - b).map(registrySourceKey)];
}

/** A 404 is tagged with the article's key when the slug could name one, so that publishing the article purges the 404. */
export function notFoundKeys(slug: string): string[] {
  return isPossibleSlug(slug) ? [articleKey(slug)] : [];
}

// The same chrome as the React pages: app/layout.tsx and PublicHeader in app/_components/site-header.tsx.
function pageShell({ title, meta, main, script }: { title: string; meta: Html; main: Html; script: boolean }): Omit<RenderedPage, 'keys'> {
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · claimdesk</title>${meta}
<style>${rawHtml(appStylesheet())}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/" class="brand">claimdesk</a><nav aria-label="Main"><a href="/login">Sign in</a></nav></header>
<main id="main">
${main}
</main>${script && html`\n<script>${rawHtml(READER_SCRIPT)}</script>`}
</body>
</html>
`.value;
  return { html: page, etag: strongEtag(page), contentSecurityPolicy: readerPagePolicy(script) };
}

// The desk's policy (proxy.ts) with hashes in place of its nonce: the page's one inline style and, on
// an article, its one inline script are allowed by their exact text, which every reader gets alike.
let policies: Record<'withScript' | 'withoutScript', string> | undefined;
function readerPagePolicy(script: boolean): string {
  policies ??= {
    withScript: contentSecurityPolicy([cspHash(READER_SCRIPT)]),
    withoutScript: contentSecurityPolicy([]),
  };
  return script ? policies.withScript : policies.withoutScript;

  function contentSecurityPolicy(scriptHashes: string[]): string {
    return [
      "default-src 'self'",
      `script-src ${scriptHashes.length > 0 ? scriptHashes.join(' ') : "'none'"}`,
      `style-src ${cspHash(appStylesheet())}`,
      // The popover is placed with style.top/left, which CSP does not govern; kept as on the desk pages.
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
  }
}

function statusLabel(status: ClaimStatus): Html {
  const { symbol, label } = STATUS_LABELS[status];
  return html`<span class="status-label status-${status}"><span aria-hidden="true">${symbol}</span> ${label}</span>`;
}

/** The text, each claim a link to its footnote; a claim over two paragraphs is cut into runs, the first carrying the anchor, the last the label. */
function articleText(article: ArticleView, claims: ReaderClaim[]): Html[] {
  const positionById = new Map(article.claims.map((c) => [c.id, c.position]));
  const claimByPosition = new Map(claims.map((c) => [c.position, c]));
  const blocks = segmentArticle(article.body, article.blocks, article.claims, (kind) => kind === 'body' || kind === 'heading');
  const lastRun = new Map<number, string>();
  blocks.forEach((block, i) => block.segments.forEach((s, j) => s.claimId !== null && lastRun.set(s.claimId, `${i}:${j}`)));
  const anchored = new Set<number>();
  return blocks.map((block, i) => {
    const runs = block.segments.map((s, j) => {
      const position = s.claimId === null ? undefined : positionById.get(s.claimId);
      const claim = position === undefined ? undefined : claimByPosition.get(position);
      if (!claim) return html`${s.text}`;
      const first = !anchored.has(claim.position);
      anchored.add(claim.position);
      const { symbol, label } = STATUS_LABELS[claim.status];
      const marker =
        lastRun.get(s.claimId!) === `${i}:${j}` &&
        html`<sup class="claim-marker" data-n="${claim.position}"><span aria-hidden="true">${symbol}</span> ${label}</sup>`;
      return html`<a href="#note-${claim.position}"${first && html` id="claim-${claim.position}"`} data-claim="${claim.position}" class="claim status-${claim.status}">${s.text}${marker}</a>`;
    });
    return block.kind === 'heading' ? html`<h2>${runs}</h2>\n` : html`<p>${runs}</p>\n`;
  });
}

/** What a reader learns about one claim: in the footnotes, and copied from there into the popover. */
function claimDetails(claim: ReaderClaim): Html {
  const reviewed = claim.reviewedAt && claim.status !== 'unreviewed' && claim.status !== 'in_progress';
  return html`<div class="claim-details"><dl class="facts">
<dt>Status</dt><dd>${statusLabel(claim.status)}</dd>
${claim.note && html`<dt>Our explanation</dt><dd>${claim.note}</dd>`}
<dt>${claim.sources.length > 1 ? 'Sources' : 'Source'}</dt>
<dd>${
    claim.sources.length === 0
      ? describeMissingSource(claim.vagueAttribution)
      : html`<ul class="plain-list">${claim.sources.map(
          (s) => html`<li>${describeSource(s)}${s.cue && html`<span class="muted"> · “${s.cue}”</span>`}</li>`,
        )}</ul>`
  }</dd>
${
  claim.evidence.length > 0 &&
  html`<dt>Evidence</dt><dd><ul class="plain-list">${claim.evidence.map(
    (e) => html`<li><a href="${e.url}" rel="noopener noreferrer nofollow">${e.title}</a> <span class="muted">(${STANCE_LABELS[e.stance]})</span></li>`,
  )}</ul></dd>`
}
<dt>Reviewed</dt><dd>${reviewed ? html`<time datetime="${claim.reviewedAt!}">${DATE_FORMAT.format(new Date(claim.reviewedAt!))}</time>` : 'Not yet'}</dd>
</dl></div>`;
}

// Filled and opened by reader-script.ts. Closed, it is not rendered, so readers without JavaScript never meet it.
const popover = html`<dialog class="claim-popover" aria-labelledby="claim-popover-title">
<div class="popover-body">
<div class="row spread"><h2 id="claim-popover-title"></h2><button type="button" class="popover-close">Close</button></div>
<div class="popover-claim"></div>
<div class="row"><button type="button" class="popover-copy">Copy link to this claim</button><p role="status" class="small"></p></div>
<label class="small popover-copy-fallback" hidden>Copy this link: <input readonly></label>
</div>
</dialog>`;
