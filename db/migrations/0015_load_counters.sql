CREATE TABLE `resource_load` (
	`resource_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`taken` integer NOT NULL,
	PRIMARY KEY(`resource_id`, `starts_at`, `ends_at`)
);
--> statement-breakpoint
CREATE INDEX `resource_load_end` ON `resource_load` (`resource_id`,`ends_at`);--> statement-breakpoint
CREATE TABLE `fund_month_usage` (
	`fund_id` text NOT NULL,
	`month` text NOT NULL,
	`amount_fen` integer NOT NULL,
	PRIMARY KEY(`fund_id`, `month`)
);
