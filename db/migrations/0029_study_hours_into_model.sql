ALTER TABLE `capacity_changes` ADD `opens` text;--> statement-breakpoint
ALTER TABLE `capacity_changes` ADD `closes` text;--> statement-breakpoint
ALTER TABLE `capacity_templates` ADD `opens` text;--> statement-breakpoint
ALTER TABLE `capacity_templates` ADD `closes` text;--> statement-breakpoint
-- The study room's weekly hours join the capacity model: each study room gets the place standing
-- for it as a whole (kind 'facility', as the station got), and its facility_hours rows become that
-- place's weekly template rows with the same hours (a weekday without one stays closed); the
-- template's capacity is the room's own, which changes nothing. Then facility_hours goes.
INSERT INTO resources (id, community_id, facility_id, kind, label, capacity, attributes, in_service, created_at)
SELECT lower(hex(randomblob(16))), f.community_id, f.id, 'facility', f.name, f.capacity, '{}', 1, f.created_at
FROM facilities f
WHERE f.kind = 'study_room' AND NOT EXISTS (SELECT 1 FROM resources r WHERE r.facility_id = f.id AND r.kind = 'facility');
--> statement-breakpoint
INSERT INTO capacity_templates (resource_id, community_id, facility_id, weekday, capacity, order_cutoff, opens, closes, updated_at)
SELECT r.id, h.community_id, h.facility_id, h.weekday, r.capacity, NULL, h.opens, h.closes, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
FROM facility_hours h JOIN resources r ON r.facility_id = h.facility_id AND r.kind = 'facility'
WHERE true
ON CONFLICT (resource_id, weekday) DO UPDATE SET opens = excluded.opens, closes = excluded.closes;
--> statement-breakpoint
DROP TABLE `facility_hours`;
