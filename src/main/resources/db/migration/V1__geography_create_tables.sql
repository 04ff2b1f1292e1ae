-- Geography: the councils (local authorities) loaded, their electoral wards and the small statistical
-- areas (LSOAs) that every neighbourhood is built from. Geometry is stored in British National Grid
-- (EPSG:27700) so areas and distances are metric; the API transforms to WGS84 only when it answers.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE authority (
	code        text PRIMARY KEY,
	name        text NOT NULL,
	geom        geometry(MultiPolygon, 27700) NOT NULL
);
CREATE INDEX authority_geom_idx ON authority USING gist (geom);
COMMENT ON TABLE authority IS 'A local authority (council) loaded into LAC Atlas, e.g. E06000034 Thurrock.';

CREATE TABLE ward (
	code            text PRIMARY KEY,
	authority_code  text NOT NULL REFERENCES authority (code),
	name            text NOT NULL,
	geom            geometry(MultiPolygon, 27700) NOT NULL
);
CREATE INDEX ward_geom_idx ON ward USING gist (geom);
CREATE INDEX ward_authority_idx ON ward (authority_code);
COMMENT ON TABLE ward IS 'Electoral ward. Loaded as data: ward boundaries change by Order, never hard-code them.';

CREATE TABLE small_area (
	code               text PRIMARY KEY,
	authority_code     text NOT NULL REFERENCES authority (code),
	name               text NOT NULL,
	level              text NOT NULL,
	residents          integer NOT NULL CHECK (residents >= 0),
	residents_65_plus  integer NOT NULL CHECK (residents_65_plus BETWEEN 0 AND residents),
	imd_decile         smallint CHECK (imd_decile BETWEEN 1 AND 10),
	ward_code          text REFERENCES ward (code),
	geom               geometry(MultiPolygon, 27700) NOT NULL
);
CREATE INDEX small_area_geom_idx ON small_area USING gist (geom);
CREATE INDEX small_area_authority_idx ON small_area (authority_code);
CREATE INDEX small_area_ward_idx ON small_area (ward_code);
COMMENT ON TABLE small_area IS 'Small statistical area (LSOA 2021) with Census 2021 counts; neighbourhoods are built from whole small areas.';
COMMENT ON COLUMN small_area.ward_code IS 'Best-fit ward: the ward holding the largest share of the area (see small_area_ward).';
COMMENT ON COLUMN small_area.imd_decile IS 'Index of Multiple Deprivation decile in England: 1 = most deprived 10 %.';

CREATE TABLE small_area_ward (
	small_area_code  text NOT NULL REFERENCES small_area (code) ON DELETE CASCADE,
	ward_code        text NOT NULL REFERENCES ward (code) ON DELETE CASCADE,
	share            double precision NOT NULL CHECK (share > 0 AND share <= 1),
	PRIMARY KEY (small_area_code, ward_code)
);
COMMENT ON TABLE small_area_ward IS 'Share of each small area''s land area lying in each ward; overlaps under 1 % are generalisation slivers and are not kept.';

CREATE TABLE place (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	authority_code  text NOT NULL REFERENCES authority (code) ON DELETE CASCADE,
	name            text NOT NULL,
	geom            geometry(Point, 27700) NOT NULL
);
CREATE INDEX place_geom_idx ON place USING gist (geom);
COMMENT ON TABLE place IS 'Town and village names, used as map labels and default neighbourhood names.';

CREATE TABLE geography_import (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	authority_code  text NOT NULL REFERENCES authority (code) ON DELETE CASCADE,
	checksum        text NOT NULL,
	wards           integer NOT NULL,
	small_areas     integer NOT NULL,
	places          integer NOT NULL,
	residents       bigint NOT NULL,
	imported_at     timestamptz NOT NULL DEFAULT now(),
	imported_by     text NOT NULL
);
COMMENT ON TABLE geography_import IS 'One row per import that changed data; the checksum of its files makes a repeated import a no-op.';
