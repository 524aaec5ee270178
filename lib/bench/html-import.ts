// HTML import quality on the invented page set of lib/articles/fixtures/news-pages.ts: body F1 of
// claimdesk's reduction against plain Readability on the same pages.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToArticle } from '../articles/html-article';
import { newsPages, type NewsPage } from '../articles/fixtures/news-pages';
import { bodyScore, type BodyScore } from './body-f1';

interface Row {
  name: string;
  claimdesk: BodyScore | null;
  readability: BodyScore | null;
}

/** claimdesk's stored text, less the headline it puts first (the benchmark's bodies have none). */
export function claimdeskBody(page: NewsPage): string | null {
  const article = htmlToArticle(page.html);
  if (!article.text.trim() || article.wall) return null;
  return article.title && article.text.startsWith(`${article.title}\n\n`) ? article.text.slice(article.title.length + 2) : article.text;
}

export function readabilityBody(page: NewsPage): string | null {
  const parsed = new Readability(parseHTML(page.html).document).parse();
  return parsed?.textContent?.trim() ? parsed.textContent : null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export function scoreHtmlImport(pages = newsPages()): { rows: Row[]; summary: Record<'claimdesk' | 'readability', { f1: number; precision: number; recall: number; refused: number }> } {
  const rows: Row[] = pages.map((page) => {
    const truth = page.body.join('\n\n');
    const ours = claimdeskBody(page);
    const theirs = readabilityBody(page);
    return { name: page.name, claimdesk: ours === null ? null : bodyScore(ours, truth), readability: theirs === null ? null : bodyScore(theirs, truth) };
  });
  // A refused page scores 0 in the averages, as the benchmark counts it.
  const summarise = (key: 'claimdesk' | 'readability') => ({
    f1: mean(rows.map((r) => r[key]?.f1 ?? 0)),
    precision: mean(rows.map((r) => r[key]?.precision ?? 0)),
    recall: mean(rows.map((r) => r[key]?.recall ?? 0)),
    refused: rows.filter((r) => r[key] === null).length,
  });
  return { rows, summary: { claimdesk: summarise('claimdesk'), readability: summarise('readability') } };
}

export async function benchHtmlImport(): Promise<void> {
  const started = performance.now();
  const { rows, summary } = scoreHtmlImport();
  const f = (n: number) => n.toFixed(3);
  console.log(`${rows.length} invented pages in ${new Set(rows.map((r) => r.name.replace(/-\d+$/, ''))).size} markup families (lib/articles/fixtures/news-pages.ts)`);
  console.log('                      body F1  precision  recall  refused');
  for (const key of ['claimdesk', 'readability'] as const) {
    const s = summary[key];
    console.log(`${(key === 'claimdesk' ? 'claimdesk import' : 'plain Readability').padEnd(20)}  ${f(s.f1)}    ${f(s.precision)}     ${f(s.recall)}   ${s.refused}`);
  }
  const worst = rows.filter((r) => (r.claimdesk?.f1 ?? 0) < 0.95).map((r) => `${r.name} ${f(r.claimdesk?.f1 ?? 0)} (Readability ${f(r.readability?.f1 ?? 0)})`);
  if (worst.length) console.log(`claimdesk below 0.95: ${worst.join(', ')}`);
  const pages = newsPages();
  const found = { title: 0, byline: 0, siteName: 0, date: 0 };
  for (const page of pages) {
    const a = htmlToArticle(page.html);
    if (a.title === page.title) found.title++;
    if (a.byline === page.byline) found.byline++;
    if (a.siteName === page.siteName) found.siteName++;
    if (a.publicationDate === page.date) found.date++;
  }
  console.log(`metadata right (of ${pages.length}): title ${found.title}, byline ${found.byline}, site name ${found.siteName}, date ${found.date}`);
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}

if (process.argv[1]?.endsWith('html-import.ts')) await benchHtmlImport();
