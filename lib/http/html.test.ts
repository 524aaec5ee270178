import { describe, expect, it } from 'vitest';
import { escapeHtml, html, rawHtml } from './html';

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const name = `"><script>alert('x')</script>&`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
  });

  it('passes nested fragments and arrays through, and drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('inserts trusted markup only when asked to', () => {
    expect(html`${rawHtml('<b>bold</b>')}${'<b>text</b>'}`.value).toBe('<b>bold</b>&lt;b&gt;text&lt;/b&gt;');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Café — “quoted” 5 % ✔')).toBe('Café — “quoted” 5 % ✔');
  });
});
