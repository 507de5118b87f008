ALTER TABLE `kiosks` ADD `app_version` text;--> statement-breakpoint
ALTER TABLE `kiosks` ADD `last_error` text;--> statement-breakpoint
ALTER TABLE `kiosks` ADD `last_error_at` integer;