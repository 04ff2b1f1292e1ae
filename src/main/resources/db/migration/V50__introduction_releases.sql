-- Introductions are published in monthly releases, each made once when its month closes and never
-- changed; each introduction counts whole in one small area; nothing countable leaves in an id.
-- (Issue 14: disclosure control that holds against someone who can record introductions.)

-- Opaque ids for what a coordinator is told: a sequence number would say how many others were recorded.
ALTER TABLE introduction_batch ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE introduction_batch ADD CONSTRAINT introduction_batch_public_id_key UNIQUE (public_id);
ALTER TABLE introduction ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE introduction ADD CONSTRAINT introduction_public_id_key UNIQUE (public_id);
COMMENT ON COLUMN introduction.public_id IS 'The only id ever shown (random, version 4): the bigint id is a sequence and would count the introductions recorded.';

-- Whole records: each introduction counts in ONE small area, drawn once from its location's shares by
-- its own random place_key, so every published figure is a sum of whole introductions.
ALTER TABLE introduction ADD COLUMN place_key integer;
UPDATE introduction SET place_key = floor(random() * 1048576)::int;
ALTER TABLE introduction ALTER COLUMN place_key SET NOT NULL;
ALTER TABLE introduction ADD CONSTRAINT introduction_place_key_check CHECK (place_key >= 0 AND place_key < 1048576);
COMMENT ON COLUMN introduction.place_key IS 'Random key (0..2^20-1), independent of record_key: picks the one small area the introduction counts in (introduction_placement) and, for the density map, one postcode point or lattice point of its location.';

ALTER TABLE introduction ADD COLUMN small_area_code text REFERENCES small_area (code) ON DELETE SET NULL;
COMMENT ON COLUMN introduction.small_area_code IS 'The one small area the introduction counts in, drawn by place_key from its location''s shares (introduction_allocation); drawn again only when the geography or the postcode sectors are loaded anew.';

-- Releases: a month's figures are made once, when the month closes, from the introductions counted
-- under it. An introduction counts under the later of its own month and the first month not yet
-- released when it was recorded, so a late or back-dated one goes to a later release and never
-- changes a published figure.
ALTER TABLE introduction ADD COLUMN release_month date;
UPDATE introduction SET release_month = date_trunc('month', introduced_on)::date;
ALTER TABLE introduction ALTER COLUMN release_month SET NOT NULL;
ALTER TABLE introduction ADD CONSTRAINT introduction_release_month_check
	CHECK (release_month = date_trunc('month', release_month)::date AND release_month >= date_trunc('month', introduced_on)::date);
COMMENT ON COLUMN introduction.release_month IS 'First day of the month whose release counts it: its own month, or the first month not yet released when it was recorded, whichever is later.';
CREATE INDEX introduction_release_month_idx ON introduction (authority_code, release_month);

-- The small area drawn for an introduction: its location's shares (introduction_allocation) laid end to
-- end in small-area code order, and the one where (place_key + 0.5) / 2^20 of the way along falls.
CREATE FUNCTION introduction_placement(intro bigint, honour_out_of_area boolean DEFAULT true) RETURNS text
LANGUAGE sql STABLE AS $$
	WITH shares AS (
		SELECT a.small_area_code, sum(a.share) OVER (ORDER BY a.small_area_code) AS upto,
			sum(a.share) OVER () AS total,
			lead(a.small_area_code) OVER (ORDER BY a.small_area_code) IS NULL AS last
		FROM introduction_allocation(intro, honour_out_of_area) a
	)
	SELECT s.small_area_code FROM shares s, introduction i
	WHERE i.id = intro AND (s.upto > (i.place_key + 0.5) / 1048576.0 * s.total OR s.last)
	ORDER BY s.upto LIMIT 1
$$;
COMMENT ON FUNCTION introduction_placement(bigint, boolean) IS 'The one small area an introduction counts in: drawn by its place_key from introduction_allocation''s shares, so each small area is drawn with the probability of its share.';

UPDATE introduction SET small_area_code = introduction_placement(id);
UPDATE introduction SET small_area_code = introduction_placement(id, false) WHERE small_area_code IS NULL;

DROP VIEW introduction_place;
DROP TABLE introduction_share;

