CREATE TABLE `fund_budgets` (
	`community_id` text NOT NULL,
	`fund_id` text NOT NULL,
	`month` text NOT NULL,
	`budget_fen` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`fund_id`, `month`),
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fund_id`) REFERENCES `funds`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fund_budgets_valid" CHECK("fund_budgets"."budget_fen" >= 0 AND "fund_budgets"."month" GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]')
);
