import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract';
import { htmlToArticle, looksLikeHtml } from './html-article';

/** An invented news page with the furniture real pages have around the article. */
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour Expansion Approved After Long Debate | The Bay Herald</title>
  <meta property="og:site_name" content="The Bay Herald">
  <meta property="article:published_time" content="2026-03-14T09:30:00Z">
  <style>body { font-family: serif; }</style>
  <script>window.tracker = { send() { document.write('<p>tracking pixel</p>'); } };</script>
</head>
<body>
  <header class="masthead"><a href="/">The Bay Herald</a><p>Your daily news since 1901</p></header>
  <nav aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  <div class="ad-banner">Summer sale: buy two pairs of shoes, get one free at Marina Outfitters!</div>
  <main>
    <article>
      <header>
        <h1>Harbour Expansion Approved After Long Debate</h1>
        <p class="byline">By Jane Okafor</p>
      </header>
      <p>The Bay City council approved the harbour expansion on Tuesday by a vote of seven to two,
         ending a debate that had lasted more than three years.</p>
      <p>&ldquo;The project will cost &pound;40 million and create 300 jobs,&rdquo; said mayor Ana Silva.
         She added that the <em>first phase</em> would begin in <strong>June</strong>.<br>Work will run in two shifts.</p>
      <aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Ferry fares rise again</a></li></ul></aside>
      <h2>Environmental concerns</h2>
      <p>According to the port authority&rsquo;s annual report, cargo traffic grew 12 percent in 2025.</p>
      <p>Two council members told the Bay Herald that the environmental review had been rushed.
         Campaigners say the dredging will damage the seagrass meadows &lt;script&gt;alert(1)&lt;/script&gt; near the old pier.</p>
      <div class="advertisement"><p>Advertisement: Visit Marina Outfitters today for the best deals in town.</p></div>
      <ul>
        <li>The first berth opens in 2027.</li>
        <li>The second berth opens in 2029.</li>
      </ul>
    </article>
  </main>
  <aside class="sidebar"><h3>Most read</h3><ol><li>Storm closes coastal road</li></ol></aside>
  <footer><p>&copy; 2026 The Bay Herald. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
  <script>window.tracker.send();</script>
</body>
</html>`;

describe('looksLikeHtml', () => {
  it('recognises documents and tag-heavy fragments', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('  <html><body><p>Hi.</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<p>One.</p>\n<p>Two.</p>')).toBe(true);
    expect(looksLikeHtml('<div><p>One.</p><p>Two.</p></div>')).toBe(true);
    expect(looksLikeHtml('Copied from a page: <b>x</b><i>y</i><span>z</span><em>w</em><br><br>')).toBe(true);
  });

  it('leaves prose alone, even prose that mentions a tag or a comparison', () => {
    expect(looksLikeHtml('The council said costs rose.\n\nCritics disagreed.')).toBe(false);
    expect(looksLikeHtml(`A web developer explained that the <br> tag breaks a line, and that 3 < 4. ${'More words. '.repeat(30)}`)).toBe(false);
    expect(looksLikeHtml('# Heading\n\nMarkdown with <sup>1</sup> a footnote.' + ' Words.'.repeat(100))).toBe(false);
    // An article quoting attack strings is still an article; its words are kept as typed.
    const quoted = [
      'Headline <img src=x onerror="alert(1)">',
      '',
      'The council said <script>alert("x")</script> it would vote on Monday.',
      '',
      '"Rates will rise," said Mayor <img src=x onerror="alert(2)"> Smith.',
    ].join('\n');
    expect(looksLikeHtml(quoted)).toBe(false);
  });
});

describe('htmlToArticle', () => {
  const article = htmlToArticle(PAGE);

  it('keeps the article text, one paragraph per block, headings on their own lines', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toContain('Harbour Expansion Approved After Long Debate');
    expect(paragraphs).toContain('Environmental concerns');
    expect(paragraphs).toContain(
      'The Bay City council approved the harbour expansion on Tuesday by a vote of seven to two, ending a debate that had lasted more than three years.',
    );
    expect(paragraphs).toContain(
      '“The project will cost £40 million and create 300 jobs,” said mayor Ana Silva. She added that the first phase would begin in June.\nWork will run in two shifts.',
    );
    expect(paragraphs).toContain('The first berth opens in 2027.');
    expect(paragraphs).toContain('The second berth opens in 2029.');
    // Order is the page's order.
    expect(article.text.indexOf('Environmental concerns')).toBeLessThan(article.text.indexOf('cargo traffic'));
    expect(article.text.indexOf('approved the harbour')).toBeLessThan(article.text.indexOf('Environmental concerns'));
  });

  it('drops navigation, ads, sidebars, footer and scripts', () => {
    for (const noise of ['Sport', 'Marina Outfitters', 'Most read', 'Related stories', 'All rights reserved', 'Privacy policy', 'tracker', 'font-family', 'daily news since']) {
      expect(article.text).not.toContain(noise);
    }
  });

  it('leaves no markup: escaped tags in the page stay visible words, nothing is HTML any more', () => {
    expect(article.text).not.toMatch(/<\/?(p|em|strong|br|h2|li|div)\b/i);
    expect(article.text).not.toMatch(/&[a-z]+;/);
    expect(article.text).toContain('seagrass meadows <script>alert(1)</script> near the old pier.');
  });

  it('reads the title without the site name, and the metadata', () => {
    expect(article.title).toBe('Harbour Expansion Approved After Long Debate');
    expect(article.siteName).toBe('The Bay Herald');
    expect(article.byline).toBe('Jane Okafor');
    expect(article.publicationDate).toBe('2026-03-14');
  });

  it('gives the extractor text it can attribute', () => {
    const extraction = extract(article.text);
    const quote = extraction.claims.find((c) => c.text.includes('£40 million'));
    expect(quote?.attributions.map((a) => extraction.sources[a.source].name)).toEqual([expect.stringContaining('Ana Silva')]);
    // The headline is a heading, not a claim.
    expect(extraction.claims.some((c) => c.text.startsWith('Harbour Expansion Approved'))).toBe(false);
  });

  it('reduces a pasted fragment without <html> or <body>', () => {
    const fragment = htmlToArticle('<h2>Rates</h2><p>The board raised rates by 8 percent.</p><p>Critics said the rise was unfair.</p>');
    expect(fragment.text).toBe('Rates\n\nThe board raised rates by 8 percent.\n\nCritics said the rise was unfair.');
  });

  it('gives empty text for a page without words', () => {
    expect(htmlToArticle('<html><body><script>x()</script><img src="a.png"></body></html>').text).toBe('');
  });
});
