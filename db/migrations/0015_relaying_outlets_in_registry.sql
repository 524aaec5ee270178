-- Relaying outlets (the "via" of a claim-source link) join the source registry: an outlet's page lists the claims
-- it relayed. Existing links get their via_registry_id from backfillRegistrySources after migrations run.
DROP INDEX `registry_sources_live_name_idx`;--> statement-breakpoint
CREATE INDEX `registry_sources_live_name_idx` ON `registry_sources` (`merged_into_id`,"name" collate nocase,`key`,`type`);--> statement-breakpoint
ALTER TABLE `claim_sources` ADD `via_registry_id` integer REFERENCES registry_sources(id);--> statement-breakpoint
CREATE INDEX `claim_sources_via_registry_idx` ON `claim_sources` (`via_registry_id`,`claim_id`);--> statement-breakpoint
CREATE INDEX `claim_sources_via_unlinked_idx` ON `claim_sources` (`id`) WHERE "claim_sources"."via_name" is not null and "claim_sources"."via_registry_id" is null;