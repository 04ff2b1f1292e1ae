-- Data versions: one counter per kind of data, bumped in the same transaction as any change to its tables.
-- Tiles and reports built from the data are cached under these versions, so a cache is never stale: the
-- counter becomes visible at the same commit as the change, on every app instance that reads it.
-- One row per kind (not per table) keeps the row locks few and taken in one order within a transaction.

CREATE TABLE data_version (
	topic text PRIMARY KEY,
	version bigint NOT NULL DEFAULT 0
);

INSERT INTO data_version (topic) VALUES ('geography'), ('neighbourhoods'), ('assets'), ('introductions');

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE data_version SET version = version + 1 WHERE topic = TG_ARGV[0];
	RETURN NULL;
END
$$;

DO $$
DECLARE
	t record;
BEGIN
	FOR t IN SELECT * FROM (VALUES
		('authority', 'geography'), ('ward', 'geography'), ('small_area', 'geography'),
		('small_area_ward', 'geography'), ('small_area_adjacency', 'geography'), ('place', 'geography'),
		('neighbourhood_plan', 'neighbourhoods'), ('neighbourhood', 'neighbourhoods'),
		('neighbourhood_area', 'neighbourhoods'), ('coordinator_post', 'neighbourhoods'),
		('asset', 'assets'),
		('introduction', 'introductions'), ('introduction_share', 'introductions'),
		('postcode_sector_area', 'introductions')) AS x(tab, topic)
	LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
			'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(%L)', t.tab || '_data_version', t.tab, t.topic);
	END LOOP;
END
$$;
