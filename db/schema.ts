// Tables of claimdesk. Workflow: 1. edit this file 2. `npm run db:generate` 3. review and commit
// the new file under db/migrations/. The app applies migrations before it serves (lib/cli/start.ts).
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CLAIM_STATUSES, EVIDENCE_STANCES, ROLES, SOURCE_TYPES } from '../lib/vocabulary';

// The vocabulary lives in lib/vocabulary.ts, which browsers may load; this module never reaches a
// browser. Re-exported so that server code can keep taking tables and their words from one place.
export { CLAIM_STATUSES, EVIDENCE_STANCES, ROLES, SOURCE_TYPES, type ClaimStatus, type EvidenceStance, type Role, type SourceType } from '../lib/vocabulary';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

/** Browser sessions; only the SHA-256 of the cookie token is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** API tokens for `Authorization: Bearer`; only the SHA-256 is stored, the token is shown once. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    label: text('label').notNull().default(''),
    createdAt: createdAt(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    outlet: text('outlet'),
    author: text('author'),
    url: text('url'),
    /** The article's own publication date (ISO yyyy-mm-dd), as given at import. */
    publicationDate: text('publication_date'),
    body: text('body').notNull(),
    /** Bumped by each re-import of a new version of the text. */
    revision: integer('revision').notNull().default(1),
    published: integer('published', { mode: 'boolean' }).notNull().default(false),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('articles_created_idx').on(t.createdAt),
    index('articles_published_idx').on(t.published, t.publishedAt),
    // Dashboard filters.
    index('articles_outlet_idx').on(t.outlet),
    // Claim search matches the outlet without regard to case.
    index('articles_outlet_nocase_idx').on(sql`${t.outlet} collate nocase`),
    index('articles_author_idx').on(t.author),
    index('articles_publication_date_idx').on(t.publicationDate),
    // Every column the dashboard's CSV export reads for all articles at once (it names this index).
    // Without it a whole-archive pass reads each table row, and `published` and `created_at`, stored
    // after the body, are reached only by walking the body's overflow pages: 80 ms instead of 27 at
    // 10,000 articles.
    index('articles_dashboard_idx').on(t.id, t.title, t.outlet, t.author, t.publicationDate, t.createdAt, t.published),
    // articles_day_idx, on the dashboard's article day (then outlet, author, published), is an expression index drizzle-kit cannot write: migrations 0005 and 0013.
  ],
);

/** Paragraph-level blocks of the body: body text, headings, captions, boilerplate. */
export const blocks = sqliteTable(
  'blocks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    kind: text('kind', { enum: ['body', 'heading', 'boilerplate', 'caption', 'byline'] }).notNull(),
  },
  (t) => [uniqueIndex('blocks_article_position_idx').on(t.articleId, t.position)],
);

/** One real-world source as an article refers to it ("Mike Waltz", "Waltz" and "he" are one row). */
export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    type: text('type', { enum: SOURCE_TYPES }).notNull(),
    /** The same source across articles, for the registry and its track record. */
    registryId: integer('registry_id').references(() => registrySources.id),
  },
  // sources_type_idx: claim search's source-type filter lists that type's claims through it.
  // sources_registry_article_idx: a registry entry's articles, newest first, straight from the index.
  (t) => [index('sources_article_idx').on(t.articleId), index('sources_registry_article_idx').on(t.registryId, t.articleId), index('sources_type_idx').on(t.type)],
);

/** Every source the desk has met, de-duplicated across articles by normalised name and type. */
export const registrySources = sqliteTable(
  'registry_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    type: text('type', { enum: SOURCE_TYPES }).notNull(),
    /** Lower-cased name without punctuation or honorifics: what makes two names one source. */
    key: text('key').notNull(),
    /**
     * Set when an editor merged this entry into another, or renamed it: the row stays as an alias so
     * that a later import of the old name lands on the surviving entry. Lists show only rows without it.
     */
    mergedIntoId: integer('merged_into_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('registry_sources_key_type_idx').on(t.key, t.type),
    // Holds every column the registry list filters on, so a name filter reads this index alone,
    // not tens of thousands of table rows; in the list's order (names without regard to case).
    index('registry_sources_live_name_idx').on(t.mergedIntoId, sql`${t.name} collate nocase`, t.key, t.type),
  ],
);

