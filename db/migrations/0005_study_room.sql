CREATE TABLE `booking_bans` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`reason` text NOT NULL,
	`lifted_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_bans_holder` ON `booking_bans` (`holder_id`,`ends_at`);--> statement-breakpoint
CREATE TABLE `booking_policies` (
	`facility_id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`step_minutes` integer NOT NULL,
	`minutes_per_day` integer NOT NULL,
	`active_bookings` integer NOT NULL,
	`days_ahead` integer NOT NULL,
	`grace_minutes` integer NOT NULL,
	`away_minutes` integer NOT NULL,
	`strike_limit` integer NOT NULL,
	`strike_window_days` integer NOT NULL,
	`ban_days` integer NOT NULL,
	`offer_minutes` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `facility_closures` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `facility_closures_time` ON `facility_closures` (`facility_id`,`ends_at`);--> statement-breakpoint
CREATE TABLE `facility_hours` (
	`facility_id` text NOT NULL,
	`community_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`opens` text NOT NULL,
	`closes` text NOT NULL,
	PRIMARY KEY(`facility_id`, `weekday`),
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `waitlist_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`status` text NOT NULL,
	`offer_booking_id` text,
	`idempotency_key` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `waitlist_idempotency` ON `waitlist_entries` (`community_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `waitlist_facility_status` ON `waitlist_entries` (`facility_id`,`status`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `waitlist_one_open` ON `waitlist_entries` (`holder_id`,`facility_id`,`starts_at`,`ends_at`) WHERE status IN ('waiting', 'offered');--> statement-breakpoint
ALTER TABLE `bookings` ADD `checked_in_at` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `away_since` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `hold_expires_at` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `notice` text;--> statement-breakpoint
CREATE INDEX `bookings_facility_status` ON `bookings` (`facility_id`,`status`,`starts_at`);--> statement-breakpoint
ALTER TABLE `resources` ADD `in_service` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `resources_facility_label` ON `resources` (`facility_id`,`label`);