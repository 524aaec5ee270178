-- Edited after drizzle-kit generate: registry_claims is WITHOUT ROWID (see db/schema.ts).
CREATE TABLE `registry_claims` (
	`registry_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`status` text NOT NULL,
	`dismissed` integer NOT NULL,
	PRIMARY KEY(`registry_id`, `claim_id`),
	FOREIGN KEY (`registry_id`) REFERENCES `registry_sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `registry_claims_claim_idx` ON `registry_claims` (`claim_id`);--> statement-breakpoint
CREATE TABLE `registry_figures` (
	`registry_id` integer PRIMARY KEY NOT NULL,
	`articles` integer DEFAULT 0 NOT NULL,
	`claims` integer DEFAULT 0 NOT NULL,
	`rated_true` integer DEFAULT 0 NOT NULL,
	`rated_false` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`registry_id`) REFERENCES `registry_sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `sources_registry_idx`;--> statement-breakpoint
CREATE INDEX `sources_registry_article_idx` ON `sources` (`registry_id`,`article_id`);--> statement-breakpoint
DROP INDEX `registry_sources_live_name_idx`;--> statement-breakpoint
CREATE INDEX `registry_sources_live_name_idx` ON `registry_sources` (`merged_into_id`,`name`,`key`,`type`);