-- The courier station's door capacity joins the capacity model: each station gets the resource
-- that stands for it as a whole (kind 'facility'), with the facility's own capacity, so the door's
-- one-statement claim reads that date's change, its weekday's template, else this same figure.
-- The rest area was a resource already; its capacity is read the same way.
INSERT INTO resources (id, community_id, facility_id, kind, label, capacity, attributes, in_service, created_at)
SELECT lower(hex(randomblob(16))), f.community_id, f.id, 'facility', f.name, f.capacity, '{}', 1, f.created_at
FROM facilities f
WHERE f.kind = 'station' AND NOT EXISTS (SELECT 1 FROM resources r WHERE r.facility_id = f.id AND r.kind = 'facility');
