import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles/get-article.server';
import { getPublishedArticle } from '@/lib/articles/get-published-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { setArticlePublished } from '@/lib/articles/publish-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import { addEvidence } from '@/lib/claims/evidence.server';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { createTestUser, SAMPLE_ARTICLE } from '@/lib/testing/fixtures';
import { notFoundPage, renderReaderPage } from './reader-page.server';

const PAYLOAD = '<img src=x onerror="alert(1)">';

async function publishedSample(title: string) {
  const editor = await createTestUser('editor');
  const { id, slug } = importArticle(editor, ArticleInputSchema.parse({ title, text: SAMPLE_ARTICLE, outlet: 'Eastport Gazette' }));
  const [first] = getArticle(editor, id).claims;
  const reviewed = setClaimReview(editor, first.id, { status: 'false', note: `Minutes say otherwise ${PAYLOAD}`, version: first.version });
  addEvidence(editor, first.id, { url: 'https://example.org/minutes', title: `Board minutes ${PAYLOAD}`, stance: 'refutes', version: reviewed.version });
  setArticlePublished(editor, id, true);
  return getPublishedArticle(slug)!;
}

describe('renderReaderPage', () => {
  it('marks every claim in the text and gives each a footnote with its status and source', async () => {
    const article = await publishedSample('Rates rise');
    const page = renderReaderPage(article, 'https://factcheck.example/a/rates', 'Example Checks').html;
    expect(article.claims.length).toBeGreaterThan(2);
    for (const claim of article.claims) {
      expect(page).toContain(`id="claim-${claim.position}"`);
      expect(page).toContain(`<li id="note-${claim.position}"`);
    }
    expect(page).toMatch(/Claim 1: <span class="status-label status-false">/);
    expect(page).toContain('Linda Park');
    expect(page).toContain('<script type="application/ld+json">');
    expect(page).toContain('<meta property="og:title" content="Rates rise">');
  });

  it('renders notes, titles and evidence titles as text, never markup', async () => {
    const article = await publishedSample(`Rates ${PAYLOAD}`);
    const page = renderReaderPage(article, 'https://factcheck.example/a/rates', 'Example Checks').html;
    expect(page).not.toContain(PAYLOAD);
    expect(page).toContain('Minutes say otherwise &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(page).toContain('Board minutes &lt;img');
    // JSON-LD holds the title too: it must not be able to close its script element.
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1];
    expect(jsonLd).not.toMatch(/<\/?(?:script|img)/i);
  });

  it('is the same bytes on every render of the same version, and a new ETag after a review', async () => {
    const article = await publishedSample('Rates steady');
    const first = renderReaderPage(article, 'https://factcheck.example/a/rates', 'Example Checks');
    const second = renderReaderPage(getPublishedArticle(article.slug)!, 'https://factcheck.example/a/rates', 'Example Checks');
    expect(second.html).toBe(first.html);
    expect(second.etag).toBe(first.etag);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);

    const editor = await createTestUser('editor');
    const claim = article.claims[1];
    setClaimReview(editor, claim.id, { status: 'true', note: 'Checked.', version: claim.version });
    const changed = renderReaderPage(getPublishedArticle(article.slug)!, 'https://factcheck.example/a/rates', 'Example Checks');
    expect(changed.etag).not.toBe(first.etag);
  });

  it('allows its inline script and style by hash, with no nonce, and names the article and its registry sources as keys', async () => {
    const article = await publishedSample('Rates hashed');
    const page = renderReaderPage(article, 'https://factcheck.example/a/rates', 'Example Checks');
    expect(page.html).not.toContain('nonce');
    const script = /<script>([\s\S]*?)<\/script>/.exec(page.html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(page.html)![1];
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(page.contentSecurityPolicy).toContain(`script-src ${hash(script)};`);
    expect(page.contentSecurityPolicy).toContain(`style-src ${hash(style)};`);
    expect(page.contentSecurityPolicy).not.toContain('unsafe-inline\'; script');
    const registryIds = [...new Set(article.sources.map((s) => s.registryId))];
    expect(registryIds.length).toBeGreaterThan(0);
    expect(page.keys).toEqual([`article-${article.slug}`, ...registryIds.sort((a, b) => a! - b!).map((id) => `source-${id}`)]);
  });

  it('a not-found page carries no script and says nothing about why', () => {
    const page = notFoundPage();
    expect(page.html).toContain('<h1>Not found</h1>');
    expect(page.html).not.toMatch(/<script/);
    expect(page.contentSecurityPolicy).toContain("script-src 'none'");
  });

  it('states how many claims were reviewed, and describes the article in grammatical sentences', async () => {
    const article = await publishedSample('Rates reviewed');
    const page = renderReaderPage(article, 'https://factcheck.example/a/rates', 'Example Checks').html;
    const total = article.claims.length;
    // One claim was reviewed (false) in publishedSample.
    expect(page).toContain(`<p class="summary-reviewed">1 of ${total} claims reviewed</p>`);
    const description = /<meta property="og:description" content="([^"]*)">/.exec(page)![1];
    expect(description).toMatch(new RegExp(`^1 of ${total} claims reviewed\\. `));
    expect(description).toContain('1 was found false or misleading.');
    expect(description).not.toMatch(/\b1 (rest|name|were)\b/);
    expect(description).not.toContain('claims checked');
  });

  it('says a claim rests on a vague attribution instead of calling it the author’s own voice', async () => {
    const editor = await createTestUser('editor');
    const text = ['Bridge Repairs Delayed', '', 'The repairs will reportedly cost the city $4 million more than planned.', '', 'The bridge opened in 1962.'].join('\n');
    const { id, slug } = importArticle(editor, ArticleInputSchema.parse({ title: 'Vague bridge', text }));
    setArticlePublished(editor, id, true);
    const article = getPublishedArticle(slug)!;
    const vague = article.claims.find((c) => c.text.includes('$4 million'))!;
    expect(vague.vagueAttribution).toBe('reportedly');
    expect(vague.sources).toEqual([]);
    const page = renderReaderPage(article, 'https://factcheck.example/a/bridge', 'Example Checks').html;
    const footnote = new RegExp(`<li id="note-${vague.position}"[\\s\\S]*?</li>`).exec(page)![0];
    expect(footnote).toContain('None named: the article attributes it only vaguely (“reportedly”)');
    expect(footnote).not.toContain('author’s own voice');
  });
});
