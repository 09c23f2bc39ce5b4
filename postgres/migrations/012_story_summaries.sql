-- Each story's counts beside its page, so that the list of stories is
-- read without the pages.
ALTER TABLE story_pages ADD COLUMN summary bytea NOT NULL DEFAULT ''::bytea;
