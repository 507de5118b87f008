-- Invariants the database keeps for the baby room's free-session allowance, whatever the caller
-- does. A RAISE aborts the whole batch (libSQL and D1 run a batch as one transaction), so a booking
-- and its allowance use land together or not at all.

-- A period's balance never goes below zero: twenty kiosks racing for the last free session, one wins.
CREATE TRIGGER allowance_no_overdraft BEFORE INSERT ON allowance_entries
WHEN NEW.amount < 0
  AND (SELECT coalesce(sum(amount), 0) FROM allowance_entries WHERE child_id = NEW.child_id AND period = NEW.period) + NEW.amount < 0
BEGIN
  SELECT RAISE(ABORT, 'ALLOWANCE_EXHAUSTED');
END;
--> statement-breakpoint
-- The ledger is append-only: corrections are new entries, never edits.
CREATE TRIGGER allowance_append_only_update BEFORE UPDATE ON allowance_entries
BEGIN
  SELECT RAISE(ABORT, 'LEDGER_APPEND_ONLY');
END;
--> statement-breakpoint
CREATE TRIGGER allowance_append_only_delete BEFORE DELETE ON allowance_entries
BEGIN
  SELECT RAISE(ABORT, 'LEDGER_APPEND_ONLY');
END;
--> statement-breakpoint
-- A no-show, however it is found (the duties on Node or on Workers), is written to the ledger with
-- the transition itself: the session given back when the room's policy does not consume it, a
-- record of nothing otherwise. Once per booking (unique booking and kind).
CREATE TRIGGER allowance_no_show AFTER UPDATE OF status ON bookings
WHEN NEW.status = 'no_show' AND OLD.status <> 'no_show'
BEGIN
  INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, booking_id, idempotency_key, created_at)
  SELECT lower(hex(randomblob(16))), u.community_id, u.facility_id, u.child_id, u.period, 'no_show',
    CASE WHEN p.no_show_consumes THEN 0 ELSE -u.amount END, NEW.id, 'no_show:' || NEW.id, coalesce(NEW.closed_at, NEW.ends_at)
  FROM allowance_entries u JOIN baby_room_policies p ON p.facility_id = u.facility_id
  WHERE u.booking_id = NEW.id AND u.kind = 'use'
    AND NOT EXISTS (SELECT 1 FROM allowance_entries x WHERE x.booking_id = NEW.id AND x.kind IN ('no_show', 'refund'));
END;
