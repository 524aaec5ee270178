-- Claim history is an audit trail: once written, a row never changes or disappears.
CREATE TRIGGER claim_history_no_update BEFORE UPDATE ON claim_history
BEGIN
  SELECT RAISE(ABORT, 'claim_history is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER claim_history_no_delete BEFORE DELETE ON claim_history
BEGIN
  SELECT RAISE(ABORT, 'claim_history is append-only');
END;
