-- Which small areas are neighbours: they share a stretch of boundary, not just a corner or a bounding
-- box. Neighbourhoods must be one connected piece, judged on this graph.

CREATE TABLE small_area_adjacency (
	small_area_code  text NOT NULL REFERENCES small_area (code) ON DELETE CASCADE,
	neighbour_code   text NOT NULL REFERENCES small_area (code) ON DELETE CASCADE,
	shared_metres    double precision NOT NULL,
	PRIMARY KEY (small_area_code, neighbour_code)
);
CREATE INDEX small_area_adjacency_neighbour_idx ON small_area_adjacency (neighbour_code);
COMMENT ON TABLE small_area_adjacency IS 'Rook adjacency of small areas, both directions; shared_metres = length of boundary in common.';

-- Boundaries from different generalisations do not meet exactly (gaps and overlaps of a few metres), so
-- a boundary counts as shared where it runs within 5 m of the neighbour, and only runs over 20 m make
-- two areas neighbours: a corner touch does not.
CREATE FUNCTION refresh_small_area_adjacency(authority text) RETURNS integer
LANGUAGE sql AS $$
	DELETE FROM small_area_adjacency
	WHERE small_area_code IN (SELECT code FROM small_area WHERE authority_code = authority)
		OR neighbour_code IN (SELECT code FROM small_area WHERE authority_code = authority);
	WITH pairs AS (
		SELECT a.code AS a, b.code AS b,
			ST_Length(ST_Intersection(ST_Boundary(a.geom), ST_Buffer(b.geom, 5))) AS shared
		FROM small_area a
		JOIN small_area b ON b.code <> a.code AND ST_DWithin(a.geom, b.geom, 5)
		WHERE a.authority_code = authority OR b.authority_code = authority
	), inserted AS (
		INSERT INTO small_area_adjacency (small_area_code, neighbour_code, shared_metres)
		SELECT a, b, shared FROM pairs WHERE shared > 20
		RETURNING 1
	)
	SELECT count(*)::integer FROM inserted;
$$;
COMMENT ON FUNCTION refresh_small_area_adjacency(text) IS 'Recomputes the adjacency of one council''s small areas (and their neighbours across its border) after an import.';
