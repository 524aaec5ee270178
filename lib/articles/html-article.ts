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
}

const KNOWN_TAGS =
  'html|head|body|title|meta|link|script|style|div|span|p|a|br|hr|h[1-6]|article|section|main|nav|header|footer|aside|ul|ol|li|em|strong|b|i|u|figure|figcaption|img|blockquote|table|thead|tbody|tr|td|th|pre|code|form|input|button|iframe|noscript|time|small|sup|sub';
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
  const tags = trimmed.match(TAG) ?? [];
  if (tags.length >= 2 && new RegExp(`^<(?:${KNOWN_TAGS})\\b`, 'i').test(head) && trimmed.endsWith('>')) return true;
  const markup = tags.reduce((n, t) => n + t.length, 0);
  return tags.length >= 4 && markup * 2 >= trimmed.replace(/\s+/g, '').length;
}

// Removed before Readability looks at the page: never article text, and on short pages
// Readability's own scoring can keep them.
const NOISE = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'nav', 'aside', 'footer',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[aria-hidden="true"]', '[hidden]',
].join(',');
const AD_LIKE = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|sponsored|promo|newsletter|cookie|share|social|related)(?:$|[\s_-])/i;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'HEAD', 'TITLE']);

/** Reduces an HTML page to its article's text and metadata, with Readability on a linkedom DOM. */
export function htmlToArticle(markup: string): HtmlArticle {
  const html = capHtmlDepth(markup);
  // linkedom builds no <body> for a bare fragment; give it one.
  const { document } = parseHTML(/<(?:html|body)\b/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  for (const el of [...document.querySelectorAll(NOISE)]) el.remove();
  for (const el of [...document.querySelectorAll('[class],[id]')]) {
    if (['HTML', 'BODY', 'ARTICLE', 'MAIN'].includes(el.nodeName.toUpperCase())) continue;
    if (AD_LIKE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
  }
  // Page headers outside the article hold the masthead and menus; an article's own <header> holds its headline.
  for (const el of [...document.querySelectorAll('header')]) if (!el.closest('article, main')) el.remove();

  const pageTitle = document.querySelector('title')?.textContent ?? '';
  const headline = document.querySelector('h1')?.textContent ?? '';
  // Readability changes the document it is given; keep it for the fallback.
  const parsed = new Readability(parseHTML(document.toString()).document, { charThreshold: 200 }).parse();

  let text = '';
  if (parsed?.content) text = blocksToText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
  // Readability finds nothing in some fragments (a few <p> without a container): take the whole body.
  if (!text) text = blocksToText(document.body ?? document.documentElement);

  const siteName = clean(parsed?.siteName);
  const title = cleanTitle(clean(parsed?.title) ?? clean(pageTitle), clean(headline), siteName);
  // Readability takes the headline out of the content; a text import starts with it, so this does too.
  if (text && title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return {
    title,
    byline: clean(parsed?.byline)?.replace(/^by\s+/i, '') ?? null,
    siteName,
    publicationDate: /^\d{4}-\d{2}-\d{2}/.exec(parsed?.publishedTime ?? '')?.[0] ?? null,
    text,
  };
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
