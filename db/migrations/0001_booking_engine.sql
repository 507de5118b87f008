CREATE TABLE `bookings` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`resource_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`status` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_idempotency` ON `bookings` (`community_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `bookings_resource_time` ON `bookings` (`resource_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `bookings_holder_time` ON `bookings` (`holder_id`,`starts_at`);