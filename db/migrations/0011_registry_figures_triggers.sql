-- The registry's figures, kept by triggers so that neither the registry list nor an entry's page
-- counts the links and claims of a source cited across thousands of articles. Why triggers:
-- docs/decisions/precomputed-figures.md.
--
-- registry_claims pairs each claim with the registry entries it is attributed to. A pair is
-- recounted from the claim's own few links whenever a link or a source's entry changes (right
-- whatever order cascaded deletes run in), and carries the claim's status and dismissal, so that
-- registry_figures can be kept from the pair rows alone: each pair adds its share when it appears,
-- takes it back when it goes, and swaps old share for new when its claim is reviewed or dismissed.
-- registry_figures.articles counts the articles with at least one source in the entry; a source
-- adds or takes back its article only when it is that article's only source in the entry.
-- Every statement reaches its rows by primary key or through an index; none scans claims or
-- claim_sources (lib/query-plans.test.ts).

INSERT INTO registry_claims (registry_id, claim_id, status, dismissed)
SELECT DISTINCT s.registry_id, c.id, c.status, c.dismissed
FROM claim_sources cs CROSS JOIN sources s ON s.id = cs.source_id CROSS JOIN claims c ON c.id = cs.claim_id
WHERE s.registry_id IS NOT NULL;
--> statement-breakpoint
INSERT INTO registry_figures (registry_id, articles, claims, rated_true, rated_false)
SELECT r.id,
  (SELECT count(DISTINCT s.article_id) FROM sources s WHERE s.registry_id = r.id),
  (SELECT count(*) FROM registry_claims p WHERE p.registry_id = r.id AND p.dismissed = 0),
  (SELECT count(*) FROM registry_claims p WHERE p.registry_id = r.id AND p.dismissed = 0 AND p.status IN ('true', 'mostly_true')),
  (SELECT count(*) FROM registry_claims p WHERE p.registry_id = r.id AND p.dismissed = 0 AND p.status IN ('misleading', 'unsupported', 'false'))
