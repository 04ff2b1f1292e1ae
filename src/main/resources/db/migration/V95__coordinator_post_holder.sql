-- Which signed-in coordinator holds a post, so their map opens on their own patch. A user name only
-- (app_user holds nothing more about a person); one post per user, and a post held by at most one.

ALTER TABLE coordinator_post ADD COLUMN held_by text REFERENCES app_user (username) ON DELETE SET NULL;
CREATE UNIQUE INDEX coordinator_post_one_per_holder ON coordinator_post (held_by) WHERE held_by IS NOT NULL;
COMMENT ON COLUMN coordinator_post.held_by IS 'The user name of the coordinator in this post (a COORDINATOR of the same council), or null; set by a planner or the council''s administrator.';