/**
 * Per registry entry: the articles that cite it and its distinct claims (dismissed ones left out),
 * in all and rated true (true, mostly true) or false (misleading, unsupported, false). Kept by
 * triggers (migration 0011), never written by the app, so that the registry list shows an entry
 * cited across thousands of articles without counting its links. See docs/decisions/0005-precomputed-figures.md.
 */
export const registryFigures = sqliteTable('registry_figures', {
  registryId: integer('registry_id')
    .primaryKey()
    .references(() => registrySources.id, { onDelete: 'cascade' }),
  articles: integer('articles').notNull().default(0),
  claims: integer('claims').notNull().default(0),
  ratedTrue: integer('rated_true').notNull().default(0),
  ratedFalse: integer('rated_false').notNull().default(0),
});

export const REGISTRY_ACTIONS = ['edit', 'merge'] as const;

/** What editors changed in the registry: corrections of name or type, and merges of duplicates. */
export const registryChanges = sqliteTable(
  'registry_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The surviving entry. */
    registryId: integer('registry_id')
      .notNull()
      .references(() => registrySources.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    action: text('action', { enum: REGISTRY_ACTIONS }).notNull(),
    before: text('before', { mode: 'json' }).notNull(),
    after: text('after', { mode: 'json' }).notNull(),
  },
  (t) => [index('registry_changes_registry_idx').on(t.registryId, t.id)],
);

export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** 1-based order in the article; the reader's deep link is `#claim-<position>`. */
    position: integer('position').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    checkworthiness: real('checkworthiness').notNull(),
    vagueAttribution: text('vague_attribution'),
    duplicateOfId: integer('duplicate_of_id'),
    explanation: text('explanation').notNull().default(''),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('unreviewed'),
    /**
     * The public explanation of the verdict: readers see it word for word, and the exports carry it.
     * Team-only remarks go in claim_notes instead. (The column kept its first name, `note`, since it
     * has always been published; the API field is `note` too.)
     */
    note: text('note').notNull().default(''),
    /** Optimistic-concurrency version: every change bumps it; a change made against an older one is refused. */
    version: integer('version').notNull().default(1),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    assigneeId: integer('assignee_id').references(() => users.id),
    /** `extracted` by the machine, or `manual`: added by a fact-checker who selected text. */
    origin: text('origin', { enum: ['extracted', 'manual'] }).notNull().default('extracted'),
    /** A false claim a fact-checker dismissed; kept, with its history, but out of reports and the reader page. */
    dismissed: integer('dismissed', { mode: 'boolean' }).notNull().default(false),
    /** Could not be found again in a re-imported text: its review is kept and listed, its span is stale. */
    orphaned: integer('orphaned', { mode: 'boolean' }).notNull().default(false),
    /** Text just before and after the span, to find the claim again in a new revision of the article. */
    anchorPrefix: text('anchor_prefix').notNull().default(''),
    anchorSuffix: text('anchor_suffix').notNull().default(''),
    /**
     * Links to named (any type but anonymous) and to anonymous sources. Kept by triggers on
     * claim_sources and sources (migration 0005), never written by the app: they let the per-article
     * figures below be kept from the claim row alone. See docs/decisions/0005-precomputed-figures.md.
     */
    namedLinks: integer('named_links').notNull().default(0),
    anonymousLinks: integer('anonymous_links').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('claims_article_position_idx').on(t.articleId, t.position),
    index('claims_article_status_idx').on(t.articleId, t.status),
    index('claims_assignee_idx').on(t.assigneeId),
    // Claim search lists the claims of a selective status filter first (lib/claims/search-claims.server.ts).
    index('claims_status_idx').on(t.status),
    // ... and the unattributed or anonymously sourced claims.
    index('claims_unattributed_idx')
      .on(t.id)
      .where(sql`${t.namedLinks} = 0 and ${t.anonymousLinks} = 0`),
    index('claims_anonymous_idx')
      .on(t.id)
      .where(sql`${t.anonymousLinks} > 0`),
  ],
);

/**
 * Per-article sourcing figures, kept up to date by triggers on articles and claims (migration 0005)
 * so that the dashboard and the desk list add up one row per article instead of counting claims and
 * links on every request. Counted like the article report: dismissed and orphaned claims are left out.
 * See docs/decisions/0005-precomputed-figures.md; db/precomputed-figures.test.ts checks them against a
 * recomputation from scratch.
 */