FROM registry_sources r;
--> statement-breakpoint
CREATE TRIGGER registry_figures_entry_insert AFTER INSERT ON registry_sources BEGIN
  INSERT INTO registry_figures (registry_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER registry_figures_pair_insert AFTER INSERT ON registry_claims BEGIN
  UPDATE registry_figures SET
    claims = claims + (new.dismissed = 0),
    rated_true = rated_true + (new.dismissed = 0 AND new.status IN ('true', 'mostly_true')),
    rated_false = rated_false + (new.dismissed = 0 AND new.status IN ('misleading', 'unsupported', 'false'))
  WHERE registry_id = new.registry_id;
END;
--> statement-breakpoint
CREATE TRIGGER registry_figures_pair_delete AFTER DELETE ON registry_claims BEGIN
  UPDATE registry_figures SET
    claims = claims - (old.dismissed = 0),
    rated_true = rated_true - (old.dismissed = 0 AND old.status IN ('true', 'mostly_true')),
    rated_false = rated_false - (old.dismissed = 0 AND old.status IN ('misleading', 'unsupported', 'false'))
  WHERE registry_id = old.registry_id;
END;
--> statement-breakpoint
CREATE TRIGGER registry_figures_pair_update AFTER UPDATE OF status, dismissed ON registry_claims BEGIN
  UPDATE registry_figures SET
    claims = claims - (old.dismissed = 0) + (new.dismissed = 0),
    rated_true = rated_true - (old.dismissed = 0 AND old.status IN ('true', 'mostly_true')) + (new.dismissed = 0 AND new.status IN ('true', 'mostly_true')),
    rated_false = rated_false - (old.dismissed = 0 AND old.status IN ('misleading', 'unsupported', 'false')) + (new.dismissed = 0 AND new.status IN ('misleading', 'unsupported', 'false'))
  WHERE registry_id = new.registry_id;
END;
--> statement-breakpoint
CREATE TRIGGER registry_claims_claim_update AFTER UPDATE OF status, dismissed ON claims
WHEN old.status IS NOT new.status OR old.dismissed IS NOT new.dismissed BEGIN
  UPDATE registry_claims SET status = new.status, dismissed = new.dismissed WHERE claim_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER registry_claims_link_insert AFTER INSERT ON claim_sources BEGIN
  INSERT OR IGNORE INTO registry_claims (registry_id, claim_id, status, dismissed)
  SELECT s.registry_id, c.id, c.status, c.dismissed FROM sources s CROSS JOIN claims c
  WHERE s.id = new.source_id AND s.registry_id IS NOT NULL AND c.id = new.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER registry_claims_link_delete AFTER DELETE ON claim_sources BEGIN
  DELETE FROM registry_claims WHERE claim_id = old.claim_id AND NOT EXISTS (
    SELECT 1 FROM claim_sources cs CROSS JOIN sources s ON s.id = cs.source_id
    WHERE cs.claim_id = old.claim_id AND s.registry_id = registry_claims.registry_id);
END;
--> statement-breakpoint
CREATE TRIGGER registry_claims_link_update AFTER UPDATE OF claim_id, source_id ON claim_sources BEGIN
  DELETE FROM registry_claims WHERE claim_id = old.claim_id AND NOT EXISTS (
    SELECT 1 FROM claim_sources cs CROSS JOIN sources s ON s.id = cs.source_id
    WHERE cs.claim_id = old.claim_id AND s.registry_id = registry_claims.registry_id);
  INSERT OR IGNORE INTO registry_claims (registry_id, claim_id, status, dismissed)
  SELECT s.registry_id, c.id, c.status, c.dismissed FROM sources s CROSS JOIN claims c
  WHERE s.id = new.source_id AND s.registry_id IS NOT NULL AND c.id = new.claim_id;
END;
--> statement-breakpoint
-- A source moved to another entry (a registry merge, a corrected name, the registry backfill):
-- its claims leave the old entry unless another of their sources is still in it, and join the new one.
CREATE TRIGGER registry_claims_source_entry AFTER UPDATE OF registry_id ON sources
WHEN old.registry_id IS NOT new.registry_id BEGIN
  DELETE FROM registry_claims WHERE registry_id = old.registry_id
    AND claim_id IN (SELECT claim_id FROM claim_sources WHERE source_id = new.id)
    AND NOT EXISTS (
      SELECT 1 FROM claim_sources cs CROSS JOIN sources s ON s.id = cs.source_id
      WHERE cs.claim_id = registry_claims.claim_id AND s.registry_id = old.registry_id);
  INSERT OR IGNORE INTO registry_claims (registry_id, claim_id, status, dismissed)
  SELECT new.registry_id, c.id, c.status, c.dismissed FROM claim_sources cs CROSS JOIN claims c ON c.id = cs.claim_id
  WHERE cs.source_id = new.id AND new.registry_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER registry_figures_source_insert AFTER INSERT ON sources WHEN new.registry_id IS NOT NULL BEGIN
  UPDATE registry_figures SET articles = articles + 1
  WHERE registry_id = new.registry_id AND NOT EXISTS (
    SELECT 1 FROM sources s WHERE s.article_id = new.article_id AND s.registry_id = new.registry_id AND s.id <> new.id);
END;
--> statement-breakpoint
CREATE TRIGGER registry_figures_source_delete AFTER DELETE ON sources WHEN old.registry_id IS NOT NULL BEGIN
  UPDATE registry_figures SET articles = articles - 1
  WHERE registry_id = old.registry_id AND NOT EXISTS (
    SELECT 1 FROM sources s WHERE s.article_id = old.article_id AND s.registry_id = old.registry_id);
END;
--> statement-breakpoint
CREATE TRIGGER registry_figures_source_update AFTER UPDATE OF article_id, registry_id ON sources
WHEN old.registry_id IS NOT new.registry_id OR old.article_id IS NOT new.article_id BEGIN
  UPDATE registry_figures SET articles = articles - 1
  WHERE registry_id = old.registry_id AND NOT EXISTS (
    SELECT 1 FROM sources s WHERE s.article_id = old.article_id AND s.registry_id = old.registry_id);
  UPDATE registry_figures SET articles = articles + 1
  WHERE registry_id = new.registry_id AND NOT EXISTS (
    SELECT 1 FROM sources s WHERE s.article_id = new.article_id AND s.registry_id = new.registry_id AND s.id <> new.id);
END;
