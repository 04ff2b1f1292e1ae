-- Introductions: people introduced to a coordinator, recorded without anything that names or places
-- them finely. There is no column for a name, address, full postcode, date of birth, coordinates or
-- free text; the finest location is a postcode sector (e.g. RM17 6) or a grid cell of at least 250 m.

-- Postcode sectors, loaded on start from geodata/postcodes (Code-Point Open). A sector is kept per
-- council: a sector that crosses a boundary (CM13 3 has 7 of its 236 postcodes in Thurrock) is the
-- council's part of it only.
CREATE TABLE postcode_sector (
	authority_code          text NOT NULL REFERENCES authority (code),
	code                    text NOT NULL CHECK (code ~ '^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9]$'),
	label                   text NOT NULL,
	postcodes_in_authority  integer NOT NULL CHECK (postcodes_in_authority > 0),
	postcodes_total         integer NOT NULL CHECK (postcodes_total >= postcodes_in_authority),
	centroid                geometry(Point, 27700) NOT NULL,
	geom                    geometry(MultiPolygon, 27700),
	PRIMARY KEY (authority_code, code)
);
CREATE INDEX postcode_sector_geom_idx ON postcode_sector USING gist (geom);
COMMENT ON TABLE postcode_sector IS 'Postcode sector (outward code and first digit of the inward code), the coarse location of most introductions.';
COMMENT ON COLUMN postcode_sector.label IS 'The town or village in the sector (nearest its middle), else the ward holding most of its postcodes: helps people pick a sector.';
COMMENT ON COLUMN postcode_sector.centroid IS 'Unweighted mean of the sector''s live postcode points in the council (EPSG:27700).';
COMMENT ON COLUMN postcode_sector.geom IS 'Approximate outline: the Voronoi cells of the sector''s postcode points, dissolved and clipped to the council''s small areas. Sectors tile the council without overlap.';

CREATE TABLE postcode_unit_point (
	id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	authority_code   text NOT NULL,
	sector_code      text NOT NULL,
	small_area_code  text REFERENCES small_area (code) ON DELETE SET NULL,
	geom             geometry(Point, 27700) NOT NULL,
	FOREIGN KEY (authority_code, sector_code) REFERENCES postcode_sector (authority_code, code) ON DELETE CASCADE
);
CREATE INDEX postcode_unit_point_sector_idx ON postcode_unit_point (authority_code, sector_code);
CREATE INDEX postcode_unit_point_geom_idx ON postcode_unit_point USING gist (geom);
COMMENT ON TABLE postcode_unit_point IS 'Where a sector''s live postcode units lie, deliberately without their postcodes: used only to apportion sectors to small areas, to outline sectors and to spread counts over a density map, never to locate an introduction.';
COMMENT ON COLUMN postcode_unit_point.small_area_code IS 'The small area the point lies in (the first by code where two overlap).';

-- The hexagon of ST_HexagonGrid(size, ...) holding a point, by arithmetic: the nearest hexagon centre
-- (hexagon (i, j) is centred at x = 1.5 size i, y = sqrt(3) size (j + 1/2 when i is odd)). Matches
-- ST_Hexagon(size, i, j); tens of thousands of points a second, with no geometry built.
CREATE FUNCTION hexagon_of(x double precision, y double precision, size double precision) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT CASE WHEN (x - 1.5 * size * c0) ^ 2 + (y - sqrt(3) * size * j0 - o0) ^ 2
			<= (x - 1.5 * size * (c0 + 1)) ^ 2 + (y - sqrt(3) * size * j1 - o1) ^ 2
		THEN ARRAY[c0, j0] ELSE ARRAY[c0 + 1, j1] END
	FROM (SELECT c0, o0, o1, round((y - o0) / (sqrt(3) * size))::int AS j0, round((y - o1) / (sqrt(3) * size))::int AS j1
		FROM (SELECT c0, CASE WHEN c0 % 2 <> 0 THEN sqrt(3) / 2 * size ELSE 0 END AS o0,
			CASE WHEN (c0 + 1) % 2 <> 0 THEN sqrt(3) / 2 * size ELSE 0 END AS o1
			FROM (SELECT floor(x / (1.5 * size))::int AS c0) a) b) c
$$;
COMMENT ON FUNCTION hexagon_of(double precision, double precision, double precision) IS 'ARRAY[i, j] of the ST_HexagonGrid hexagon of edge size (metres) holding the point (x, y) in the same SRID.';

