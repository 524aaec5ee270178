import { describe, expect, it } from 'vitest';
import { EXPORT_ARTICLE } from './export-fixture';
import { ANNOTATION_CONTEXT, AnnotationCollectionSchema, buildWebAnnotations } from './web-annotation';

const urls = { target: 'https://example.org/rates', collection: 'https://desk.example/api/articles/7/export?format=annotations' };

describe('buildWebAnnotations', () => {
  const collection = buildWebAnnotations(EXPORT_ARTICLE, urls);

  it('is a valid W3C annotation collection with one annotation per claim', () => {
    expect(() => AnnotationCollectionSchema.parse(collection)).not.toThrow();
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.total).toBe(3);
    expect(collection.first.items.map((a) => a.id)).toEqual([1, 2, 3].map((n) => `${urls.collection}#claim-${n}`));
  });

  it('anchors each claim by quote with context and by code-point position', () => {
    const [first, second] = collection.first.items;
    expect(first.target.source).toBe(urls.target);
    expect(first.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Rates rose 8 percent, the board said.', prefix: '', suffix: ' 🚰 =SUM(A1) was typed, one sour' },
      { type: 'TextPositionSelector', start: 0, end: 37 },
    ]);
    // The emoji is 2 UTF-16 units but 1 code point: claim 2 starts at UTF-16 offset 41, code point 40.
    const claim2 = EXPORT_ARTICLE.claims[1];
    expect(claim2.start).toBe(41);
    expect(second.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 40, end: 40 + claim2.text.length });
    expect(second.target.selector[0].prefix.endsWith('the board said. 🚰 ')).toBe(true);
    expect(second.target.selector[0].suffix).toBe(' Nobody checked.');
  });

  it('assesses reviewed claims, highlights the rest, and tags each source type', () => {
    const [first, second, third] = collection.first.items;
    expect(first.motivation).toBe('assessing');
    expect(first.body).toContainEqual(expect.objectContaining({ purpose: 'assessing', value: 'True: Minutes, p. 3, say "8%".' }));
    expect(second.motivation).toBe('highlighting');
    expect(second.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['Anonymous', 'Organization']);
    expect(second.body[0].value).toContain('one source (anonymous source, via Eastport Gazette)');
    // An opinion is a status, not a verdict.
    expect(third.motivation).toBe('highlighting');
    expect(third.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['No source']);
  });

  it('leaves out a claim that lost its place in the text', () => {
    const orphaned = { ...EXPORT_ARTICLE, claims: EXPORT_ARTICLE.claims.map((c) => (c.position === 2 ? { ...c, orphaned: true } : c)) };
    expect(buildWebAnnotations(orphaned, urls).first.items.map((a) => a.id.split('#')[1])).toEqual(['claim-1', 'claim-3']);
  });

  it('rejects an annotation without selectors', () => {
    const broken = structuredClone(collection);
    (broken.first.items[0].target as { selector: unknown }).selector = [];
    expect(AnnotationCollectionSchema.safeParse(broken).success).toBe(false);
  });
});
