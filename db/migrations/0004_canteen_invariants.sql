-- Invariants the database keeps for the canteen, whatever the caller does. Each RAISE aborts the
-- whole batch it is part of (libSQL and D1 run a batch as one transaction), so an order, its
-- subsidies and its card payment land together or not at all.

-- The meal card never goes below zero: a payment larger than the balance is refused.
CREATE TRIGGER meal_card_no_overdraft BEFORE INSERT ON meal_card_entries
WHEN NEW.amount_fen < 0
  AND (SELECT coalesce(sum(amount_fen), 0) FROM meal_card_entries WHERE resident_id = NEW.resident_id) + NEW.amount_fen < 0
BEGIN
  SELECT RAISE(ABORT, 'INSUFFICIENT_BALANCE');
END;
--> statement-breakpoint
-- The ledger is append-only: corrections are new entries, never edits.
CREATE TRIGGER meal_card_append_only_update BEFORE UPDATE ON meal_card_entries
BEGIN
  SELECT RAISE(ABORT, 'LEDGER_APPEND_ONLY');
END;
--> statement-breakpoint
CREATE TRIGGER meal_card_append_only_delete BEFORE DELETE ON meal_card_entries
BEGIN
  SELECT RAISE(ABORT, 'LEDGER_APPEND_ONLY');
END;
--> statement-breakpoint
-- Claim totals per fund, month, day and diner, kept as subsidies are written. An order with two
-- shares from one fund counts as one meal.
CREATE TRIGGER fund_claim_tally_add AFTER INSERT ON order_subsidies
BEGIN
  INSERT INTO fund_claim_tally (fund_id, month, service_date, diner_age, diner_groups, meals, amount_fen)
  SELECT NEW.fund_id, NEW.month, o.service_date, o.diner_age, o.diner_groups,
    CASE WHEN EXISTS (SELECT 1 FROM order_subsidies x WHERE x.order_id = NEW.order_id AND x.fund_id = NEW.fund_id AND x.rowid <> NEW.rowid) THEN 0 ELSE 1 END,
    NEW.amount_fen
  FROM meal_orders o WHERE o.id = NEW.order_id AND o.status <> 'cancelled'
  ON CONFLICT (fund_id, month, service_date, diner_age, diner_groups)
  DO UPDATE SET meals = meals + excluded.meals, amount_fen = amount_fen + excluded.amount_fen;
END;
--> statement-breakpoint
-- A cancelled order gives its meals and subsidy back to every fund that paid a share.
CREATE TRIGGER fund_claim_tally_cancel AFTER UPDATE OF status ON meal_orders
WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled'
BEGIN
  UPDATE fund_claim_tally
  SET meals = meals - 1,
      amount_fen = amount_fen - (SELECT sum(s.amount_fen) FROM order_subsidies s WHERE s.order_id = NEW.id AND s.fund_id = fund_claim_tally.fund_id)
  WHERE fund_id IN (SELECT fund_id FROM order_subsidies WHERE order_id = NEW.id)
    AND month = substr(NEW.service_date, 1, 7) AND service_date = NEW.service_date
    AND diner_age = NEW.diner_age AND diner_groups = NEW.diner_groups;
END;
--> statement-breakpoint
-- A fund's monthly budget never goes below zero, even when kiosks order at the same instant.
CREATE TRIGGER fund_budget_not_exceeded BEFORE INSERT ON order_subsidies
WHEN (SELECT monthly_budget_fen FROM funds WHERE id = NEW.fund_id) IS NOT NULL
  AND (SELECT coalesce(sum(amount_fen), 0) FROM fund_claim_tally WHERE fund_id = NEW.fund_id AND month = NEW.month) + NEW.amount_fen
      > (SELECT monthly_budget_fen FROM funds WHERE id = NEW.fund_id)
BEGIN
  SELECT RAISE(ABORT, 'FUND_EXHAUSTED');
END;
--> statement-breakpoint
-- What an order cost and who paid is evidence for the subsidy claim: it never changes afterwards.
CREATE TRIGGER meal_order_amounts_fixed BEFORE UPDATE OF policy_id, policy_version, list_price_fen, pay_fen, subsidised, resident_id, diner_age, diner_groups, service_date, sitting ON meal_orders
BEGIN
  SELECT RAISE(ABORT, 'ORDER_AMOUNTS_FIXED');
END;
--> statement-breakpoint
CREATE TRIGGER order_subsidies_fixed BEFORE UPDATE ON order_subsidies
BEGIN
  SELECT RAISE(ABORT, 'ORDER_AMOUNTS_FIXED');
END;
