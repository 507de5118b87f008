CREATE TABLE `alert_states` (
	`community_id` text NOT NULL,
	`kind` text NOT NULL,
	`alert_id` text NOT NULL,
	`acknowledged_at` integer,
	`acknowledged_by` text,
	`resolved_at` integer,
	`resolved_by` text,
	PRIMARY KEY(`kind`, `alert_id`),
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
