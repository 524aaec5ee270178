import { beforeAll, describe, expect, it } from 'vitest';
import { renderReaderPage } from '@/app/(public)/a/[slug]/reader-page.server';
import { getArticle } from '@/lib/articles/get-article.server';
import { getPublishedArticle } from '@/lib/articles/get-published-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { reimportArticle } from '@/lib/articles/reimport-article.server';
import { setArticlePublished } from '@/lib/articles/publish-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import { RevisionSubmissionSchema } from '@/lib/articles/submission';
import type { Actor } from '@/lib/auth/roles';
import { EXPORT_FORMATS, getArticleExport } from '@/lib/export/get-article-export.server';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { getClaimHistory } from './get-claim-history.server';
import { addPrivateNote, listPrivateNotes } from './private-notes.server';
import { PrivateNoteInputSchema } from './schemas';
import { setClaimReview } from './set-claim-review.server';

let checker: Actor;
let editor: Actor;

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
});

function importSample(title: string) {
  const { id, slug } = importArticle(checker, ArticleInputSchema.parse({ title, text: SAMPLE_ARTICLE, url: 'https://news.example/rates' }));
  return { id, slug, claims: getArticle(checker, id).claims };
}

describe('private notes', () => {
  it('keeps several notes per claim, each with its author and time, oldest first', () => {
    const { id, claims } = importSample('Notes thread');
    const claim = claims[0];
    const first = addPrivateNote(checker, claim.id, { text: 'Called the board press office.' });
    const second = addPrivateNote(editor, claim.id, { text: 'Ask for the minutes too.' });
    const notes = listPrivateNotes(checker, claim.id);
    expect(notes.map((n) => [n.text, n.author])).toEqual([
      ['Called the board press office.', checker.name],
      ['Ask for the minutes too.', editor.name],
    ]);
    const { articleId, ...firstNote } = first;
    expect(articleId).toBe(id);
    expect(notes[0]).toEqual(firstNote);
    expect(Date.parse(second.at)).toBeGreaterThanOrEqual(Date.parse(first.at));
  });

  it('leaves the claim, its version, its public explanation and its history alone', () => {
    const { id, claims } = importSample('Notes leave the claim alone');
    const claim = claims[0];
    addPrivateNote(checker, claim.id, { text: 'Working theory: the figure is annual.' });
    const same = getArticle(checker, id).claims.find((c) => c.id === claim.id)!;
    expect(same.version).toBe(claim.version);
    expect(same.note).toBe('');
    expect(getClaimHistory(checker, claim.id)).toEqual([]);
  });

  it('is for the desk only: readers without an account are refused, unknown claims are 404', () => {
    const { claims } = importSample('Notes access');
    expect(() => addPrivateNote(null, claims[0].id, { text: 'x' })).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
    expect(() => listPrivateNotes(null, claims[0].id)).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
    expect(() => addPrivateNote(checker, 999_999, { text: 'x' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('refuses an empty note with a message', () => {
    const parsed = PrivateNoteInputSchema.safeParse({ text: '   ' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe('Write the note first');
  });

  it('never leaves the desk: the reader page and every export carry the public explanation and not the private note', () => {
    const { id, slug, claims } = importSample('Notes stay private');
    const claim = claims[0];
    const PUBLIC = 'Board minutes of 3 March confirm the rise.';
    const PRIVATE = 'Source at the board says the minutes were edited';
    setClaimReview(checker, claim.id, { status: 'true', note: PUBLIC, version: claim.version });
    addPrivateNote(checker, claim.id, { text: PRIVATE });
    setArticlePublished(editor, id, true);

    const page = renderReaderPage(getPublishedArticle(slug)!, `https://checks.example/a/${slug}`, 'Example Checks').html;
    expect(page).toContain(PUBLIC);
    expect(page).not.toContain(PRIVATE);
    for (const format of EXPORT_FORMATS) {
      const { body } = getArticleExport(checker, id, format);
      expect(body, format).not.toContain(PRIVATE);
    }
    // The formats that carry explanations carry the public one.
    expect(getArticleExport(checker, id, 'csv').body).toContain(PUBLIC);
    expect(getArticleExport(checker, id, 'json').body).toContain(PUBLIC);
    expect(getArticleExport(checker, id, 'annotations').body).toContain(PUBLIC);
  });

  it('count as work on a claim: a re-import keeps the claim and its notes', async () => {
    const { id, claims } = importSample('Notes survive re-import');
    const claim = claims.find((c) => c.text.includes('annual audit'))!;
    addPrivateNote(checker, claim.id, { text: 'Audit PDF saved in the team folder.' });
    reimportArticle(checker, id, await RevisionSubmissionSchema.parseAsync({ text: `${SAMPLE_ARTICLE}\n\nThe mayor said she would ask the board to reconsider.` }));
    expect(listPrivateNotes(checker, claim.id).map((n) => n.text)).toEqual(['Audit PDF saved in the team folder.']);
    expect(getArticle(checker, id).claims.some((c) => c.id === claim.id)).toBe(true);
  });
});
