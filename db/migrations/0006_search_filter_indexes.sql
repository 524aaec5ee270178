CREATE INDEX `articles_outlet_nocase_idx` ON `articles` ("outlet" collate nocase);--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`);--> statement-breakpoint
CREATE INDEX `sources_type_idx` ON `sources` (`type`);