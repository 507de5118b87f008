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
-- A fund's monthly budget never goes below zero, even when kiosks order at the same instant.
CREATE TRIGGER fund_budget_not_exceeded BEFORE INSERT ON order_subsidies
WHEN (SELECT monthly_budget_fen FROM funds WHERE id = NEW.fund_id) IS NOT NULL
  AND (SELECT coalesce(sum(s.amount_fen), 0) FROM order_subsidies s JOIN meal_orders o ON o.id = s.order_id
       WHERE s.fund_id = NEW.fund_id AND s.month = NEW.month AND o.status <> 'cancelled') + NEW.amount_fen
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
