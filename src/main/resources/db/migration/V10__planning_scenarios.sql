-- Planning scenarios: a named set of coordinator posts (in post, vacant, proposed) and the small areas
-- each covers. A scenario is a copy, not a view: later changes to the posts or the neighbourhood plan
-- leave it as it was saved.

CREATE TABLE scenario (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	authority_code  text NOT NULL REFERENCES authority (code),
	name            text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
	version         integer NOT NULL DEFAULT 1,
	created_by      text NOT NULL,
	created_at      timestamptz NOT NULL DEFAULT now(),
	based_on        bigint REFERENCES scenario (id) ON DELETE SET NULL
);
CREATE INDEX scenario_authority_idx ON scenario (authority_code);
COMMENT ON TABLE scenario IS 'A named set of coordinator posts and their patches that a planner compares with others; based_on is the scenario it was copied from.';
COMMENT ON COLUMN scenario.version IS 'Incremented by every change; a change or deletion must name the version it was based on.';

CREATE TABLE scenario_post (
	scenario_id       bigint NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
	position          integer NOT NULL,
	name              text NOT NULL,
	status            text NOT NULL CHECK (status IN ('IN_POST', 'VACANT', 'PROPOSED')),
	small_area_codes  text[] NOT NULL DEFAULT '{}',
	PRIMARY KEY (scenario_id, position)
);
COMMENT ON TABLE scenario_post IS 'One post of a scenario and its patch as whole small areas (LSOA codes). Under a scenario, areas of IN_POST and PROPOSED posts count as covered, VACANT do not.';
