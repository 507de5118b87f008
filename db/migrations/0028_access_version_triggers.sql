-- Kiosk and kiosk-session lookups are cached per process or isolate (api/identity/access-cache.ts)
-- at their community's access version. Revoking, pairing or changing a kiosk and ending a session
-- bump it in the same transaction, so the next call anywhere reads the row again and is refused at
-- once. A kiosk's or session's touch (last seen, last activity) changes no column listed here.
CREATE TRIGGER access_bump_kiosks_update
AFTER UPDATE OF token_hash, revoked_at, community_id, facility_id, name, pass_only, door_id, door_direction ON kiosks
BEGIN
  INSERT INTO config_versions (community_id, version, access) VALUES (OLD.community_id, 0, 1)
  ON CONFLICT (community_id) DO UPDATE SET access = access + 1;
END;
--> statement-breakpoint
CREATE TRIGGER access_bump_kiosks_delete AFTER DELETE ON kiosks
BEGIN
  INSERT INTO config_versions (community_id, version, access) VALUES (OLD.community_id, 0, 1)
  ON CONFLICT (community_id) DO UPDATE SET access = access + 1;
END;
--> statement-breakpoint
CREATE TRIGGER access_bump_kiosk_sessions_update
AFTER UPDATE OF ended_at, kiosk_id, community_id, holder_kind, holder_id, started_at ON kiosk_sessions
BEGIN
  INSERT INTO config_versions (community_id, version, access) VALUES (OLD.community_id, 0, 1)
  ON CONFLICT (community_id) DO UPDATE SET access = access + 1;
END;
--> statement-breakpoint
CREATE TRIGGER access_bump_kiosk_sessions_delete AFTER DELETE ON kiosk_sessions
BEGIN
  INSERT INTO config_versions (community_id, version, access) VALUES (OLD.community_id, 0, 1)
  ON CONFLICT (community_id) DO UPDATE SET access = access + 1;
END;