export const articleFigures = sqliteTable('article_figures', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  claims: integer('claims').notNull().default(0),
  /** Status other than unreviewed or in progress. */
  reviewed: integer('reviewed').notNull().default(0),
  /** With sources, none of them named. */
  anonymousOnly: integer('anonymous_only').notNull().default(0),
  /** Without any source. */
  unattributed: integer('unattributed').notNull().default(0),
  /** Exactly one source link. */
  singleSourced: integer('single_sourced').notNull().default(0),
});

/**
 * Review decisions (status changes to a verdict or opinion) per article and person, from the claim
 * history, over claims that are neither dismissed nor orphaned: the dashboard's throughput table adds
 * these up. Kept by triggers (migration 0008), like article_figures.
 */
export const reviewTallies = sqliteTable(
  'review_tallies',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    decisions: integer('decisions').notNull(),
    /** Distinct claims decided on. */
    claims: integer('claims').notNull(),
    lastAt: integer('last_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

/** Links a fact-checker attached to a claim as evidence. */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    title: text('title').notNull(),
    stance: text('stance', { enum: EVIDENCE_STANCES }).notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_claim_idx').on(t.claimId)],
);

/**
 * Private notes on a claim: the team's working notes, each with its author and time. Never shown
 * on the reader page, never exported, never in the claim history (which the JSON export carries).
 */
export const claimNotes = sqliteTable(
  'claim_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('claim_notes_claim_idx').on(t.claimId, t.id)],
);

/** Links a claim to a source, with the words and cue that made the attribution. */
export const claimSources = sqliteTable(
  'claim_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    mentionStart: integer('mention_start'),
    mentionEnd: integer('mention_end'),
    mentionText: text('mention_text'),
    cue: text('cue'),
    viaName: text('via_name'),
    viaType: text('via_type', { enum: SOURCE_TYPES }),
    /** The registry entry of the outlet that relayed the claim (via_name, via_type), for its "relayed" list. */
    viaRegistryId: integer('via_registry_id').references(() => registrySources.id),
    rule: text('rule').notNull(),
    explanation: text('explanation').notNull().default(''),
  },
  (t) => [
    index('claim_sources_claim_idx').on(t.claimId),
    index('claim_sources_source_idx').on(t.sourceId),
    // An outlet's relayed claims, newest first, straight from the index.
    index('claim_sources_via_registry_idx').on(t.viaRegistryId, t.claimId),
    // Links whose relaying outlet is not in the registry yet: what the backfill at start-up visits.
    index('claim_sources_via_unlinked_idx')
      .on(t.id)
      .where(sql`${t.viaName} is not null and ${t.viaRegistryId} is null`),
  ],
);

/**
 * The registry entries each claim is attributed to: one row per entry and claim, however many of
 * the claim's sources resolve to that entry, with the claim's status and dismissal copied in. Kept
 * by triggers (migration 0011), never written by the app: an entry's track record and claim list
 * read its own rows here (the primary key keeps them together, newest claim last) instead of every
 * link and claim row of a source cited across thousands of articles.
 * The migration makes it a WITHOUT ROWID table (drizzle-kit cannot say so), so those rows are the index.
 */
export const registryClaims = sqliteTable(
  'registry_claims',
  {
    registryId: integer('registry_id')
      .notNull()
      .references(() => registrySources.id),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    status: text('status', { enum: CLAIM_STATUSES }).notNull(),
    dismissed: integer('dismissed', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.registryId, t.claimId] }), index('registry_claims_claim_idx').on(t.claimId)],
);

/** Append-only record of every change to a claim; triggers in the migrations refuse UPDATE and DELETE. */
export const claimHistory = sqliteTable(
  'claim_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    field: text('field').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    /** The claim's version after this change. */
    version: integer('version').notNull(),
  },
  (t) => [index('claim_history_claim_idx').on(t.claimId, t.id), index('claim_history_user_idx').on(t.userId, t.at)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Block = typeof blocks.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type Claim = typeof claims.$inferSelect;
export type ClaimSource = typeof claimSources.$inferSelect;
export type ClaimHistoryEntry = typeof claimHistory.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type ClaimNote = typeof claimNotes.$inferSelect;
export type RegistrySource = typeof registrySources.$inferSelect;
export type RegistryChange = typeof registryChanges.$inferSelect;
export type ArticleFigures = typeof articleFigures.$inferSelect;
export type ReviewTally = typeof reviewTallies.$inferSelect;
export type RegistryFigures = typeof registryFigures.$inferSelect;
