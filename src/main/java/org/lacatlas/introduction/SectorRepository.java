package org.lacatlas.introduction;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Postcode sectors: stores them with their postcode points, derives their outlines and
 * their shares of small areas in PostGIS (EPSG:27700), and lists them for people to pick.
 */
@Repository
class SectorRepository {

	private final JdbcClient jdbc;

	SectorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises loads across app instances until the transaction ends. */
	void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('postcode_sector_load'))").query(Object.class).list();
	}

	/**
	 * Upserts the sectors and replaces their points. Sectors no longer in the file are
	 * dropped unless an introduction names one.
	 */
	void replace(String authority, List<PostcodeSectorFiles.Sector> sectors, List<PostcodeSectorFiles.UnitPoint> points,
			boolean keepOnlyInsideCouncil) {
		jdbc.sql("DELETE FROM postcode_unit_point WHERE authority_code = :a").param("a", authority).update();
		jdbc.sql("""
				INSERT INTO postcode_sector
					(authority_code, code, label, postcodes_in_authority, postcodes_total, centroid)
				SELECT :a, code, code, inside, total, ST_SetSRID(ST_MakePoint(e, n), 27700)
				FROM unnest(CAST(:codes AS text[]), CAST(:inside AS int[]), CAST(:total AS int[]),
					CAST(:e AS float8[]), CAST(:n AS float8[])) AS s(code, inside, total, e, n)
				ON CONFLICT (authority_code, code) DO UPDATE
				SET postcodes_in_authority = excluded.postcodes_in_authority,
					postcodes_total = excluded.postcodes_total, centroid = excluded.centroid
				""")
			.param("a", authority)
			.param("codes", sectors.stream().map(PostcodeSectorFiles.Sector::code).toArray(String[]::new))
			.param("inside",
					sectors.stream().map(PostcodeSectorFiles.Sector::postcodesInAuthority).toArray(Integer[]::new))
			.param("total", sectors.stream().map(PostcodeSectorFiles.Sector::postcodesTotal).toArray(Integer[]::new))
			.param("e", sectors.stream().map(PostcodeSectorFiles.Sector::easting).toArray(Double[]::new))
			.param("n", sectors.stream().map(PostcodeSectorFiles.Sector::northing).toArray(Double[]::new))
			.update();
		jdbc.sql("""
				DELETE FROM postcode_sector s WHERE s.authority_code = :a AND NOT (s.code = ANY(:codes))
					AND NOT EXISTS (SELECT 1 FROM introduction i
						WHERE i.authority_code = s.authority_code AND i.sector_code = s.code)
				""")
			.param("a", authority)
			.param("codes", sectors.stream().map(PostcodeSectorFiles.Sector::code).toArray(String[]::new))
			.update();
		jdbc.sql("""
				INSERT INTO postcode_unit_point (authority_code, sector_code, geom)
				SELECT :a, sector, ST_SetSRID(ST_MakePoint(e, n), 27700)
				FROM unnest(CAST(:sectors AS text[]), CAST(:e AS int[]), CAST(:n AS int[])) AS p(sector, e, n)
				WHERE EXISTS (SELECT 1 FROM postcode_sector s WHERE s.authority_code = :a AND s.code = p.sector)
				""")
			.param("a", authority)
			.param("sectors", points.stream().map(PostcodeSectorFiles.UnitPoint::sector).toArray(String[]::new))
			.param("e", points.stream().map(PostcodeSectorFiles.UnitPoint::easting).toArray(Integer[]::new))
			.param("n", points.stream().map(PostcodeSectorFiles.UnitPoint::northing).toArray(Integer[]::new))
			.update();
		if (keepOnlyInsideCouncil) {
			// A file without council codes (a national extract): the council's points are
			// those inside its boundary; sectors left with none are dropped as above.
			jdbc.sql("""
					DELETE FROM postcode_unit_point p USING authority a
					WHERE p.authority_code = :a AND a.code = :a AND NOT ST_Intersects(a.geom, p.geom)
					""").param("a", authority).update();
			jdbc.sql("""
					UPDATE postcode_sector s SET postcodes_in_authority = c.n, centroid = c.centre
					FROM (SELECT sector_code, count(*) AS n, ST_Centroid(ST_Collect(geom)) AS centre
						FROM postcode_unit_point WHERE authority_code = :a GROUP BY sector_code) c
					WHERE s.authority_code = :a AND s.code = c.sector_code
					""").param("a", authority).update();
			jdbc.sql("""
					DELETE FROM postcode_sector s WHERE s.authority_code = :a
						AND NOT EXISTS (SELECT 1 FROM postcode_unit_point p
							WHERE p.authority_code = s.authority_code AND p.sector_code = s.code)
						AND NOT EXISTS (SELECT 1 FROM introduction i
							WHERE i.authority_code = s.authority_code AND i.sector_code = s.code)
					""").param("a", authority).update();
		}
	}

	/**
	 * Outlines: each postcode point's Voronoi cell, dissolved by sector and clipped to
	 * the council's small areas, so sectors tile the council. Where two sectors share a
	 * point, its cell goes to the first by code.
	 */
	void deriveOutlines(String authority) {
		jdbc.sql("""
				WITH land AS (
					SELECT ST_Union(geom) AS geom FROM small_area WHERE authority_code = :a
				), cells AS (
					SELECT row_number() OVER () AS n, d.geom
					FROM land, LATERAL ST_Dump(ST_VoronoiPolygons(
						(SELECT ST_Collect(geom) FROM postcode_unit_point WHERE authority_code = :a), 0,
						ST_Expand(land.geom, 2000))) d
				), counted AS (
					SELECT c.n, p.sector_code, count(*) AS points
					FROM cells c
					JOIN postcode_unit_point p ON p.authority_code = :a AND ST_Intersects(c.geom, p.geom)
					GROUP BY c.n, p.sector_code
				), tagged AS (
					SELECT DISTINCT ON (c.n) t.sector_code, c.geom
					FROM cells c JOIN counted t ON t.n = c.n
					ORDER BY c.n, t.points DESC, t.sector_code
				), sectors AS (
					SELECT sector_code, ST_Union(geom) AS geom FROM tagged GROUP BY sector_code
				)
				UPDATE postcode_sector s
				SET geom = ST_Multi(ST_CollectionExtract(ST_Intersection(x.geom, land.geom), 3))
				FROM sectors x, land
				WHERE s.authority_code = :a AND s.code = x.sector_code
				""").param("a", authority).update();
	}

	/**
	 * Each sector's share of each small area: its postcode points there over all its
	 * points in the council's small areas (a point on two overlapping areas counts in the
	 * first by code). Also labels each sector with the town in it, else the ward holding
	 * most of its points.
	 */
	void deriveShares(String authority) {
		jdbc.sql("""
				UPDATE postcode_unit_point p SET small_area_code = (
					SELECT s.code FROM small_area s
					WHERE s.authority_code = p.authority_code AND ST_Intersects(s.geom, p.geom)
					ORDER BY s.code LIMIT 1)
				WHERE p.authority_code = :a
				""").param("a", authority).update();
		jdbc.sql("DELETE FROM postcode_sector_area WHERE authority_code = :a").param("a", authority).update();
		jdbc.sql("""
				WITH counted AS (
					SELECT sector_code, small_area_code, count(*) AS postcodes,
						count(*)::float8 / sum(count(*)) OVER (PARTITION BY sector_code) AS share
					FROM postcode_unit_point WHERE authority_code = :a AND small_area_code IS NOT NULL
					GROUP BY sector_code, small_area_code
				), shaped AS (
					SELECT c.*, ST_Multi(ST_CollectionExtract(ST_Intersection(ps.geom, s.geom), 3)) AS geom
					FROM counted c
					JOIN postcode_sector ps ON ps.authority_code = :a AND ps.code = c.sector_code
					JOIN small_area s ON s.code = c.small_area_code
				)
				INSERT INTO postcode_sector_area (authority_code, sector_code, small_area_code, postcodes, share, geom)
				SELECT :a, sector_code, small_area_code, postcodes, share,
					CASE WHEN ST_IsEmpty(geom) THEN NULL ELSE geom END
				FROM shaped
				""").param("a", authority).update();
		jdbc.sql("""
				UPDATE postcode_sector ps SET label = coalesce((
					SELECT p.name FROM place p
					WHERE p.authority_code = ps.authority_code AND ST_Intersects(p.geom, ps.geom)
					ORDER BY ST_Distance(p.geom, ps.centroid) LIMIT 1), (
					SELECT w.name FROM postcode_sector_area a
					JOIN small_area s ON s.code = a.small_area_code JOIN ward w ON w.code = s.ward_code
					WHERE a.authority_code = ps.authority_code AND a.sector_code = ps.code
					GROUP BY w.name ORDER BY sum(a.postcodes) DESC, w.name LIMIT 1), ps.code)
				WHERE ps.authority_code = :a
				""").param("a", authority).update();
	}

	List<Introductions.SectorChoice> choices(String authority) {
		return jdbc.sql("SELECT code, label FROM postcode_sector WHERE authority_code = :a ORDER BY code")
			.param("a", authority)
			.query(Introductions.SectorChoice.class)
			.list();
	}

}
