CREATE TABLE `face_consents` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_id` text NOT NULL,
	`consent_text_version` text NOT NULL,
	`consented_by` text NOT NULL,
	`recorded_by` text NOT NULL,
	`consented_at` integer NOT NULL,
	`withdrawn_at` integer,
	`template_id` text,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `face_consents_active` ON `face_consents` (`holder_kind`,`holder_id`) WHERE withdrawn_at IS NULL;--> statement-breakpoint
CREATE INDEX `face_consents_template` ON `face_consents` (`template_id`);--> statement-breakpoint
CREATE TABLE `face_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`ciphertext` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `face_templates_community` ON `face_templates` (`community_id`);--> statement-breakpoint
CREATE TABLE `identifications` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`kiosk_id` text NOT NULL,
	`method` text NOT NULL,
	`outcome` text NOT NULL,
	`reason` text,
	`holder_kind` text,
	`holder_id` text,
	`distance` real,
	`staff_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kiosk_id`) REFERENCES `kiosks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `identifications_kiosk_at` ON `identifications` (`kiosk_id`,`at`);--> statement-breakpoint
CREATE TABLE `kiosk_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`kiosk_id` text NOT NULL,
	`community_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_id` text NOT NULL,
	`method` text NOT NULL,
	`started_at` integer NOT NULL,
	`last_activity_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`kiosk_id`) REFERENCES `kiosks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `passes` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_id` text NOT NULL,
	`secret_hash` text NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_by` text,
	`revoked_at` integer,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `passes_secret_hash_unique` ON `passes` (`secret_hash`);--> statement-breakpoint
CREATE INDEX `passes_holder` ON `passes` (`holder_id`);--> statement-breakpoint
CREATE TABLE `rotating_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`holder_id` text NOT NULL,
	`secret_ciphertext` text NOT NULL,
	`last_step` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rotating_keys_holder` ON `rotating_keys` (`holder_id`);--> statement-breakpoint
CREATE TABLE `staff_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`kiosk_id` text NOT NULL,
	`raised_at` integer NOT NULL,
	`identified_kind` text,
	`identified_id` text,
	`claimed_at` integer,
	`resolved_at` integer,
	`resolved_by` text,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kiosk_id`) REFERENCES `kiosks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_calls_open` ON `staff_calls` (`kiosk_id`) WHERE resolved_at IS NULL;--> statement-breakpoint
CREATE INDEX `staff_calls_community` ON `staff_calls` (`community_id`,`raised_at`);