-- Review throughput per article and person (review_tallies), kept by triggers so that the
-- dashboard adds up a row per article and reviewer instead of reading the whole claim history
-- (200,000 rows at archive scale). See docs/decisions/precomputed-figures.md.
-- A tally is recounted from the article's claims (claims_article_position_idx) and their history
-- (claim_history_claim_idx): a few dozen rows, and right whatever changed.
INSERT INTO review_tallies (article_id, user_id, decisions, claims, last_at)
SELECT c.article_id, h.user_id, count(*), count(DISTINCT h.claim_id), max(h.at)
FROM claim_history h CROSS JOIN claims c ON c.id = h.claim_id
WHERE c.dismissed = 0 AND c.orphaned = 0 AND h.field = 'status' AND h.after NOT IN ('"unreviewed"', '"in_progress"')
GROUP BY c.article_id, h.user_id;
--> statement-breakpoint
-- History is append-only: a new decision is the only way a tally grows.
CREATE TRIGGER review_tallies_history_insert AFTER INSERT ON claim_history
WHEN new.field = 'status' AND new.after NOT IN ('"unreviewed"', '"in_progress"') BEGIN
  DELETE FROM review_tallies WHERE article_id = (SELECT article_id FROM claims WHERE id = new.claim_id) AND user_id = new.user_id;
  INSERT INTO review_tallies (article_id, user_id, decisions, claims, last_at)
  SELECT c.article_id, h.user_id, count(*), count(DISTINCT h.claim_id), max(h.at)
  FROM claims c CROSS JOIN claim_history h ON h.claim_id = c.id
  WHERE c.article_id = (SELECT article_id FROM claims WHERE id = new.claim_id) AND h.user_id = new.user_id AND c.dismissed = 0 AND c.orphaned = 0 AND h.field = 'status' AND h.after NOT IN ('"unreviewed"', '"in_progress"')
  GROUP BY c.article_id, h.user_id;
END;
--> statement-breakpoint
-- Dismissing, restoring or orphaning a claim takes its decisions out of (or back into) the tallies.
CREATE TRIGGER review_tallies_claim_counted AFTER UPDATE OF dismissed, orphaned ON claims
WHEN (old.dismissed = 0 AND old.orphaned = 0) <> (new.dismissed = 0 AND new.orphaned = 0) BEGIN
  DELETE FROM review_tallies WHERE article_id = new.article_id AND user_id IN (SELECT user_id FROM claim_history WHERE claim_id = new.id);
  INSERT INTO review_tallies (article_id, user_id, decisions, claims, last_at)
  SELECT c.article_id, h.user_id, count(*), count(DISTINCT h.claim_id), max(h.at)
  FROM claims c CROSS JOIN claim_history h ON h.claim_id = c.id
  WHERE c.article_id = new.article_id AND h.user_id IN (SELECT user_id FROM claim_history WHERE claim_id = new.id)
    AND c.dismissed = 0 AND c.orphaned = 0 AND h.field = 'status' AND h.after NOT IN ('"unreviewed"', '"in_progress"')
  GROUP BY c.article_id, h.user_id;
END;
