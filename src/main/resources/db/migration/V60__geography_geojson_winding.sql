-- One function for every geometry LAC Atlas writes as GeoJSON. RFC 7946 (section 3.1.6) wants WGS84
-- longitude/latitude with exterior rings counter-clockwise and holes clockwise; geometries stored in
-- EPSG:27700 come out of the importer wound clockwise (the shapefile and GeoPackage convention), and
-- clients that follow the RFC (d3-geo) then fill the whole world outside each polygon. Winding survives
-- the transform (both systems have x east and y north), so forcing it after ST_Transform is enough.
-- A single SQL statement marked IMMUTABLE: PostgreSQL inlines it, so it costs what the two calls cost.

CREATE FUNCTION for_geojson(geom geometry) RETURNS geometry
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ SELECT ST_ForcePolygonCCW(ST_Transform(geom, 4326)) $$;

COMMENT ON FUNCTION for_geojson(geometry) IS
	'A stored geometry (any SRID, normally 27700) as RFC 7946 GeoJSON needs it: WGS84 (EPSG:4326), exterior rings counter-clockwise, holes clockwise. Points and lines pass unchanged apart from the transform.';
