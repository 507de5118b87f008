ALTER TABLE `pickup_codes` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `pickup_codes_key` ON `pickup_codes` (`community_id`,`idempotency_key`);