CREATE TABLE postcode_sector_area (
	authority_code   text NOT NULL,
	sector_code      text NOT NULL,
	small_area_code  text NOT NULL REFERENCES small_area (code) ON DELETE CASCADE,
	postcodes        integer NOT NULL CHECK (postcodes > 0),
	share            double precision NOT NULL CHECK (share > 0 AND share <= 1),
	geom             geometry(MultiPolygon, 27700),
	PRIMARY KEY (authority_code, sector_code, small_area_code),
	FOREIGN KEY (authority_code, sector_code) REFERENCES postcode_sector (authority_code, code) ON DELETE CASCADE
);
COMMENT ON TABLE postcode_sector_area IS 'How a sector is apportioned to small areas: the share of its live postcodes lying in each. An introduction recorded by sector is counted in these shares.';
COMMENT ON COLUMN postcode_sector_area.geom IS 'The part of the sector''s outline inside the small area.';

CREATE TABLE postcode_sector_load (
	authority_code       text PRIMARY KEY REFERENCES authority (code),
	checksum             text NOT NULL,
	geography_import_id  bigint NOT NULL,
	loaded_at            timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE postcode_sector_load IS 'What the sectors were last derived from: the files'' checksum and the geography import; unchanged, a start-up load is a no-op.';

-- Who recorded a set of introductions, how, and whether they are synthetic (the demo's).
CREATE TABLE introduction_batch (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	authority_code  text NOT NULL REFERENCES authority (code),
	kind            text NOT NULL CHECK (kind IN ('FORM', 'IMPORT', 'DEMO')),
	synthetic       boolean NOT NULL,
	note            text NOT NULL,
	recorded_by     text NOT NULL,
	recorded_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN introduction_batch.note IS 'Written by LAC Atlas, never by a person: how the batch came to be (form, CSV import of n rows, synthetic demo data).';

CREATE TABLE introduction (
	id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	batch_id                  bigint NOT NULL REFERENCES introduction_batch (id),
	authority_code            text NOT NULL REFERENCES authority (code),
	introduced_on             date NOT NULL,
	source                    text NOT NULL CHECK (source IN ('COUNCIL_CONTACT_SERVICE', 'SOCIAL_WORKER_OR_SUPPORT_PLANNER',
		'HOUSING_OR_FLOATING_SUPPORT', 'GP_PRACTICE_MDT', 'COUNCILLOR_OR_MAYOR', 'COMMUNITY_EVENT_OR_HUB',
		'SELF_FAMILY_OR_NEIGHBOUR', 'OTHER')),
	support_level             smallint NOT NULL CHECK (support_level IN (1, 2)),
	age_band                  text NOT NULL CHECK (age_band IN ('18-24', '25-44', '45-64', '65-74', '75-84', '85+')),
	needs                     text[] NOT NULL CHECK (cardinality(needs) >= 1 AND needs <@ ARRAY['LEARNING_DISABILITY',
		'MENTAL_HEALTH', 'OLDER_PERSON', 'PHYSICAL_DISABILITY', 'SENSORY_IMPAIRMENT', 'CARER', 'OTHER']),
	sector_code               text,
	grid_size                 integer,
	grid_easting              integer,
	grid_northing             integer,
	worked_with_out_of_area   boolean NOT NULL DEFAULT false,
	synthetic                 boolean NOT NULL DEFAULT false,
	record_key                integer NOT NULL CHECK (record_key >= 0 AND record_key < 1048576),
	FOREIGN KEY (authority_code, sector_code) REFERENCES postcode_sector (authority_code, code),
	CHECK ((sector_code IS NOT NULL AND grid_size IS NULL AND grid_easting IS NULL AND grid_northing IS NULL)
		OR (sector_code IS NULL AND grid_size BETWEEN 250 AND 10000 AND grid_size % 250 = 0
			AND grid_easting % grid_size = 0 AND grid_northing % grid_size = 0))
);
CREATE INDEX introduction_period_idx ON introduction (authority_code, introduced_on);
COMMENT ON TABLE introduction IS 'An anonymised introduction. Only aggregates leave the database, through disclosure control; no endpoint reads one row.';
COMMENT ON COLUMN introduction.grid_easting IS 'South-west corner of the grid cell, EPSG:27700 metres, a multiple of grid_size.';
COMMENT ON COLUMN introduction.worked_with_out_of_area IS 'The coordinator says the person lives in no coordinator''s patch but was worked with anyway.';
COMMENT ON COLUMN introduction.record_key IS 'Random key (0..2^20-1) for consistent rounding: a published cell''s rounding depends on the sum of its records'' keys, so the same introductions always publish the same figure.';

CREATE TABLE introduction_share (
	introduction_id  bigint NOT NULL REFERENCES introduction (id) ON DELETE CASCADE,
	small_area_code  text NOT NULL REFERENCES small_area (code) ON DELETE CASCADE,
	share            double precision NOT NULL CHECK (share > 0 AND share <= 1.000001),
	PRIMARY KEY (introduction_id, small_area_code)
);
CREATE INDEX introduction_share_small_area_idx ON introduction_share (small_area_code);
COMMENT ON TABLE introduction_share IS 'Where an introduction is counted: shares of small areas summing to 1. Ward, neighbourhood and patch follow from the small areas at query time.';

-- The small areas an introduction is counted in, with shares summing to 1:
--  * a sector: the share of the sector's live postcodes in each small area;
--  * a grid cell: the share of the cell's area in each small area (slivers under 1 % dropped);
--  * told it is out of area (worked_with_out_of_area): only the small areas in no coordinator's
--    patch, renormalised; none if the location lies wholly in patches.
CREATE FUNCTION introduction_allocation(intro bigint, honour_out_of_area boolean DEFAULT true)
RETURNS TABLE (small_area_code text, share double precision)
LANGUAGE sql STABLE AS $$
	WITH i AS (
		SELECT *, ST_MakeEnvelope(grid_easting, grid_northing, grid_easting + grid_size, grid_northing + grid_size, 27700) AS cell
		FROM introduction WHERE id = intro
	), by_sector AS (
		SELECT a.small_area_code, a.share AS weight
		FROM i JOIN postcode_sector_area a ON a.authority_code = i.authority_code AND a.sector_code = i.sector_code
	), by_cell AS (
		SELECT s.code AS small_area_code, ST_Area(ST_Intersection(s.geom, i.cell)) AS weight
		FROM i JOIN small_area s ON s.authority_code = i.authority_code AND s.geom && i.cell AND ST_Intersects(s.geom, i.cell)
		WHERE i.grid_size IS NOT NULL
	), located AS (
		SELECT * FROM by_sector
		UNION ALL
		SELECT * FROM by_cell WHERE weight >= 0.01 * (SELECT sum(weight) FROM by_cell)
	), eligible AS (
		SELECT l.* FROM located l, i
		WHERE l.weight > 0 AND (NOT (i.worked_with_out_of_area AND honour_out_of_area) OR NOT EXISTS (
			SELECT 1 FROM neighbourhood_plan p
			JOIN neighbourhood_area na ON na.plan_id = p.id AND na.small_area_code = l.small_area_code
			JOIN coordinator_post cp ON cp.neighbourhood_id = na.neighbourhood_id AND cp.status IN ('IN_POST', 'VACANT')
			WHERE p.authority_code = i.authority_code))
	)
	SELECT e.small_area_code, e.weight / sum(e.weight) OVER () FROM eligible e;
$$;
COMMENT ON FUNCTION introduction_allocation(bigint, boolean) IS 'Apportions one introduction to small areas from its coarse location (see the migration for the rule); used when recording and after the geography or sectors change. honour_out_of_area = false ignores worked_with_out_of_area.';

-- Each share of each introduction with where it falls today: its small area's best-fit ward, the
-- neighbourhood of the council's current plan, and the post whose patch that is (in post or vacant).
CREATE VIEW introduction_place AS
SELECT i.id AS introduction_id, i.authority_code, i.introduced_on, i.record_key, i.worked_with_out_of_area,
	s.small_area_code, s.share, sa.ward_code, na.neighbourhood_id, cp.id AS post_id
FROM introduction i
JOIN introduction_share s ON s.introduction_id = i.id
JOIN small_area sa ON sa.code = s.small_area_code
LEFT JOIN neighbourhood_plan p ON p.authority_code = i.authority_code
LEFT JOIN neighbourhood_area na ON na.plan_id = p.id AND na.small_area_code = s.small_area_code
LEFT JOIN coordinator_post cp ON cp.neighbourhood_id = na.neighbourhood_id AND cp.status IN ('IN_POST', 'VACANT');
COMMENT ON VIEW introduction_place IS 'Introduction shares with their ward, neighbourhood and patch under the current plan; post_id is null when out of area (in no post''s patch).';
