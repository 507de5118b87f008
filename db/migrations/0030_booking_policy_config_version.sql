-- A facility's booking policy (step, days ahead, minutes a day) is configuration the study room's
-- cache holds too: changing it bumps the community's config version, as prices and hours do.
CREATE TRIGGER config_bump_booking_policies_insert AFTER INSERT ON booking_policies
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_booking_policies_update AFTER UPDATE ON booking_policies
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_booking_policies_delete AFTER DELETE ON booking_policies
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