CREATE VIEW introduction_place AS
SELECT i.id AS introduction_id, i.authority_code, i.introduced_on, i.release_month, i.record_key,
	i.worked_with_out_of_area, i.small_area_code, sa.ward_code, na.neighbourhood_id, cp.id AS post_id
FROM introduction i
JOIN small_area sa ON sa.code = i.small_area_code
LEFT JOIN neighbourhood_plan p ON p.authority_code = i.authority_code
LEFT JOIN neighbourhood_area na ON na.plan_id = p.id AND na.small_area_code = i.small_area_code
LEFT JOIN coordinator_post cp ON cp.neighbourhood_id = na.neighbourhood_id AND cp.status IN ('IN_POST', 'VACANT');
COMMENT ON VIEW introduction_place IS 'Each introduction in its one small area, with that area''s ward, neighbourhood and patch under the current plan; post_id is null when out of area.';

CREATE TABLE introduction_release (
	authority_code  text NOT NULL REFERENCES authority (code),
	month           date NOT NULL CHECK (month = date_trunc('month', month)::date),
	released_at     timestamptz NOT NULL DEFAULT now(),
	synthetic       boolean NOT NULL,
	records_held    boolean NOT NULL DEFAULT true,
	PRIMARY KEY (authority_code, month)
);
COMMENT ON TABLE introduction_release IS 'A month''s figures, made once when the month closed. Only released months are ever published; the open month is not.';
COMMENT ON COLUMN introduction_release.synthetic IS 'Whether any introduction counted is synthetic (demo data).';
COMMENT ON COLUMN introduction_release.records_held IS 'False once the retention rule has deleted the month''s introductions: its figures live on in the aggregates below, but no density map can be drawn for it.';

-- Aggregates of a release, exact and internal: every published figure is made from them (the density
-- map from the introductions still held). recorded_by is kept so that a cell where one person recorded
-- all but 1 to k-1 of the introductions can be withheld (DisclosureControl).
CREATE TABLE introduction_release_area (
	authority_code           text NOT NULL,
	month                    date NOT NULL,
	small_area_code          text NOT NULL REFERENCES small_area (code) ON DELETE CASCADE,
	worked_with_out_of_area  boolean NOT NULL,
	recorded_by              text NOT NULL,
	introductions            integer NOT NULL CHECK (introductions > 0),
	key_sum                  bigint NOT NULL,
	PRIMARY KEY (authority_code, month, small_area_code, worked_with_out_of_area, recorded_by),
	FOREIGN KEY (authority_code, month) REFERENCES introduction_release (authority_code, month) ON DELETE CASCADE
);
COMMENT ON TABLE introduction_release_area IS 'A release''s introductions by small area, out-of-area flag and recording user: exact counts and the sum of their record keys, for disclosure control to round by. Never served as they are.';

CREATE TABLE introduction_release_category (
	authority_code  text NOT NULL,
	month           date NOT NULL,
	category        text NOT NULL CHECK (category IN ('source', 'level', 'ageBand', 'need')),
	value           text NOT NULL,
	recorded_by     text NOT NULL,
	introductions   integer NOT NULL CHECK (introductions > 0),
	key_sum         bigint NOT NULL,
	PRIMARY KEY (authority_code, month, category, value, recorded_by),
	FOREIGN KEY (authority_code, month) REFERENCES introduction_release (authority_code, month) ON DELETE CASCADE
);
COMMENT ON TABLE introduction_release_category IS 'A release''s introductions by source, support level, age band and need (an introduction with two needs counts once under each), by recording user. Never served as they are.';

-- A release's small areas with where they fall today, as introduction_place does for introductions.
CREATE VIEW introduction_release_place AS
SELECT r.authority_code, r.month, r.small_area_code, r.worked_with_out_of_area, r.recorded_by, r.introductions,
	r.key_sum, sa.ward_code, na.neighbourhood_id, cp.id AS post_id
FROM introduction_release_area r
JOIN small_area sa ON sa.code = r.small_area_code
LEFT JOIN neighbourhood_plan p ON p.authority_code = r.authority_code
LEFT JOIN neighbourhood_area na ON na.plan_id = p.id AND na.small_area_code = r.small_area_code
LEFT JOIN coordinator_post cp ON cp.neighbourhood_id = na.neighbourhood_id AND cp.status IN ('IN_POST', 'VACANT');
COMMENT ON VIEW introduction_release_place IS 'Released aggregates with their small area''s ward, neighbourhood and patch under the current plan.';

