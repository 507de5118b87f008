-- Counters the capacity and budget checks read instead of history (issue 15). Each is kept by the
-- triggers below in the same transaction as the write that changes it, so it cannot drift, and is
-- filled once here from what is already there.

-- Places held per resource and range: a booking counts while it is held, confirmed or checked in.
CREATE TRIGGER resource_load_insert AFTER INSERT ON bookings
WHEN NEW.status IN ('held', 'confirmed', 'checked_in')
BEGIN
  INSERT INTO resource_load (resource_id, starts_at, ends_at, taken) VALUES (NEW.resource_id, NEW.starts_at, NEW.ends_at, NEW.quantity)
  ON CONFLICT (resource_id, starts_at, ends_at) DO UPDATE SET taken = taken + excluded.taken;
END;
--> statement-breakpoint
CREATE TRIGGER resource_load_update AFTER UPDATE OF status, quantity, resource_id, starts_at, ends_at ON bookings
BEGIN
  UPDATE resource_load SET taken = taken - OLD.quantity
  WHERE OLD.status IN ('held', 'confirmed', 'checked_in')
    AND resource_id = OLD.resource_id AND starts_at = OLD.starts_at AND ends_at = OLD.ends_at;
  INSERT INTO resource_load (resource_id, starts_at, ends_at, taken)
  SELECT NEW.resource_id, NEW.starts_at, NEW.ends_at, NEW.quantity WHERE NEW.status IN ('held', 'confirmed', 'checked_in')
  ON CONFLICT (resource_id, starts_at, ends_at) DO UPDATE SET taken = taken + excluded.taken;
END;
--> statement-breakpoint
CREATE TRIGGER resource_load_delete AFTER DELETE ON bookings
WHEN OLD.status IN ('held', 'confirmed', 'checked_in')
BEGIN
  UPDATE resource_load SET taken = taken - OLD.quantity
  WHERE resource_id = OLD.resource_id AND starts_at = OLD.starts_at AND ends_at = OLD.ends_at;
END;
--> statement-breakpoint
INSERT INTO resource_load (resource_id, starts_at, ends_at, taken)
SELECT resource_id, starts_at, ends_at, sum(quantity) FROM bookings
WHERE status IN ('held', 'confirmed', 'checked_in') GROUP BY resource_id, starts_at, ends_at;
--> statement-breakpoint
-- Subsidy per fund and month, following the tally (an upsert's DO UPDATE fires the update trigger).
CREATE TRIGGER fund_month_usage_insert AFTER INSERT ON fund_claim_tally
BEGIN
  INSERT INTO fund_month_usage (fund_id, month, amount_fen) VALUES (NEW.fund_id, NEW.month, NEW.amount_fen)
  ON CONFLICT (fund_id, month) DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen;
END;
--> statement-breakpoint
CREATE TRIGGER fund_month_usage_update AFTER UPDATE OF amount_fen ON fund_claim_tally
BEGIN
  UPDATE fund_month_usage SET amount_fen = amount_fen + NEW.amount_fen - OLD.amount_fen
  WHERE fund_id = NEW.fund_id AND month = NEW.month;
END;
--> statement-breakpoint
CREATE TRIGGER fund_month_usage_delete AFTER DELETE ON fund_claim_tally
BEGIN
  UPDATE fund_month_usage SET amount_fen = amount_fen - OLD.amount_fen WHERE fund_id = OLD.fund_id AND month = OLD.month;
END;
--> statement-breakpoint
INSERT INTO fund_month_usage (fund_id, month, amount_fen)
SELECT fund_id, month, sum(amount_fen) FROM fund_claim_tally GROUP BY fund_id, month;
--> statement-breakpoint
-- The budget check reads the one row of its fund and month instead of summing the month's tally.
DROP TRIGGER fund_budget_not_exceeded;
--> statement-breakpoint
CREATE TRIGGER fund_budget_not_exceeded BEFORE INSERT ON order_subsidies
WHEN (SELECT monthly_budget_fen FROM funds WHERE id = NEW.fund_id) IS NOT NULL
  AND coalesce((SELECT amount_fen FROM fund_month_usage WHERE fund_id = NEW.fund_id AND month = NEW.month), 0) + NEW.amount_fen
      > (SELECT monthly_budget_fen FROM funds WHERE id = NEW.fund_id)
BEGIN
  SELECT RAISE(ABORT, 'FUND_EXHAUSTED');
END;
