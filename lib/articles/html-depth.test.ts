import { describe, expect, it } from 'vitest';
import { capHtmlDepth } from './html-depth';

const nested = (levels: number, inner: string) => '<div>'.repeat(levels) + inner + '</div>'.repeat(levels);

describe('capHtmlDepth', () => {
  it('returns the page itself when nothing nests deeper than the cap', () => {
    const page = `<html><body>${nested(20, '<p>One.</p><p>Two<br>lines.</p>')}<script>if (a<b) document.write("<div><div>")</script></body></html>`;
    expect(capHtmlDepth(page, 30)).toBe(page);
  });

  it('unwraps the elements below the cap and keeps their text', () => {
    const capped = capHtmlDepth(nested(10, '<p>The mayor said taxes rose.</p>'), 4);
    expect(capped).toBe('<div><div><div><div>The mayor said taxes rose.</div></div></div></div>');
  });

  it('does not count unclosed paragraphs and list items as nesting', () => {
    const sloppy = `<ul>${'<li>item'.repeat(50)}</ul>${'<p>para'.repeat(50)}<div>end</div>`;
    expect(capHtmlDepth(sloppy, 5)).toBe(sloppy);
  });

  it('ignores tags inside scripts and comments', () => {
    const page = `<div><!-- <div><div><div> --><script>var s = "<div><div><div><div>";</script><p>x</p></div>`;
    expect(capHtmlDepth(page, 2)).toBe(page);
  });

  it('handles 199,000 levels in one pass', () => {
    const capped = capHtmlDepth(nested(199_000, '<p>Deep.</p>'), 128);
    expect(capped).toBe(nested(128, 'Deep.'));
  });
});
