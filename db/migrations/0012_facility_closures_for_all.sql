-- The canteen's closed days become closures of the one facility_closures table: each service date
-- is its whole local day in the community's zone (every community runs on Beijing time, UTC+8,
-- without summer time; a community on UTC keeps its own midnight), kept with its reason and time.
INSERT INTO `facility_closures` (`id`, `community_id`, `facility_id`, `starts_at`, `ends_at`, `reason`, `created_at`)
SELECT lower(hex(randomblob(16))), c.`community_id`, f.`id`,
  (CAST(strftime('%s', c.`service_date`) AS INTEGER) - (CASE m.`time_zone` WHEN 'UTC' THEN 0 ELSE 28800 END)) * 1000,
  (CAST(strftime('%s', c.`service_date`, '+1 day') AS INTEGER) - (CASE m.`time_zone` WHEN 'UTC' THEN 0 ELSE 28800 END)) * 1000,
  c.`reason`, c.`created_at`
FROM `canteen_closures` c
JOIN `facilities` f ON f.`community_id` = c.`community_id` AND f.`kind` = 'canteen'
JOIN `communities` m ON m.`id` = c.`community_id`;--> statement-breakpoint
DROP TABLE `canteen_closures`;
