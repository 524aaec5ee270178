// Reduces an HTML page to the plain text of its article, for extraction and storage. Nothing of
// the markup survives: the result is text only, with a blank line between blocks.
//
// DOM choice: linkedom, not jsdom. Readability needs only a DOM tree to walk (no layout, no
// scripts, no CSS), and linkedom builds one several times faster with a fraction of jsdom's
// memory and dependencies; scripts in the page are never run by either.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { capHtmlDepth } from './html-depth';

export interface HtmlArticle {
  /** The article's headline, from the page's metadata or <title>, without the site name. */
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO date yyyy-mm-dd, when the page states one. */
  publicationDate: string | null;
  /** Paragraphs and headings as plain text, separated by blank lines. */
  text: string;
  /** Set when the page is only a cookie-consent or subscription wall: its words are not an article. */
  wall: 'cookie' | 'paywall' | null;
}

const KNOWN_TAGS =
  'html|head|body|title|meta|link|script|style|div|span|p|a|br|hr|h[1-6]|article|section|main|nav|header|footer|aside|ul|ol|li|em|strong|b|i|u|figure|figcaption|img|blockquote|table|thead|tbody|tr|td|th|pre|code|form|input|button|iframe|noscript|time|small|sup|sub';
const LOOKS_LIKE_SAMPLE = 200_000;
const TAG = new RegExp(`<\\/?(?:${KNOWN_TAGS})\\b[^<>]*>`, 'gi');

/**
 * True for text that is an HTML document or fragment rather than prose: it starts with a doctype
 * or <html>; or it starts and ends with markup and holds at least two known tags (a pasted
 * fragment); or tags make up most of it. Prose that contains a few tags — "<br>", "a < b", even
 * a script payload in a quotation — stays prose, stored and shown as the text it is.
 */
export function looksLikeHtml(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const head = trimmed.slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  // Judged on the first 200,000 characters: this runs on the main thread, on up to 10 MB.
  const sample = trimmed.length > LOOKS_LIKE_SAMPLE ? trimmed.slice(0, LOOKS_LIKE_SAMPLE) : trimmed;
  const tags = sample.match(TAG) ?? [];
  if (tags.length >= 2 && new RegExp(`^<(?:${KNOWN_TAGS})\\b`, 'i').test(head) && trimmed.endsWith('>')) return true;
  const markup = tags.reduce((n, t) => n + t.length, 0);
  return tags.length >= 4 && markup * 2 >= sample.replace(/\s+/g, '').length;
}

// Never article text, removed before Readability looks at the page. Structural elements (nav,
// aside, footer, form) are left to Readability's own scoring: some sites wrap the whole page in a
// <form> (ASP.NET) or keep the article beside an <aside>, and removing them by tag lost articles.
const NEVER_TEXT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'button', 'input', 'select', 'textarea', 'label',
  'figcaption', 'amp-ad', 'amp-social-share', 'amp-sidebar', '[hidden]', '[role="dialog"]', '[role="alertdialog"]',
].join(',');
// Boxes inside and around articles that are not the article: captions, credits, "read more" and
// newsletter promos, share bars, related links, comments. Matched on class and id, but removed only
// when small or mostly links, because sites also put such words on the article's own container
// ("article-wrapper js-share-root", "has-social-bar").
const BOX_WORDS = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|sponsored|promo|promotion|newsletter|signup|sign-up|subscribe|subscription|paywall|cookie|cookies|consent|gdpr|share|sharing|social|related|recommended|more-stories|outbrain|taboola|caption|credit|credits|byline|author|dateline|timestamp|meta|interstitial|comment|comments|respond|tags|breadcrumbs?)(?:$|[\s_-])/i;
const BLOCK_BOX_WORDS = /(?:^|[\s_-])(?:caption|credit|credits|byline|dateline|timestamp|newsletter|signup|sign-up|subscribe|subscription|promo|promotion|interstitial|paywall|cookie|consent)(?:$|[\s_-])/i;
const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE']);
const SMALL_BOX_CHARS = 400;
const LINK_BOX_CHARS = 2_000;
// A paragraph that only points elsewhere ("Read more: ...", "RELATED: ...") is a promo.
const POINTER = /^\s*(?:read more|read also|also read|more|related|see also|watch|listen|recommended|most read|explore more|further reading)\b\s*[:|»›>-]/i;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'HEAD', 'TITLE']);
const KEEP_CONTAINERS = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN']);

type Element = globalThis.Element;