-- Makes the releases of the months first..last (first days of months) from the introductions counted
-- under them. Call with the council's release lock held (IntroductionReleases).
CREATE FUNCTION make_introduction_releases(a text, first date, last date) RETURNS integer
LANGUAGE sql AS $$
	INSERT INTO introduction_release (authority_code, month, synthetic)
	SELECT a, m::date, EXISTS (SELECT 1 FROM introduction i
		WHERE i.authority_code = a AND i.release_month = m::date AND i.synthetic)
	FROM generate_series(first, last, interval '1 month') m;
	INSERT INTO introduction_release_area
		(authority_code, month, small_area_code, worked_with_out_of_area, recorded_by, introductions, key_sum)
	SELECT i.authority_code, i.release_month, i.small_area_code, i.worked_with_out_of_area, b.recorded_by,
		count(*), sum(i.record_key)
	FROM introduction i JOIN introduction_batch b ON b.id = i.batch_id
	WHERE i.authority_code = a AND i.release_month BETWEEN first AND last AND i.small_area_code IS NOT NULL
	GROUP BY 1, 2, 3, 4, 5;
	INSERT INTO introduction_release_category
		(authority_code, month, category, value, recorded_by, introductions, key_sum)
	SELECT i.authority_code, i.release_month, c.category, c.value, b.recorded_by, count(*), sum(i.record_key)
	FROM introduction i JOIN introduction_batch b ON b.id = i.batch_id
	CROSS JOIN LATERAL (
		SELECT 'source', i.source UNION ALL SELECT 'level', i.support_level::text UNION ALL
		SELECT 'ageBand', i.age_band UNION ALL SELECT 'need', n FROM unnest(i.needs) n) c(category, value)
	WHERE i.authority_code = a AND i.release_month BETWEEN first AND last AND i.small_area_code IS NOT NULL
	GROUP BY 1, 2, 3, 4, 5;
	SELECT count(*)::int FROM generate_series(first, last, interval '1 month');
$$;
COMMENT ON FUNCTION make_introduction_releases(text, date, date) IS 'Releases the months first..last of council a: a row per month and the aggregates of the introductions counted under each.';

-- Data versions: introductions now change what is published only through releases. Recording one
-- moves nothing a reader can see (no ETag, no cached answer), so the triggers move to the releases.
DROP TRIGGER introduction_data_version ON introduction;
CREATE TRIGGER introduction_release_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON introduction_release
	FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('introductions');
CREATE TRIGGER introduction_release_area_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON introduction_release_area
	FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('introductions');
CREATE TRIGGER introduction_release_category_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON introduction_release_category
	FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('introductions');

-- hexagon_of as PL/pgSQL: the same arithmetic as V8's (so the same hexagon for every point, checked over
-- 600,000 random points at three sizes), but a SQL function with a FROM clause is not inlined and cost
-- about 120 µs a call against 6 µs here; the density map calls it once per introduction and per postcode.
CREATE OR REPLACE FUNCTION hexagon_of(x double precision, y double precision, size double precision) RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
	c0 integer := floor(x / (1.5 * size))::int;
	o0 double precision := CASE WHEN c0 % 2 <> 0 THEN sqrt(3) / 2 * size ELSE 0 END;
	o1 double precision := CASE WHEN (c0 + 1) % 2 <> 0 THEN sqrt(3) / 2 * size ELSE 0 END;
	j0 integer := round((y - o0) / (sqrt(3) * size))::int;
	j1 integer := round((y - o1) / (sqrt(3) * size))::int;
BEGIN
	IF (x - 1.5 * size * c0) ^ 2 + (y - sqrt(3) * size * j0 - o0) ^ 2
			<= (x - 1.5 * size * (c0 + 1)) ^ 2 + (y - sqrt(3) * size * j1 - o1) ^ 2 THEN
		RETURN ARRAY[c0, j0];
	END IF;
	RETURN ARRAY[c0 + 1, j1];
END
$$;
COMMENT ON FUNCTION hexagon_of(double precision, double precision, double precision) IS 'ARRAY[i, j] of the ST_HexagonGrid hexagon of edge size (metres) holding the point (x, y) in the same SRID.';
