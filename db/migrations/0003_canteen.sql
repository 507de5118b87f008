CREATE TABLE `resident_links` (
	`elder_id` text NOT NULL,
	`family_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`elder_id`, `family_id`),
	FOREIGN KEY (`elder_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`family_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resident_links_family` ON `resident_links` (`family_id`);--> statement-breakpoint
CREATE TABLE `canteen_closures` (
	`community_id` text NOT NULL,
	`service_date` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `canteen_closures_day` ON `canteen_closures` (`community_id`,`service_date`);--> statement-breakpoint
CREATE TABLE `fund_claim_tally` (
	`fund_id` text NOT NULL,
	`month` text NOT NULL,
	`service_date` text NOT NULL,
	`diner_age` integer NOT NULL,
	`diner_groups` text NOT NULL,
	`meals` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	PRIMARY KEY(`fund_id`, `month`, `service_date`, `diner_age`, `diner_groups`),
	FOREIGN KEY (`fund_id`) REFERENCES `funds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `funds` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`monthly_budget_fen` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funds_community_code` ON `funds` (`community_id`,`code`);--> statement-breakpoint
CREATE TABLE `meal_card_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`resident_id` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`order_id` text,
	`note` text,
	`recorded_by` text,
	`idempotency_key` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meal_card_entries_key` ON `meal_card_entries` (`community_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `meal_card_entries_resident` ON `meal_card_entries` (`resident_id`);--> statement-breakpoint
CREATE TABLE `meal_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`booking_id` text NOT NULL,
	`resident_id` text NOT NULL,
	`ordered_by_id` text NOT NULL,
	`service_date` text NOT NULL,
	`sitting` text NOT NULL,
	`diner_age` integer NOT NULL,
	`diner_groups` text NOT NULL,
	`ticket_no` integer NOT NULL,
	`policy_id` text NOT NULL,
	`policy_version` integer NOT NULL,
	`list_price_fen` integer NOT NULL,
	`pay_fen` integer NOT NULL,
	`subsidised` integer NOT NULL,
	`payment` text NOT NULL,
	`delivery` integer NOT NULL,
	`delivery_address` text,
	`delivery_grid` text,
	`status` text NOT NULL,
	`identified_by` text NOT NULL,
	`identify_distance` real,
	`kiosk_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ordered_by_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_id`) REFERENCES `pricing_policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kiosk_id`) REFERENCES `kiosks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meal_orders_booking` ON `meal_orders` (`booking_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `meal_orders_one_subsidised` ON `meal_orders` (`resident_id`,`service_date`,`sitting`) WHERE subsidised = 1 AND status <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX `meal_orders_ticket` ON `meal_orders` (`community_id`,`service_date`,`sitting`,`ticket_no`);--> statement-breakpoint
CREATE INDEX `meal_orders_day` ON `meal_orders` (`community_id`,`service_date`);--> statement-breakpoint
CREATE INDEX `meal_orders_resident` ON `meal_orders` (`resident_id`,`service_date`);--> statement-breakpoint
CREATE TABLE `menu_items` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`service_date` text NOT NULL,
	`sitting` text NOT NULL,
	`name` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `menu_items_day` ON `menu_items` (`community_id`,`service_date`);--> statement-breakpoint
CREATE TABLE `order_subsidies` (
	`order_id` text NOT NULL,
	`fund_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`month` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `meal_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fund_id`) REFERENCES `funds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_subsidies_fund_month` ON `order_subsidies` (`fund_id`,`month`);--> statement-breakpoint
CREATE INDEX `order_subsidies_order` ON `order_subsidies` (`order_id`);--> statement-breakpoint
CREATE TABLE `pricing_policies` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`version` integer NOT NULL,
	`effective_from` text NOT NULL,
	`rules` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pricing_policies_version` ON `pricing_policies` (`community_id`,`version`);--> statement-breakpoint
CREATE INDEX `pricing_policies_from` ON `pricing_policies` (`community_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `welfare_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`order_id` text NOT NULL,
	`resident_id` text NOT NULL,
	`grid` text,
	`raised_at` integer NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	`note` text,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `meal_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `welfare_alerts_order` ON `welfare_alerts` (`order_id`);--> statement-breakpoint
ALTER TABLE `residents` ADD `delivery_eligible` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `bookings_resource_end` ON `bookings` (`resource_id`,`ends_at`);--> statement-breakpoint
CREATE INDEX `identifications_holder_at` ON `identifications` (`holder_id`,`at`);