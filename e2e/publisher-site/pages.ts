// Three publisher pages built the ways newsrooms build them, all carrying the same article
// (article.ts): a WordPress theme, a server-rendered React news site, an AMP page. Each writes the
// text its own way (typographic quotes, links inside sentences, text split over elements, other
// spacing, ads and related-links boxes in between) and ends with the one-line claimdesk snippet.
import { PUBLISHER_ARTICLE_PARAGRAPHS as PARAGRAPHS, PUBLISHER_ARTICLE_TITLE as TITLE } from './article';

/** Typographic quotes and apostrophes, as editors' software writes them. */
function curly(text: string): string {
  return text.replace(/"(?=\w)/g, '\u201c').replace(/"/g, '\u201d').replace(/'/g, '\u2019');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A word of the paragraph made a link, as editors link names and reports. */
function linkWord(text: string, word: string, href: string): string {
  return text.replace(word, `<a href="${href}">${word}</a>`);
}

function snippet(desk: string, slug: string): string {
  return `<script src="${desk}/embed.js" data-claimdesk="${escape(slug)}" async></script>`;
}

export function wordpressPage(desk: string, slug: string): string {
  const paragraphs = PARAGRAPHS.map((p, i) => {
    let html = escape(curly(p));
    html = linkWord(html, 'Riverton Herald', '/tag/herald');
    html = linkWord(html, 'Sable Valley Insurers Association', 'https://insurers.example/');
    html = html.replace('$48 million', '$48&nbsp;million').replace('Mayor Elena Ruiz', 'Mayor <strong>Elena Ruiz</strong>');
    const extra =
      i === 2
        ? `<div class="ad-slot wp-block-ad"><span>ADVERTISEMENT</span><p>Subscribe for 1 dollar a week.</p></div>\n`
        : i === 5
          ? `<aside class="related-posts"><h3>Related</h3><ul><li><a href="/flood-2024">The flood that changed Riverton</a></li></ul></aside>\n`
          : '';
    return `<p>${html}</p>\n${extra}`;
  }).join('');
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>${escape(TITLE)} &#8211; Riverton Herald</title>
<link rel="stylesheet" href="/site.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">Riverton Herald</a></p></header>
<main id="main" class="site-main">
<article id="post-1182" class="post-1182 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">${escape(TITLE)}</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/jlee">J. Lee</a></span></div></header>
<div class="entry-content">
${paragraphs}</div>
${snippet(desk, slug)}
</article>
</main>
<footer class="site-footer"><p>&copy; Riverton Herald</p></footer></div>
</body>
</html>
`;
}

export function reactNewsPage(desk: string, slug: string): string {
  // Server-rendered React: CSS-module class names, sentences split over spans with text separators.
  const paragraphs = PARAGRAPHS.map((p, i) => {
    const text = curly(p);
    const cut = text.indexOf(' ', Math.floor(text.length / 2));
    const parts = `<span class="Text_run__x2">${escape(text.slice(0, cut))}</span><!-- --> <!-- --><span class="Text_run__x2">${escape(text.slice(cut + 1))}</span>`;
    const box = i === 4 ? `<div class="RelatedLinks_box__Qz1"><h4 class="RelatedLinks_title__a">Read more</h4><a class="RelatedLinks_link__b" href="/n/insurance">Why premiums keep rising</a></div>` : '';
    return `<p class="Article_paragraph__f9">${parts}</p>${box}`;
  }).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(TITLE)} | Valley News</title><link rel="stylesheet" href="/site.css"></head><body><div id="__next"><div class="Layout_root__k1"><nav class="Nav_bar__p"><a href="/">Valley News</a></nav><main class="Article_main__z"><article class="Article_article__r7"><h1 class="Article_headline__m">${escape(TITLE)}</h1><div class="Article_body__q3">${paragraphs}</div></article></main></div></div>${snippet(desk, slug)}</body></html>`;
}

export function ampPage(desk: string, slug: string): string {
  const paragraphs = PARAGRAPHS.map((p, i) => {
    // Hard line breaks inside the source, as AMP templates emit them.
    const words = escape(curly(p)).split(' ');
    const html = [words.slice(0, 6).join(' '), words.slice(6).join(' ')].join('\n      ');
    const ad = i === 3 ? `\n    <amp-ad width="300" height="250" type="doubleclick" data-slot="/1/riverton"><div placeholder>Advertisement</div></amp-ad>` : '';
    return `    <p>\n      ${html}\n    </p>${ad}`;
  }).join('\n');
  return `<!doctype html>
<html amp lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escape(TITLE)}</title>
    <link rel="canonical" href="/wordpress">
    <meta name="viewport" content="width=device-width">
    <link rel="stylesheet" href="/site.css">
  </head>
  <body>
    <header class="amp-header">Riverton Herald AMP</header>
    <article class="amp-article">
    <h1>${escape(TITLE)}</h1>
    <amp-img src="/flood.png" width="600" height="300" layout="responsive" alt="Flooded street"></amp-img>
${paragraphs}
    </article>
    ${snippet(desk, slug)}
  </body>
</html>
`;
}
