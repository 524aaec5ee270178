import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleSubmissionSchema, RevisionSubmissionSchema } from './submission';

const PAGE = `<!doctype html><html><head><title>Bridge Tolls Scrapped - Valley Times</title>
<meta property="og:site_name" content="Valley Times"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge Tolls Scrapped</h1>
<p>The regional assembly voted on Monday to scrap tolls on the Valley Bridge from April.</p>
<p>"Drivers have paid for this bridge three times over," said transport minister Karl Berg.</p>
</article><footer>© Valley Times</footer></body></html>`;

const fieldErrors = async (schema: z.ZodType, input: unknown) => {
  const result = await schema.safeParseAsync(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};

describe('ArticleSubmissionSchema', async () => {
  it('passes plain text through unchanged and still needs a title for it', async () => {
    expect(await ArticleSubmissionSchema.parseAsync({ title: 'T', text: 'Plain <3 words.' })).toMatchObject({ title: 'T', text: 'Plain <3 words.' });
    expect((await fieldErrors(ArticleSubmissionSchema, { text: 'Plain words.' })).title).toBeDefined();
  });

  it('imports a page whose markup holds stray control characters, and still refuses them in plain text', async () => {
    const messy = PAGE.replace('<nav>', '<nav data-x="\u0008">').replace('three times over', 'three\u0000 times over').replace('</body>', '<script>var s = "\u001b";</script></body>');
    const parsed = await ArticleSubmissionSchema.parseAsync({ title: '', text: messy, format: 'html' });
    expect(parsed.text).toContain('"Drivers have paid for this bridge three times over," said transport minister Karl Berg.');
    expect(parsed.text).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect((await fieldErrors(ArticleSubmissionSchema, { title: 'T', text: 'Plain\u0000 words.' })).text?.join(' ')).toMatch(/control character/);
  });

  it('detects HTML, reduces it to text, and fills blank fields from the page', async () => {
    const parsed = await ArticleSubmissionSchema.parseAsync({ title: '', text: PAGE, outlet: '' });
    expect(parsed.title).toBe('Bridge Tolls Scrapped');
    expect(parsed.outlet).toBe('Valley Times');
    expect(parsed.text).toBe(
      'Bridge Tolls Scrapped\n\nThe regional assembly voted on Monday to scrap tolls on the Valley Bridge from April.\n\n"Drivers have paid for this bridge three times over," said transport minister Karl Berg.',
    );
  });

  it('keeps what the user typed over what the page says', async () => {
    const parsed = await ArticleSubmissionSchema.parseAsync({ title: 'My title', text: PAGE, outlet: 'Wire copy', format: 'html' });
    expect(parsed).toMatchObject({ title: 'My title', outlet: 'Wire copy' });
  });

  it('takes format "text" at its word, and refuses HTML without article text', async () => {
    expect((await ArticleSubmissionSchema.parseAsync({ title: 'T', text: '<p>Kept as typed.</p><p>Yes.</p>', format: 'text' })).text).toBe('<p>Kept as typed.</p><p>Yes.</p>');
    expect((await fieldErrors(ArticleSubmissionSchema, { title: 'T', text: '<html><body><script>x()</script></body></html>' })).text).toEqual([
      'No article text found in the HTML',
    ]);
    expect((await fieldErrors(ArticleSubmissionSchema, { title: 'T', text: 'x', format: 'pdf' })).format).toBeDefined();
    expect((await ArticleSubmissionSchema.safeParseAsync({ title: 'T', text: 'x', published: true })).success).toBe(false);
  });
});

describe('RevisionSubmissionSchema', async () => {
  it('reduces HTML and checks the text like an import', async () => {
    expect(await RevisionSubmissionSchema.parseAsync({ text: PAGE, revision: '2' })).toEqual({ text: expect.stringContaining('Karl Berg'), revision: 2 });
    expect((await fieldErrors(RevisionSubmissionSchema, { text: '  ' })).text).toEqual(['Text is empty']);
  });
});

describe('size limits (issue 17)', () => {
  it('reduces a 5 MB page, most of it inline script, to its article', async () => {
    const state = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 40_000 }, (_, i) => ({ id: i, text: 'teaser text of another story '.repeat(4) })) })}</script>`;
    const page = PAGE.replace('</body>', `${state}</body>`);
    expect(page.length).toBeGreaterThan(5_000_000);
    const parsed = await ArticleSubmissionSchema.parseAsync({ text: page });
    expect(parsed.title).toBe('Bridge Tolls Scrapped');
    expect(parsed.text).toContain('three times over');
    expect(parsed.text).not.toContain('teaser text');
  });

  it('refuses markup over 10 MB, and article text over 200,000 characters after reduction, with clear messages', async () => {
    expect((await fieldErrors(ArticleSubmissionSchema, { title: 'T', text: 'x'.repeat(10_000_001) })).text).toEqual(['Text is longer than 10,000,000 characters']);
    const long = `<html><body><article>${`<p>${'The council said the budget rose again. '.repeat(50)}</p>`.repeat(120)}</article></body></html>`;
    expect((await fieldErrors(ArticleSubmissionSchema, { title: 'T', text: long })).text).toEqual(['Text is longer than 200,000 characters']);
  });

  it('refuses a cookie wall with a message that says so', async () => {
    const wall = '<html><body><div class="cookie-consent"><p>We use cookies. Accept all cookies to continue.</p><button>Accept all</button></div></body></html>';
    expect((await fieldErrors(ArticleSubmissionSchema, { title: 'T', text: wall })).text).toEqual([expect.stringMatching(/only a cookie consent wall/)]);
  });
});
