CREATE TABLE `article_figures` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`claims` integer DEFAULT 0 NOT NULL,
	`reviewed` integer DEFAULT 0 NOT NULL,
	`anonymous_only` integer DEFAULT 0 NOT NULL,
	`unattributed` integer DEFAULT 0 NOT NULL,
	`single_sourced` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `claims` ADD `named_links` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `anonymous_links` integer DEFAULT 0 NOT NULL;