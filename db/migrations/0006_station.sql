CREATE TABLE `door_commands` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`door_id` text NOT NULL,
	`nonce` text NOT NULL,
	`issued_at` integer NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`answer_status` integer,
	`answer` text,
	`answered_at` integer,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`door_id`) REFERENCES `station_doors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `door_commands_nonce_unique` ON `door_commands` (`nonce`);--> statement-breakpoint
CREATE INDEX `door_commands_door` ON `door_commands` (`door_id`,`issued_at`);--> statement-breakpoint
CREATE TABLE `door_events` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`door_id` text NOT NULL,
	`kiosk_id` text,
	`courier_id` text,
	`staff_id` text,
	`direction` text,
	`method` text NOT NULL,
	`distance` real,
	`outcome` text NOT NULL,
	`reason` text,
	`command_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`door_id`) REFERENCES `station_doors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `door_events_door_at` ON `door_events` (`door_id`,`at`);--> statement-breakpoint
CREATE INDEX `door_events_courier` ON `door_events` (`courier_id`,`at`);--> statement-breakpoint
CREATE TABLE `station_amenities` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `station_amenities_facility` ON `station_amenities` (`facility_id`);--> statement-breakpoint
CREATE TABLE `station_doors` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`name` text NOT NULL,
	`area_id` text,
	`women_only` integer DEFAULT false NOT NULL,
	`webhook_url` text,
	`secret_ciphertext` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `station_doors_facility` ON `station_doors` (`facility_id`);--> statement-breakpoint
CREATE TABLE `station_settings` (
	`facility_id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`pending_expiry_days` integer DEFAULT 14 NOT NULL,
	`nightly_close_at` text DEFAULT '04:00' NOT NULL,
	`shower_slot_minutes` integer DEFAULT 20 NOT NULL,
	`shower_cleaning_minutes` integer DEFAULT 10 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `station_visits` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`zone` text NOT NULL,
	`courier_id` text NOT NULL,
	`door_id` text NOT NULL,
	`entered_at` integer NOT NULL,
	`entry_method` text NOT NULL,
	`exited_at` integer,
	`exit_method` text,
	`closed_by` text,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`courier_id`) REFERENCES `couriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`door_id`) REFERENCES `station_doors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `station_visits_open` ON `station_visits` (`courier_id`,`zone`) WHERE exited_at IS NULL;--> statement-breakpoint
CREATE INDEX `station_visits_zone_open` ON `station_visits` (`facility_id`,`zone`,`exited_at`);--> statement-breakpoint
CREATE INDEX `station_visits_entered` ON `station_visits` (`community_id`,`entered_at`);--> statement-breakpoint
ALTER TABLE `kiosks` ADD `pass_only` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `kiosks` ADD `door_id` text;--> statement-breakpoint
ALTER TABLE `kiosks` ADD `door_direction` text;