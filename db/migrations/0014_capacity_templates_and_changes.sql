CREATE TABLE `capacity_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`resource_id` text NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`date` text NOT NULL,
	`capacity` integer NOT NULL,
	`order_cutoff` text,
	`reason` text NOT NULL,
	`choice` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `capacity_changes_day` ON `capacity_changes` (`resource_id`,`date`);--> statement-breakpoint
CREATE INDEX `capacity_changes_facility` ON `capacity_changes` (`facility_id`,`date`);--> statement-breakpoint
CREATE TABLE `capacity_templates` (
	`resource_id` text NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`capacity` integer NOT NULL,
	`order_cutoff` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`resource_id`, `weekday`),
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
