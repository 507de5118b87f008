CREATE TABLE `config_versions` (
	`community_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
