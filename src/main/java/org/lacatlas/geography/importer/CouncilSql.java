package org.lacatlas.geography.importer;

import java.util.List;

/**
 * The SQL of a council import. Geometry arrives as WKB in the file's SRID and is stored
 * in 27700.
 */
final class CouncilSql {

	private CouncilSql() {
	}

	static final String CREATE_STAGING = """
			CREATE TEMPORARY TABLE IF NOT EXISTS import_area (
				kind text NOT NULL, file text NOT NULL, feature int NOT NULL, code text NOT NULL, name text NOT NULL,
				residents int, residents_65_plus int, imd_decile smallint,
				geom geometry(MultiPolygon, 27700) NOT NULL
			) ON COMMIT DROP
			""";

	static final String INSERT_STAGED = """
			INSERT INTO import_area (kind, file, feature, code, name, residents, residents_65_plus, imd_decile, geom)
			VALUES (:kind, :file, :feature, :code, :name, :residents, :older, :imd,
				ST_Multi(ST_CollectionExtract(ST_Transform(ST_GeomFromWKB(:wkb, :srid), 27700), 3)))
			""";

	/**
	 * A ward or small area is outside the council when less than half of it lies within
	 * 100 m of the council's boundary. Generalised boundaries of different vintages
	 * disagree by up to a few hundred metres on the Thames foreshore, so a strict
	 * containment test would refuse real data.
	 */
	static final String AREAS_OUTSIDE_AUTHORITY = """
			WITH authority AS (
				SELECT ST_Buffer(ST_Union(geom), 100) AS geom FROM import_area WHERE kind = 'authority'
			)
			SELECT format('%s feature %s (%s): only %s %% of this %s lies inside the council''s boundary',
					s.file, s.feature, s.code,
					floor(100 * ST_Area(ST_Intersection(s.geom, a.geom)) / ST_Area(s.geom)),
					CASE s.kind WHEN 'ward' THEN 'ward' ELSE 'small area' END)
			FROM import_area s, authority a
			WHERE s.kind IN ('ward', 'small-area')
				AND ST_Area(ST_Intersection(s.geom, a.geom)) < 0.5 * ST_Area(s.geom)
			ORDER BY s.kind, s.feature
			""";

	static final String CODES_OF_OTHER_AUTHORITIES = """
			SELECT format('%s %s is already stored for council %s', s.kind, s.code, other.authority_code)
			FROM import_area s
			JOIN (SELECT code, authority_code FROM ward UNION ALL SELECT code, authority_code FROM small_area) other
				ON other.code = s.code
			WHERE other.authority_code <> :authority
			""";

	/**
	 * Upserts the staged council, removes what its files no longer have, and assigns each
	 * small area its best-fit ward. Ward references are cleared and wards that are gone
	 * deleted before the shares are computed: a ward whose code changed is still
	 * referenced until then, and no area may be assigned a ward about to go.
	 */
	static final List<String> MERGE = List.of("""
			INSERT INTO authority (code, name, geom)
			SELECT :authority, :name, ST_Multi(ST_Union(geom)) FROM import_area WHERE kind = 'authority'
			ON CONFLICT (code) DO UPDATE SET name = excluded.name, geom = excluded.geom
			""", """
			INSERT INTO ward (code, authority_code, name, geom)
			SELECT code, :authority, name, geom FROM import_area WHERE kind = 'ward'
			ON CONFLICT (code) DO UPDATE SET name = excluded.name, geom = excluded.geom
			""", """
			INSERT INTO small_area (code, authority_code, name, level, residents, residents_65_plus, imd_decile, geom)
			SELECT code, :authority, name, :level, residents, residents_65_plus, imd_decile, geom
			FROM import_area WHERE kind = 'small-area'
			ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
				residents = excluded.residents, residents_65_plus = excluded.residents_65_plus,
				imd_decile = excluded.imd_decile, geom = excluded.geom
			""", """
			DELETE FROM small_area WHERE authority_code = :authority
				AND code NOT IN (SELECT code FROM import_area WHERE kind = 'small-area')
			""", """
			UPDATE small_area SET ward_code = NULL WHERE authority_code = :authority
			""", """
			DELETE FROM small_area_ward
			WHERE small_area_code IN (SELECT code FROM small_area WHERE authority_code = :authority)
			""", """
			DELETE FROM ward WHERE authority_code = :authority
				AND code NOT IN (SELECT code FROM import_area WHERE kind = 'ward')
			""", """
			INSERT INTO small_area_ward (small_area_code, ward_code, share)
			SELECT code, ward_code, share FROM (
				SELECT s.code, w.code AS ward_code,
					LEAST(1, ST_Area(ST_Intersection(s.geom, w.geom)) / ST_Area(s.geom)) AS share
				FROM small_area s
				JOIN ward w ON w.authority_code = s.authority_code AND ST_Intersects(s.geom, w.geom)
				WHERE s.authority_code = :authority
			) shares
			WHERE share >= 0.01
			""", """
			UPDATE small_area s SET ward_code = (
				SELECT ward_code FROM small_area_ward w WHERE w.small_area_code = s.code
				ORDER BY share DESC, ward_code LIMIT 1)
			WHERE s.authority_code = :authority
			""", """
			DELETE FROM place WHERE authority_code = :authority
			""");

	static final String INSERT_PLACE = """
			INSERT INTO place (authority_code, name, geom)
			VALUES (:authority, :name, ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 27700))
			""";

	static final String RECORD_IMPORT = """
			INSERT INTO geography_import (authority_code, checksum, wards, small_areas, places, residents, imported_by)
			SELECT :authority, :checksum,
				(SELECT count(*) FROM ward WHERE authority_code = :authority),
				(SELECT count(*) FROM small_area WHERE authority_code = :authority),
				(SELECT count(*) FROM place WHERE authority_code = :authority),
				(SELECT coalesce(sum(residents), 0) FROM small_area WHERE authority_code = :authority),
				:by
			""";

}
