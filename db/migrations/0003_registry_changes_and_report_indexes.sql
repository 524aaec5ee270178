CREATE TABLE `registry_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`registry_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	FOREIGN KEY (`registry_id`) REFERENCES `registry_sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `registry_changes_registry_idx` ON `registry_changes` (`registry_id`,`id`);--> statement-breakpoint
ALTER TABLE `registry_sources` ADD `merged_into_id` integer;--> statement-breakpoint
CREATE INDEX `registry_sources_live_name_idx` ON `registry_sources` (`merged_into_id`,`name`);--> statement-breakpoint
CREATE INDEX `articles_outlet_idx` ON `articles` (`outlet`);--> statement-breakpoint
CREATE INDEX `articles_author_idx` ON `articles` (`author`);--> statement-breakpoint
CREATE INDEX `articles_publication_date_idx` ON `articles` (`publication_date`);--> statement-breakpoint
CREATE INDEX `claim_history_user_idx` ON `claim_history` (`user_id`,`at`);