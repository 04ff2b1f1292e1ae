-- Where a request's box or tile lies in British National Grid, for filtering stored geometries with
-- their GiST index. Two things go wrong with a plain ST_Transform of the request's corners:
--  * Transverse Mercator cannot hold points far from Great Britain: tile 2/2/1 (0°..90° E, 0°..66.5° N)
--    made ST_Transform fail ("Point outside of projection domain") and the tile answered 500;
--  * a box with straight edges in longitude/latitude has curved edges in EPSG:27700, so the four
--    transformed corners miss slivers (about 3.7 km at the southern edge of a 5.6°-wide tile over the
--    central meridian).
-- So the area is first cut to Great Britain and its waters (longitude -10..4, latitude 49..62, the
-- window BoundingBox.overGreatBritain uses; every stored geometry lies inside it), then densified to
-- vertices 0.01° apart (at most about 1.1 km; a chord that long strays under 3 cm from the true edge),
-- then transformed. Outside the window the answer is an empty geometry, which meets nothing.

CREATE FUNCTION bng_area(lonlat geometry) RETURNS geometry
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ SELECT ST_Transform(ST_Segmentize(ST_ClipByBox2D(lonlat, ST_MakeEnvelope(-10, 49, 4, 62, 4326)), 0.01), 27700) $$;

COMMENT ON FUNCTION bng_area(geometry) IS
	'A WGS84 (EPSG:4326) area as EPSG:27700: cut to longitude -10..4, latitude 49..62, densified to 0.01° so its edges follow the parallels and meridians, then transformed. Empty outside that window.';

-- A web-mercator tile with the 64/4096 buffer ST_AsMVTGeom keeps around it, so a point drawn in the
-- buffer of its neighbour's tile is found for this one too. The buffer is cut at the edges of the web
-- mercator world first: beyond 180° a longitude would wrap round to -180° (tile 1/1/0 came out as
-- -177°..-2.8°, missing Britain).
CREATE FUNCTION tile_bng_area(z integer, x integer, y integer) RETURNS geometry
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ SELECT bng_area(ST_Transform(ST_ClipByBox2D(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096),
		ST_MakeEnvelope(-20037508.342789244, -20037508.342789244, 20037508.342789244, 20037508.342789244, 3857)),
		4326)) $$;

COMMENT ON FUNCTION tile_bng_area(integer, integer, integer) IS
	'Tile z/x/y (web mercator, with a 64/4096 buffer) as an EPSG:27700 area for index filtering; see bng_area.';
