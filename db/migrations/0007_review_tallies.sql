CREATE TABLE `review_tallies` (
	`article_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`decisions` integer NOT NULL,
	`claims` integer NOT NULL,
	`last_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `user_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
