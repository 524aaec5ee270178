// Demo data for a fresh database: three users and three invented articles, one partly reviewed
// and published. Runs only when the database has no users.
import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { importArticle } from '../lib/articles/import-article.server';
import { setArticlePublished } from '../lib/articles/publish-article.server';
import { ArticleInputSchema } from '../lib/articles/schemas';
import { hashPassword } from '../lib/auth/password';
import type { Actor } from '../lib/auth/roles';
import { getArticle } from '../lib/articles/get-article.server';
import { addPrivateNote } from '../lib/claims/private-notes.server';
import { setClaimReview } from '../lib/claims/set-claim-review.server';
import type { Db } from './client';
import { users, type ClaimStatus, type Role } from './schema';

export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'admin@example.org', name: 'Ada Admin', role: 'admin', password: 'claimdesk-admin' },
  { email: 'editor@example.org', name: 'Eddie Editor', role: 'editor', password: 'claimdesk-editor' },
  { email: 'checker@example.org', name: 'Chris Checker', role: 'factchecker', password: 'claimdesk-checker' },
];

const DEMO_ARTICLES = [
  { file: 'harbour-bridge.txt', title: 'Millbrook closes Harbour Bridge to heavy trucks', outlet: 'Millbrook Herald', author: 'Dana Whitfield', publicationDate: '2026-10-14', url: 'https://example.org/news/harbour-bridge' },
  { file: 'clinic-funding.txt', title: 'Rural clinics face a 20 percent funding cut', outlet: 'The Northern Courier', author: 'Sam Otieno', publicationDate: '2026-11-02', url: null },
  { file: 'transit-strike.txt', title: 'Port Allen transit strike enters second day', outlet: 'Port Allen Daily', author: null, publicationDate: '2026-11-19', url: null },
];

// Reviews for the first article, found by words in the claim so that they follow the extractor.
// `note` is the public explanation readers see; `privateNote` stays on the desk.
const DEMO_REVIEWS: { contains: string; status: ClaimStatus; note: string; privateNote?: string }[] = [
  { contains: 'voted 7 to 2', status: 'true', note: 'Council minutes of 13 October record the 7–2 vote.' },
  { contains: '12 percent', status: 'mostly_true', note: 'The inspection report gives 11.6 percent for one cable and 12.4 for the other.' },
  { contains: 'known about the problem since 2019', status: 'unsupported', note: 'The 2019 inspection mentions surface rust only.', privateNote: 'Asked Becker for his source.' },
  { contains: '40,000 vehicles', status: 'in_progress', note: '', privateNote: 'Waiting for the state traffic counts.' },
];

/** What the start log prints after seeding, so whoever started the app can sign in. */
export function demoSignInLines(): string[] {
  return ['Demo sign-ins (change or deactivate these accounts before real use):', ...DEMO_USERS.map((u) => `  ${u.role.padEnd(11)} ${u.email}  password: ${u.password}`)];
}

export async function seedDemoData(db: Db): Promise<boolean> {
  const existing = db.select({ n: count() }).from(users).get();
  if (existing && existing.n > 0) return false;

  const actors: Record<Role, Actor> = {} as Record<Role, Actor>;
  for (const u of DEMO_USERS) {
    const row = db
      .insert(users)
      .values({ email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(u.password) })
      .returning()
      .get();
    actors[u.role] = { id: row.id, email: row.email, name: row.name, role: row.role };
  }

  const imported = DEMO_ARTICLES.map(({ file, ...meta }) =>
    importArticle(
      actors.factchecker,
      ArticleInputSchema.parse({ ...meta, text: readFileSync(new URL(`./demo/${file}`, import.meta.url), 'utf8') }),
    ),
  );

  const first = getArticle(actors.factchecker, imported[0].id);
  for (const review of DEMO_REVIEWS) {
    const claim = first.claims.find((c) => c.text.includes(review.contains));
    if (!claim) continue;
    setClaimReview(actors.factchecker, claim.id, { status: review.status, note: review.note, version: claim.version });
    if (review.privateNote) addPrivateNote(actors.factchecker, claim.id, { text: review.privateNote });
  }
  setArticlePublished(actors.editor, imported[0].id, true);
  return true;
}
