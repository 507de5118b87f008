-- A batch that must land all or nothing inserts a refusal row when its condition fails: the row
-- never lands, the batch aborts with the code (libSQL and D1 run a batch as one transaction).
CREATE TRIGGER batch_refusals_bookings_changed BEFORE INSERT ON batch_refusals
WHEN NEW.code = 'BOOKINGS_CHANGED'
BEGIN
  SELECT RAISE(ABORT, 'BOOKINGS_CHANGED');
END;
--> statement-breakpoint
CREATE TRIGGER batch_refusals_move_target_full BEFORE INSERT ON batch_refusals
WHEN NEW.code = 'MOVE_TARGET_FULL'
BEGIN
  SELECT RAISE(ABORT, 'MOVE_TARGET_FULL');
END;
--> statement-breakpoint
CREATE TRIGGER batch_refusals_other BEFORE INSERT ON batch_refusals
WHEN NEW.code NOT IN ('BOOKINGS_CHANGED', 'MOVE_TARGET_FULL')
BEGIN
  SELECT RAISE(ABORT, 'BATCH_REFUSED');
END;
--> statement-breakpoint
-- What an order cost, who ate and who paid stay fixed (the subsidy claim's evidence). Its sitting and
-- date may change in exactly one way, checked by the next trigger: staff moved its booking.
DROP TRIGGER meal_order_amounts_fixed;
--> statement-breakpoint
CREATE TRIGGER meal_order_amounts_fixed BEFORE UPDATE OF policy_id, policy_version, list_price_fen, pay_fen, subsidised, resident_id, diner_age, diner_groups ON meal_orders
BEGIN
  SELECT RAISE(ABORT, 'ORDER_AMOUNTS_FIXED');
END;
--> statement-breakpoint
-- A placed order follows its booking when staff move it (a sitting's capacity lowered below what
-- is ordered): to the sitting the booking now holds, on a date its start falls on in any zone
-- (±14 hours around the UTC day), inside the month its subsidy was claimed in. Anything else is refused.
CREATE TRIGGER meal_order_moves_with_booking BEFORE UPDATE OF service_date, sitting ON meal_orders
WHEN (NEW.service_date IS NOT OLD.service_date OR NEW.sitting IS NOT OLD.sitting)
  AND NOT (OLD.status = 'placed' AND NEW.status = 'placed'
    AND substr(NEW.service_date, 1, 7) = substr(OLD.service_date, 1, 7)
    AND EXISTS (SELECT 1 FROM bookings b JOIN resources r ON r.id = b.resource_id
      WHERE b.id = NEW.booking_id AND r.kind = 'sitting' AND r.label = NEW.sitting
        AND b.status IN ('held', 'confirmed') AND json_extract(b.notice, '$.kind') = 'moved'
        AND b.starts_at >= (julianday(NEW.service_date) - 2440587.5) * 86400000 - 50400000
        AND b.starts_at < (julianday(NEW.service_date) - 2440587.5) * 86400000 + 86400000 + 50400000))
BEGIN
  SELECT RAISE(ABORT, 'ORDER_AMOUNTS_FIXED');
END;
--> statement-breakpoint
-- A moved order takes its meal and subsidy in the claim tally to its new date (same month: the
-- trigger above keeps it there, so each fund's monthly usage is unchanged).
CREATE TRIGGER fund_claim_tally_move AFTER UPDATE OF service_date ON meal_orders
WHEN NEW.service_date <> OLD.service_date AND NEW.status <> 'cancelled'
BEGIN
  UPDATE fund_claim_tally
  SET meals = meals - 1,
      amount_fen = amount_fen - (SELECT sum(s.amount_fen) FROM order_subsidies s WHERE s.order_id = NEW.id AND s.fund_id = fund_claim_tally.fund_id)
  WHERE fund_id IN (SELECT fund_id FROM order_subsidies WHERE order_id = NEW.id)
    AND month = substr(OLD.service_date, 1, 7) AND service_date = OLD.service_date
    AND diner_age = OLD.diner_age AND diner_groups = OLD.diner_groups;
  INSERT INTO fund_claim_tally (fund_id, month, service_date, diner_age, diner_groups, meals, amount_fen)
  SELECT s.fund_id, substr(NEW.service_date, 1, 7), NEW.service_date, NEW.diner_age, NEW.diner_groups, 1, sum(s.amount_fen)
  FROM order_subsidies s WHERE s.order_id = NEW.id GROUP BY s.fund_id
  ON CONFLICT (fund_id, month, service_date, diner_age, diner_groups)
  DO UPDATE SET meals = meals + 1, amount_fen = amount_fen + excluded.amount_fen;
END;
