import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract';
import { scoreHtmlImport } from '@/lib/bench/html-import';
import { newsPages } from './fixtures/news-pages';
import { htmlToArticle } from './html-article';

const pages = newsPages();

describe('HTML import on the invented page set (issue 17)', () => {
  it('has at least 40 pages in many markup families', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pages.map((p) => p.family)).size).toBeGreaterThanOrEqual(12);
  });

  it('refuses no page and scores a body F1 at least as high as plain Readability', () => {
    const { summary } = scoreHtmlImport(pages);
    expect(summary.claimdesk.refused).toBe(0);
    expect(summary.claimdesk.f1).toBeGreaterThanOrEqual(summary.readability.f1);
  });

  it('keeps pages whose containers mention share, social or related, and pages wrapped in a <form>', () => {
    for (const family of ['aspnet', 'classyContainers']) {
      const page = pages.find((p) => p.family === family)!;
      const text = htmlToArticle(page.html).text;
      for (const block of page.body) expect(text).toContain(block);
    }
  });

  it('keeps headings, quotes and list items as blocks of their own', () => {
    const page = pages.find((p) => p.family === 'explainer')!;
    const blocks = htmlToArticle(page.html).text.split('\n\n');
    for (const block of page.body) expect(blocks).toContain(block);
  });

  it('leaves captions, credits, "Read more" links and newsletter promos out of the text, so they never become claims', () => {
    for (const family of ['arc', 'promos', 'captions', 'amp', 'nextjs']) {
      for (const page of pages.filter((p) => p.family === family)) {
        const text = htmlToArticle(page.html).text;
        expect(text, page.name).not.toMatch(/Photo:|Harbour Press Agency|Read more|READ MORE|Sign up|morning briefing|Subscribe|Workers at the/);
        expect(extract(text).claims.map((c) => c.text).join(' ')).not.toMatch(/Read more|Sign up|Photo:/);
      }
    }
  });

  it('reads title, byline, site name and date from JSON-LD, Open Graph, <meta> and <time>', () => {
    for (const page of pages) {
      const article = htmlToArticle(page.html);
      expect({ title: article.title, byline: article.byline, siteName: article.siteName, date: article.publicationDate }, page.name).toEqual({
        title: page.title,
        byline: page.byline,
        siteName: page.siteName,
        date: page.date,
      });
    }
  });

  it('falls back to plain Readability when the pre-pass leaves no text', () => {
    const page = '<html><body><div class="story social-embed"><p>The harbour reopened on Monday after storm repairs that cost 2 million euros, the port authority said.</p></div></body></html>';
    expect(htmlToArticle(page).text).toBe('The harbour reopened on Monday after storm repairs that cost 2 million euros, the port authority said.');
  });

  it('takes the date from <time> when the page has no other metadata', () => {
    const page = '<html><body><article><h1>Dam Repaired</h1><time datetime="2026-02-03T10:00">3 Feb</time><p>The dam was repaired in six weeks, the water board said on Tuesday.</p></article></body></html>';
    expect(htmlToArticle(page).publicationDate).toBe('2026-02-03');
  });
});

describe('cookie walls and paywalls', () => {
  const cookieWall = `<!doctype html><html><head><title>Before you continue</title></head><body><div id="consent-wall" class="cmp-container"><h1>We value your privacy</h1><p>We and our 843 partners use cookies to store and access information on your device. Click accept all to consent, or manage your privacy settings.</p><button>Accept all</button><button>Reject all</button></div></body></html>`;
  const paywall = `<!doctype html><html><head><title>Harbour deal | The Bay Herald</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour deal","isAccessibleForFree":false}</script></head><body><article><h1>Harbour deal</h1><p>The council signed the</p><div class="paywall-offer"><p>This article is for subscribers only. Subscribe for 1 euro a week, or sign in if you are already a subscriber.</p></div></article></body></html>`;

  it('recognises a page that is only a wall', () => {
    expect(htmlToArticle(cookieWall).wall).toBe('cookie');
    expect(htmlToArticle(paywall).wall).toBe('paywall');
  });

  it('does not take an article with a cookie banner, or a short story about cookies, for a wall', () => {
    expect(pages.filter((p) => p.family === 'cookieBanner').map((p) => htmlToArticle(p.html).wall)).toEqual([null, null, null]);
    const brief = '<html><body><article><h1>Regulator fines shop over cookies</h1><p>The data regulator fined an online shop 40,000 euros for setting advertising cookies without consent, it said on Monday.</p></article></body></html>';
    expect(htmlToArticle(brief).wall).toBeNull();
  });
});

describe('pre-pass on paragraphs', () => {
  it('keeps paragraphs of text whose class mentions ads, metadata or the author, and drops the linky ones', () => {
    const page = `<html><body><article><h1>Budget Passed</h1>
<p class="para ads-text">The council passed the budget on Monday by eleven votes to four, ending a month of talks.</p>
<p class="author-quote">"This budget protects the libraries," said councillor Mei Tanaka after the vote.</p>
<p class="meta-text">Opposition members said the rise in parking fees would hurt the high street.</p>
<p class="related-link"><a href="/x">Council budget: all our coverage</a></p>
<p class="photo-credit">Photo: Karl Berg</p>
</article></body></html>`;
    const text = htmlToArticle(page).text;
    expect(text).toContain('eleven votes to four');
    expect(text).toContain('protects the libraries');
    expect(text).toContain('parking fees');
    expect(text).not.toContain('all our coverage');
    expect(text).not.toContain('Photo: Karl Berg');
  });
});