/** Reduces an HTML page to its article's text and metadata, with Readability on a linkedom DOM. */
export function htmlToArticle(markup: string): HtmlArticle {
  const html = capHtmlDepth(markup);
  const document = parsePage(html);
  const meta = pageMetadata(document);
  const wall = wallSigns(document, meta.notFree);
  removeNonArticle(document);
  const pageTitle = document.querySelector('title')?.textContent ?? '';
  const headline = document.querySelector('h1')?.textContent ?? '';

  // Readability changes the document it is given: a fallback starts again from the markup.
  const parsed = new Readability(document, { charThreshold: 200 }).parse();
  let text = '';
  if (parsed?.content) text = blocksToText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
  // Readability finds nothing in some fragments (a few <p> without a container): take the whole body.
  if (!text) {
    const again = parsePage(html);
    removeNonArticle(again);
    text = blocksToText(again.body ?? again.documentElement);
  }
  // A wall is judged on what the pre-pass left: the wall's own box is gone from that.
  const prePassText = text;
  // Never refuse a page plain Readability can read: should the pre-pass have taken every word
  // (a short story inside a box named like a promo), read the page without it.
  if (!text) {
    const plain = parsePage(html);
    for (const el of [...plain.querySelectorAll(NEVER_TEXT)]) el.remove();
    const content = new Readability(plain, { charThreshold: 200 }).parse()?.content;
    if (content) text = blocksToText(parseHTML(`<!doctype html><html><body>${content}</body></html>`).document.body);
  }

  const siteName = clean(meta.siteName) ?? clean(parsed?.siteName);
  const title = cleanTitle(clean(meta.headline) ?? clean(parsed?.title) ?? clean(pageTitle), clean(headline), siteName);
  // Readability takes the headline out of the content; a text import starts with it, so this does too.
  if (text && title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return {
    title,
    byline: (clean(meta.author) ?? clean(parsed?.byline))?.replace(/^by\s+/i, '') ?? null,
    siteName,
    publicationDate: isoDate(meta.published) ?? isoDate(parsed?.publishedTime) ?? null,
    text,
    wall: wallKind(wall, prePassText, title),
  };
}

function parsePage(html: string): Document {
  // linkedom builds no <body> for a bare fragment; give it one.
  return parseHTML(/<(?:html|body)\b/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

/** The pre-pass: what is never article text, boxes around the article, and pointer paragraphs. */
function removeNonArticle(document: Document): void {
  for (const el of [...document.querySelectorAll(NEVER_TEXT)]) el.remove();
  for (const el of [...document.querySelectorAll('[class],[id]')]) {
    if (KEEP_CONTAINERS.has(el.nodeName.toUpperCase()) || !el.isConnected) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!BOX_WORDS.test(names)) continue;
    // A paragraph, heading or list item goes only when its name says caption, credit or promo, or
    // when it is mostly links: "ad", "share" or "comment" on a paragraph of text is not proof enough.
    const textBlock = TEXT_BLOCKS.has(el.nodeName.toUpperCase());
    if (textBlock ? (BLOCK_BOX_WORDS.test(names) && isBox(el)) || linkDensity(el) >= 0.5 : isBox(el)) el.remove();
  }
  for (const el of [...document.querySelectorAll('p, li')]) {
    if (el.isConnected && POINTER.test(el.textContent ?? '') && el.querySelector('a') && linkDensity(el) >= 0.5) el.remove();
  }
}

/** Small, or mostly links: a box around the article rather than the article. */
function isBox(el: Element): boolean {
  const length = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (length <= SMALL_BOX_CHARS) return true;
  return length <= LINK_BOX_CHARS && linkDensity(el) >= 0.5;
}

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / total;
}

interface PageMetadata {
  headline: string | null;
  author: string | null;
  siteName: string | null;
  published: string | null;
  /** JSON-LD says the article is not free to read. */
  notFree: boolean;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|TechArticle)$/;

/** Title, author, site and date as the page states them: JSON-LD first, then Open Graph and <meta>, then <time>. */
function pageMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticle(document);
  const metaContent = (...names: string[]) => {
    for (const name of names) {
      const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
      if (value?.trim()) return value.trim();
    }
    return null;
  };
  const timeElement = document.querySelector('article time[datetime], main time[datetime], time[datetime]');
  const personName = (value: unknown): string | null => {
    if (typeof value === 'string') return /^https?:/i.test(value) ? null : value;
    if (Array.isArray(value)) return value.map(personName).filter(Boolean).join(', ') || null;
    if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
    return null;
  };
  const authorMeta = metaContent('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator');
  // The byline as printed, for pages without metadata: read now, before the pre-pass removes it from the text.
  const printed = document.querySelector('[itemprop="author"], [rel="author"], [class*="byline"], [class*="author"]');
  const printedByline = printed && (printed.textContent ?? '').trim().length <= 100 ? (printed.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  return {
    headline: str(ld?.headline) ?? metaContent('og:title', 'twitter:title'),
    author: personName(ld?.author) ?? (authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : null) ?? printedByline,
    siteName: personName(ld?.publisher) ?? metaContent('og:site_name', 'application-name'),
    published:
      str(ld?.datePublished) ??
      metaContent('article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date') ??
      timeElement?.getAttribute('datetime') ??
      null,
    notFree: ld?.isAccessibleForFree === false || ld?.isAccessibleForFree === 'False' || ld?.isAccessibleForFree === 'false',
  };
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

function jsonLdArticle(document: Document): Record<string, unknown> | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const types = ([] as unknown[]).concat(record['@type']);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return record;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
}

function isoDate(value: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  return match ? match[0] : null;
}

// A wall is a page that shows, instead of the article, a box asking the reader to accept cookies
// or to subscribe or sign in: the page's markup says so, and what is left of the article is at most
// a teaser. Both conditions, so a short story about cookies, or an article under a cookie banner,
// is still an article.
const COOKIE_MARKERS = /(?:^|[\s_-])(?:cookie|cookies|cookie-?wall|consent|consent-?wall|gdpr|cmp)(?:$|[\s_-])/i;
const PAYWALL_MARKERS = /(?:^|[\s_-])(?:paywall|regwall|piano|tp-modal|subscriber-only|subscribers-only|premium-?wall|metered|locked-content)(?:$|[\s_-])/i;
const COOKIE_WORDS = /\b(?:cookies?|consent|privacy settings|accept all|reject all)\b/i;
const PAYWALL_WORDS = /\b(?:subscribe|subscription|subscribers?|sign in|log in|already a member|create an? (?:free )?account|register to (?:continue|read))\b/i;
/** Most words of article text a wall leaves: none for a cookie wall, a teaser for a paywall. */
const COOKIE_WALL_MAX_WORDS = 25;
const PAYWALL_MAX_WORDS = 120;

interface WallSigns {
  cookieMarkup: boolean;
  paywallMarkup: boolean;
  /** The page's visible words before any were removed (the wall's own words among them). */
  pageText: string;
}

function wallSigns(document: Document, notFree: boolean): WallSigns {
  let cookieMarkup = false;
  let paywallMarkup = notFree;
  for (const el of document.querySelectorAll('[class],[id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    cookieMarkup ||= COOKIE_MARKERS.test(names);
    paywallMarkup ||= PAYWALL_MARKERS.test(names);
  }
  const body = document.body ?? document.documentElement;
  return { cookieMarkup, paywallMarkup, pageText: cookieMarkup || paywallMarkup ? (body?.textContent ?? '').slice(0, 20_000) : '' };
}

function wallKind(signs: WallSigns, articleText: string, title: string | null): 'cookie' | 'paywall' | null {
  const body = title && articleText.startsWith(title) ? articleText.slice(title.length) : articleText;
  const words = body.split(/\s+/).filter(Boolean).length;
  if (signs.paywallMarkup && words <= PAYWALL_MAX_WORDS && PAYWALL_WORDS.test(signs.pageText)) return 'paywall';
  if (signs.cookieMarkup && words <= COOKIE_WALL_MAX_WORDS && COOKIE_WORDS.test(signs.pageText)) return 'cookie';
  return null;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** "Harbour Plan Approved | The Bay Herald" → "Harbour Plan Approved". */
function cleanTitle(title: string | null, headline: string | null, siteName: string | null): string | null {
  if (!title) return headline;
  if (headline && title !== headline && title.startsWith(headline)) return headline;
  if (siteName) {
    const stripped = title.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escapeRegExp(siteName)}$`, 'i'), '').trim();
    if (stripped) return stripped;
  }
  return title;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Walks the DOM and writes its text: every block element (paragraph, heading, list item, quote
 * ...) becomes its own paragraph, separated from the next by a blank line; <br> is a line break;
 * inline whitespace collapses as a browser would.
 */
function blocksToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH') current += ' ';
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
