-- England scale: refresh_small_area_adjacency(authority) filtered pairs with
-- "a.authority_code = authority OR b.authority_code = authority", which PostgreSQL cannot
-- answer from an index on either side: it scanned every stored small area and probed the
-- geometry index for each (about 2-8 s per council with all of England's 189,000 areas
-- stored, whatever the council's size). The same pairs as two index-driven halves: pairs
-- whose first area is the council's, and pairs whose second area is the council's and
-- first is not. The old rows go the same way: two deletes, each by an index, instead of one
-- scan of every adjacency row.

CREATE OR REPLACE FUNCTION refresh_small_area_adjacency(authority text) RETURNS integer
LANGUAGE sql AS $$
	DELETE FROM small_area_adjacency
	WHERE small_area_code IN (SELECT code FROM small_area WHERE authority_code = authority);
	DELETE FROM small_area_adjacency
	WHERE neighbour_code IN (SELECT code FROM small_area WHERE authority_code = authority);
	WITH pairs AS (
		SELECT a.code AS a, b.code AS b,
			ST_Length(ST_Intersection(ST_Boundary(a.geom), ST_Buffer(b.geom, 5))) AS shared
		FROM small_area a
		JOIN small_area b ON b.code <> a.code AND ST_DWithin(a.geom, b.geom, 5)
		WHERE a.authority_code = authority
		UNION ALL
		SELECT a.code, b.code, ST_Length(ST_Intersection(ST_Boundary(a.geom), ST_Buffer(b.geom, 5)))
		FROM small_area b
		JOIN small_area a ON a.code <> b.code AND ST_DWithin(a.geom, b.geom, 5)
		WHERE b.authority_code = authority AND a.authority_code <> authority
	), inserted AS (
		INSERT INTO small_area_adjacency (small_area_code, neighbour_code, shared_metres)
		SELECT a, b, shared FROM pairs WHERE shared > 20
		RETURNING 1
	)
	SELECT count(*)::integer FROM inserted;
$$;
COMMENT ON FUNCTION refresh_small_area_adjacency(text) IS 'Recomputes the adjacency of one council''s small areas (and their neighbours across its border) after an import.';
