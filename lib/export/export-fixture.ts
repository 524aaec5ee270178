// A hand-built article view for the export tests: an emoji before the second claim makes UTF-16
// offsets and code-point positions differ, and the claims cover each sourcing case.
import type { ArticleView, ClaimView } from '@/lib/articles/article-view.server';

const body = 'Rates rose 8 percent, the board said. 🚰 =SUM(A1) was typed, one source told the Gazette. Nobody checked.';
const span = (text: string) => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, text };
};

const claim = (over: Partial<ClaimView> & Pick<ClaimView, 'id' | 'position' | 'start' | 'end' | 'text'>): ClaimView => ({
  checkworthiness: 0.8,
  checkworthy: true,
  vagueAttribution: null,
  duplicateOfPosition: null,
  explanation: '',
  status: 'unreviewed',
  note: '',
  version: 1,
  reviewedAt: null,
  reviewedBy: null,
  assigneeId: null,
  origin: 'extracted',
  dismissed: false,
  orphaned: false,
  sources: [],
  evidence: [],
  ...over,
});

export const EXPORT_ARTICLE: ArticleView = {
  id: 7,
  slug: 'rates-rose',
  title: 'Rates rose',
  outlet: 'Eastport Gazette',
  author: 'Jo Reporter',
  url: 'https://example.org/rates',
  publicationDate: '2026-11-01',
  published: true,
  revision: 1,
  publishedAt: '2026-11-03T10:00:00.000Z',
  createdAt: '2026-11-02T09:00:00.000Z',
  body,
  blocks: [{ start: 0, end: body.length, kind: 'body' }],
  claims: [
    claim({
      id: 101,
      position: 1,
      ...span('Rates rose 8 percent, the board said.'),
      status: 'true',
      note: 'Minutes, p. 3, say "8%".',
      version: 2,
      reviewedAt: '2026-11-04T12:00:00.000Z',
      reviewedBy: 'Chris Checker',
      sources: [
        {
          sourceId: 1,
          name: 'Eastport Water Board',
          type: 'organization',
          mention: { start: 22, end: 31, text: 'the board' },
          cue: 'said',
          via: null,
          rule: 'said-speaker',
          explanation: '',
        },
      ],
    }),
    claim({
      id: 102,
      position: 2,
      ...span('=SUM(A1) was typed, one source told the Gazette.'),
      sources: [
        {
          sourceId: 2,
          name: 'one source',
          type: 'anonymous',
          mention: { start: 0, end: 0, text: 'one source' },
          cue: 'told',
          via: { name: 'Eastport Gazette', type: 'media' },
          rule: 'told-outlet',
          explanation: '',
        },
        {
          sourceId: 1,
          name: 'Eastport Water Board',
          type: 'organization',
          mention: null,
          cue: null,
          via: null,
          rule: 'carry-over',
          explanation: '',
        },
      ],
    }),
    claim({ id: 103, position: 3, ...span('Nobody checked.'), checkworthiness: 0.2, checkworthy: false, status: 'opinion', reviewedAt: '2026-11-04T12:05:00.000Z' }),
  ],
  sources: [
    { id: 1, registryId: 1, name: 'Eastport Water Board', type: 'organization', claimCount: 2 },
    { id: 2, registryId: 2, name: 'one source', type: 'anonymous', claimCount: 1 },
  ],
};
