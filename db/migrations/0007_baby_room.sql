CREATE TABLE `allowance_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`child_id` text NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`booking_id` text,
	`reason` text,
	`staff_id` text,
	`idempotency_key` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allowance_entries_key` ON `allowance_entries` (`community_id`,`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `allowance_entries_booking_kind` ON `allowance_entries` (`booking_id`,`kind`);--> statement-breakpoint
CREATE INDEX `allowance_entries_child` ON `allowance_entries` (`child_id`,`period`);--> statement-breakpoint
CREATE TABLE `baby_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`child_id` text,
	`booking_id` text,
	`kind` text NOT NULL,
	`by_resident_id` text,
	`pickup_code_id` text,
	`temperature_tenths` integer,
	`symptoms` text,
	`reason` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `baby_attendance_facility_at` ON `baby_attendance` (`facility_id`,`at`);--> statement-breakpoint
CREATE INDEX `baby_attendance_child` ON `baby_attendance` (`child_id`);--> statement-breakpoint
CREATE TABLE `baby_bookings` (
	`booking_id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`session_id` text NOT NULL,
	`child_id` text NOT NULL,
	`booked_by_id` text NOT NULL,
	`payment` text NOT NULL,
	`price_fen` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `baby_sessions`(`resource_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booked_by_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `baby_bookings_child` ON `baby_bookings` (`child_id`);--> statement-breakpoint
CREATE TABLE `baby_room_policies` (
	`facility_id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`allowance_per_period` integer NOT NULL,
	`period_months` integer NOT NULL,
	`rollover_max` integer DEFAULT 0 NOT NULL,
	`beyond_allowance` text NOT NULL,
	`no_show_consumes` integer NOT NULL,
	`cancel_cutoff_minutes` integer NOT NULL,
	`room_size` integer NOT NULL,
	`fever_tenths` integer DEFAULT 373 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `baby_session_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`type_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`start_time` text NOT NULL,
	`caregivers` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_id`) REFERENCES `baby_session_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `baby_session_types` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`minutes` integer NOT NULL,
	`min_age_months` integer NOT NULL,
	`max_age_months` integer NOT NULL,
	`ratio` integer NOT NULL,
	`guardian_stays` integer NOT NULL,
	`uses_allowance` integer NOT NULL,
	`price_fen` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `baby_session_types_name` ON `baby_session_types` (`facility_id`,`name`);--> statement-breakpoint
CREATE TABLE `baby_sessions` (
	`resource_id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`type_id` text NOT NULL,
	`template_id` text,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`caregivers` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_id`) REFERENCES `baby_session_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `baby_session_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `baby_sessions_time` ON `baby_sessions` (`facility_id`,`starts_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `baby_sessions_template_time` ON `baby_sessions` (`template_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `pickup_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`child_id` text NOT NULL,
	`created_by_id` text NOT NULL,
	`person_name` text NOT NULL,
	`code_hash` text NOT NULL,
	`valid_on` text NOT NULL,
	`used_at` integer,
	`used_booking_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pickup_codes_hash` ON `pickup_codes` (`community_id`,`code_hash`);--> statement-breakpoint
ALTER TABLE `booking_policies` ADD `completes_at_end` integer DEFAULT true NOT NULL;