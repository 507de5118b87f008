-- Every change to what a community's cached configuration is read from bumps its version, in the
-- same transaction as the change (api/shared/config-cache.ts). An order priced from a cache guards
-- on the version it saw, so a price, closure or capacity committed meanwhile is never missed.
CREATE TRIGGER config_bump_communities_insert AFTER INSERT ON communities
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_communities_update AFTER UPDATE ON communities
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_communities_delete AFTER DELETE ON communities
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_facilities_insert AFTER INSERT ON facilities
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_facilities_update AFTER UPDATE ON facilities
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_facilities_delete AFTER DELETE ON facilities
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_resources_insert AFTER INSERT ON resources
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_resources_update AFTER UPDATE ON resources
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_resources_delete AFTER DELETE ON resources
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_pricing_policies_insert AFTER INSERT ON pricing_policies
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_pricing_policies_update AFTER UPDATE ON pricing_policies
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_pricing_policies_delete AFTER DELETE ON pricing_policies
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_funds_insert AFTER INSERT ON funds
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_funds_update AFTER UPDATE ON funds
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_funds_delete AFTER DELETE ON funds
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_facility_closures_insert AFTER INSERT ON facility_closures
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_facility_closures_update AFTER UPDATE ON facility_closures
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_facility_closures_delete AFTER DELETE ON facility_closures
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_capacity_templates_insert AFTER INSERT ON capacity_templates
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_capacity_templates_update AFTER UPDATE ON capacity_templates
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_capacity_templates_delete AFTER DELETE ON capacity_templates
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_capacity_changes_insert AFTER INSERT ON capacity_changes
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_capacity_changes_update AFTER UPDATE ON capacity_changes
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (NEW.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER config_bump_capacity_changes_delete AFTER DELETE ON capacity_changes
BEGIN
  INSERT INTO config_versions (community_id, version) VALUES (OLD.community_id, 1)
  ON CONFLICT (community_id) DO UPDATE SET version = version + 1;
END;
