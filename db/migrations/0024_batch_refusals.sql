CREATE TABLE `batch_refusals` (
	`code` text NOT NULL
);
