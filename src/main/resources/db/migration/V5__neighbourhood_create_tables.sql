-- Neighbourhoods: contiguous groups of whole small areas, each normally one coordinator's patch.
-- A plan is one council's partition; its version guards against saving over someone else's newer save.

CREATE TABLE neighbourhood_plan (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	authority_code  text NOT NULL REFERENCES authority (code),
	name            text NOT NULL,
	min_residents   integer NOT NULL DEFAULT 8000 CHECK (min_residents > 0),
	max_residents   integer NOT NULL DEFAULT 12000,
	version         integer NOT NULL DEFAULT 1,
	updated_at      timestamptz NOT NULL DEFAULT now(),
	updated_by      text NOT NULL,
	CHECK (max_residents >= min_residents)
);
CREATE UNIQUE INDEX neighbourhood_plan_one_per_council ON neighbourhood_plan (authority_code);
COMMENT ON COLUMN neighbourhood_plan.version IS 'Incremented by every save; a save must name the version it was based on.';

CREATE TABLE neighbourhood (
	id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	plan_id  bigint NOT NULL REFERENCES neighbourhood_plan (id) ON DELETE CASCADE,
	name     text NOT NULL,
	outline  geometry(MultiPolygon, 27700)
);
CREATE INDEX neighbourhood_plan_idx ON neighbourhood (plan_id);
CREATE INDEX neighbourhood_outline_idx ON neighbourhood USING gist (outline);
COMMENT ON COLUMN neighbourhood.outline IS 'Union of its small areas with gaps under 10 m between generalised boundaries closed; kept current on every save.';

CREATE TABLE neighbourhood_area (
	plan_id           bigint NOT NULL REFERENCES neighbourhood_plan (id) ON DELETE CASCADE,
	small_area_code   text NOT NULL REFERENCES small_area (code),
	neighbourhood_id  bigint NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
	PRIMARY KEY (plan_id, small_area_code)
);
CREATE INDEX neighbourhood_area_neighbourhood_idx ON neighbourhood_area (neighbourhood_id);
COMMENT ON TABLE neighbourhood_area IS 'Which neighbourhood each small area is in; the primary key keeps an area in one neighbourhood per plan.';

CREATE TABLE neighbourhood_change (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	plan_id     bigint NOT NULL REFERENCES neighbourhood_plan (id) ON DELETE CASCADE,
	version     integer NOT NULL,
	changed_by  text NOT NULL,
	changed_at  timestamptz NOT NULL DEFAULT now(),
	kind        text NOT NULL,
	moves       jsonb NOT NULL
);
COMMENT ON TABLE neighbourhood_change IS 'Every saved change to a plan: who, when, and which small areas moved from which neighbourhood to which.';

CREATE FUNCTION neighbourhood_outline(neighbourhood bigint) RETURNS geometry
LANGUAGE sql STABLE AS $$
	SELECT ST_Multi(ST_CollectionExtract(ST_Buffer(ST_Buffer(ST_Union(s.geom), 5, 'join=mitre'), -5, 'join=mitre'), 3))
	FROM neighbourhood_area na JOIN small_area s ON s.code = na.small_area_code
	WHERE na.neighbourhood_id = neighbourhood;
$$;
