-- Coordinator posts: named after the area they serve, never after the person in post.

CREATE TABLE coordinator_post (
	id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	authority_code             text NOT NULL REFERENCES authority (code),
	name                       text NOT NULL,
	status                     text NOT NULL CHECK (status IN ('IN_POST', 'VACANT', 'PROPOSED')),
	neighbourhood_id           bigint REFERENCES neighbourhood (id) ON DELETE SET NULL,
	supports_neighbourhood_id  bigint REFERENCES neighbourhood (id) ON DELETE SET NULL,
	version                    integer NOT NULL DEFAULT 1,
	CHECK (supports_neighbourhood_id IS DISTINCT FROM neighbourhood_id)
);
CREATE UNIQUE INDEX coordinator_post_one_per_patch ON coordinator_post (neighbourhood_id) WHERE neighbourhood_id IS NOT NULL;
COMMENT ON TABLE coordinator_post IS 'A coordinator post and its patch (one neighbourhood); it may also support another neighbourhood, e.g. one whose own post is vacant.';
