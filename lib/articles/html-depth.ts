// Caps how deeply an HTML page's elements nest, on the markup itself, before any DOM is built.
// Why on the string: linkedom's parse time grows with the square of the nesting (199,000 nested
// <div>s take 40 s to parse) and Readability's with more than that (1,200 levels: 8 s), while no
// real page nests more than a few dozen levels. Tags below the cap are dropped and their text
// kept, so a deliberately deep page still reduces to its words.

/** Deepest nesting kept; Readability takes about 0.1 s on a chain of this depth. */
export const MAX_HTML_DEPTH = 128;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'svg', 'math']);
// An open tag of the key closes a still-open element of one of the values, as HTML parsers do;
// without this, unclosed <p>s and <li>s would look like nesting.
const CLOSED_BY: Record<string, string[]> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};
const BLOCK_CLOSES_P = /^(?:address|article|aside|blockquote|div|dl|fieldset|footer|form|h[1-6]|header|hr|main|nav|ol|pre|section|table|ul|figure)$/;

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface Open {
  name: string;
  dropped: boolean;
}

/**
 * The markup with every element nested deeper than `maxDepth` unwrapped (its tags dropped, its
 * contents kept). Returns the input itself, without a copy, when nothing nests that deep.
 */
export function capHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const drops: [number, number][] = [];
  const stack: Open[] = [];
  let kept = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, closing, rawName, attrs] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      const at = lastIndexOf(stack, name);
      if (at < 0) continue;
      while (stack.length > at) {
        const open = stack.pop()!;
        if (!open.dropped) kept--;
        else if (stack.length === at) drops.push([match.index, match.index + token.length]);
      }
      continue;
    }
    if (RAW_TEXT.has(name) && !attrs.trimEnd().endsWith('/')) {
      // Skip the element's raw text: tags inside a script are not tags.
      const end = new RegExp(`</${name}\\b[^>]*>`, 'gi');
      end.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = end.exec(html) ? end.lastIndex : html.length;
      continue;
    }
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    for (const closes of [CLOSED_BY[name], BLOCK_CLOSES_P.test(name) ? ['p'] : undefined]) {
      while (closes && stack.length && closes.includes(stack[stack.length - 1].name)) {
        if (!stack.pop()!.dropped) kept--;
      }
    }
    const dropped = kept >= maxDepth;
    if (dropped) drops.push([match.index, match.index + token.length]);
    else kept++;
    stack.push({ name, dropped });
  }
  if (drops.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of drops) {
    parts.push(html.slice(from, start));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

// A stray end tag is matched against the innermost elements only: searching a deep stack for
// every one of many stray end tags would be quadratic.
const END_TAG_SEARCH = 256;

function lastIndexOf(stack: Open[], name: string): number {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - END_TAG_SEARCH); i--) if (stack[i].name === name) return i;
  return -1;
}
