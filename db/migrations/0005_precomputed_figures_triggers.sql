-- Per-article figures (article_figures) and per-claim link counts (claims.named_links,
-- claims.anonymous_links), kept in step by triggers so that no reader ever has to count claims and
-- links across the archive. Why triggers: docs/decisions/precomputed-figures.md.
--
-- A claim's share of its article's figures depends only on its own row (dismissed, orphaned,
-- status and the two link counts), so the claims triggers subtract the old row's share and add the
-- new row's. The link counts are recounted from claim_sources for the one claim concerned rather
-- than incremented: a recount is right whatever order cascaded deletes run in.
-- Every statement here reaches its rows by primary key or by an index (claim_sources_claim_idx,
-- claim_sources_source_idx); none scans claims or claim_sources.

UPDATE claims SET
  named_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = claims.id AND s.type <> 'anonymous'),
  anonymous_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = claims.id AND s.type = 'anonymous');
--> statement-breakpoint
INSERT INTO article_figures (article_id, claims, reviewed, anonymous_only, unattributed, single_sourced)
SELECT a.id,
  coalesce(sum(c.dismissed = 0 AND c.orphaned = 0), 0),
  coalesce(sum(c.dismissed = 0 AND c.orphaned = 0 AND c.status NOT IN ('unreviewed', 'in_progress')), 0),
  coalesce(sum(c.dismissed = 0 AND c.orphaned = 0 AND c.named_links = 0 AND c.anonymous_links > 0), 0),
  coalesce(sum(c.dismissed = 0 AND c.orphaned = 0 AND c.named_links + c.anonymous_links = 0), 0),
  coalesce(sum(c.dismissed = 0 AND c.orphaned = 0 AND c.named_links + c.anonymous_links = 1), 0)
FROM articles a LEFT JOIN claims c ON c.article_id = a.id
GROUP BY a.id;
--> statement-breakpoint
CREATE TRIGGER article_figures_article_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_figures (article_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER article_figures_claim_insert AFTER INSERT ON claims BEGIN
  UPDATE article_figures SET
    claims = claims + (new.dismissed = 0 AND new.orphaned = 0),
    reviewed = reviewed + (new.dismissed = 0 AND new.orphaned = 0 AND new.status NOT IN ('unreviewed', 'in_progress')),
    anonymous_only = anonymous_only + (new.dismissed = 0 AND new.orphaned = 0 AND new.named_links = 0 AND new.anonymous_links > 0),
    unattributed = unattributed + (new.dismissed = 0 AND new.orphaned = 0 AND new.named_links + new.anonymous_links = 0),
    single_sourced = single_sourced + (new.dismissed = 0 AND new.orphaned = 0 AND new.named_links + new.anonymous_links = 1)
  WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER article_figures_claim_delete AFTER DELETE ON claims BEGIN
  UPDATE article_figures SET
    claims = claims - (old.dismissed = 0 AND old.orphaned = 0),
    reviewed = reviewed - (old.dismissed = 0 AND old.orphaned = 0 AND old.status NOT IN ('unreviewed', 'in_progress')),
    anonymous_only = anonymous_only - (old.dismissed = 0 AND old.orphaned = 0 AND old.named_links = 0 AND old.anonymous_links > 0),
    unattributed = unattributed - (old.dismissed = 0 AND old.orphaned = 0 AND old.named_links + old.anonymous_links = 0),
    single_sourced = single_sourced - (old.dismissed = 0 AND old.orphaned = 0 AND old.named_links + old.anonymous_links = 1)
  WHERE article_id = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER article_figures_claim_update AFTER UPDATE OF article_id, status, dismissed, orphaned, named_links, anonymous_links ON claims BEGIN
  UPDATE article_figures SET
    claims = claims - (old.dismissed = 0 AND old.orphaned = 0),
    reviewed = reviewed - (old.dismissed = 0 AND old.orphaned = 0 AND old.status NOT IN ('unreviewed', 'in_progress')),
    anonymous_only = anonymous_only - (old.dismissed = 0 AND old.orphaned = 0 AND old.named_links = 0 AND old.anonymous_links > 0),
    unattributed = unattributed - (old.dismissed = 0 AND old.orphaned = 0 AND old.named_links + old.anonymous_links = 0),
    single_sourced = single_sourced - (old.dismissed = 0 AND old.orphaned = 0 AND old.named_links + old.anonymous_links = 1)
  WHERE article_id = old.article_id;
  UPDATE article_figures SET
    claims = claims + (new.dismissed = 0 AND new.orphaned = 0),
    reviewed = reviewed + (new.dismissed = 0 AND new.orphaned = 0 AND new.status NOT IN ('unreviewed', 'in_progress')),
    anonymous_only = anonymous_only + (new.dismissed = 0 AND new.orphaned = 0 AND new.named_links = 0 AND new.anonymous_links > 0),
    unattributed = unattributed + (new.dismissed = 0 AND new.orphaned = 0 AND new.named_links + new.anonymous_links = 0),
    single_sourced = single_sourced + (new.dismissed = 0 AND new.orphaned = 0 AND new.named_links + new.anonymous_links = 1)
  WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER claim_links_insert AFTER INSERT ON claim_sources BEGIN
  UPDATE claims SET
    named_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = new.claim_id AND s.type <> 'anonymous'),
    anonymous_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = new.claim_id AND s.type = 'anonymous')
  WHERE id = new.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER claim_links_delete AFTER DELETE ON claim_sources BEGIN
  UPDATE claims SET
    named_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = old.claim_id AND s.type <> 'anonymous'),
    anonymous_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = old.claim_id AND s.type = 'anonymous')
  WHERE id = old.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER claim_links_update AFTER UPDATE OF claim_id, source_id ON claim_sources BEGIN
  UPDATE claims SET
    named_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = claims.id AND s.type <> 'anonymous'),
    anonymous_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = claims.id AND s.type = 'anonymous')
  WHERE id IN (old.claim_id, new.claim_id);
END;
--> statement-breakpoint
-- A registry correction can turn a named source anonymous or back: its claims are recounted.
CREATE TRIGGER claim_links_source_type AFTER UPDATE OF type ON sources
WHEN (old.type = 'anonymous') <> (new.type = 'anonymous') BEGIN
  UPDATE claims SET
    named_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = claims.id AND s.type <> 'anonymous'),
    anonymous_links = (SELECT count(*) FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = claims.id AND s.type = 'anonymous')
  WHERE id IN (SELECT claim_id FROM claim_sources WHERE source_id = new.id);
END;
--> statement-breakpoint
-- The dashboard's date filter: the article's own date, else its import day (ARTICLE_DAY in
-- lib/reports/get-dashboard.ts is the same expression, which is what lets SQLite use this index).
CREATE INDEX articles_day_idx ON articles (coalesce(publication_date, date(created_at / 1000, 'unixepoch')));
