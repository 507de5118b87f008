-- Budgets per fund and month (fund_budgets). A month without its own row falls back to the fund's
-- monthly_budget_fen, so every existing fund keeps the budget it had in every month: no rows are
-- copied. The budget check reads the order's month (order_subsidies.month, YYYY-MM of the service
-- date in the community's time zone) and runs inside the insert's transaction, so two kiosks at
-- the budget's edge cannot both pass it.
DROP TRIGGER fund_budget_not_exceeded;
--> statement-breakpoint
CREATE TRIGGER fund_budget_not_exceeded BEFORE INSERT ON order_subsidies
WHEN coalesce((SELECT amount_fen FROM fund_month_usage WHERE fund_id = NEW.fund_id AND month = NEW.month), 0) + NEW.amount_fen
      > (SELECT coalesce((SELECT b.budget_fen FROM fund_budgets b WHERE b.fund_id = f.id AND b.month = NEW.month), f.monthly_budget_fen)
         FROM funds f WHERE f.id = NEW.fund_id)
BEGIN
  SELECT RAISE(ABORT, 'FUND_EXHAUSTED');
END;
--> statement-breakpoint
-- The kiosk prices from the cached canteen day, which now carries the month's budgets: a change
-- bumps the community's config version like any other configuration (0019_config_version_triggers).
CREATE TRIGGER config_bump_fund_budgets_insert AFTER INSERT ON fund_budgets
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_fund_budgets_update AFTER UPDATE ON fund_budgets
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_fund_budgets_delete AFTER DELETE ON fund_budgets
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
