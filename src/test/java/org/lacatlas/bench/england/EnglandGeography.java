package org.lacatlas.bench.england;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.lacatlas.geography.importer.ImporterSql;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Builds synthetic England's geography in PostGIS from {@link SyntheticEngland}'s points:
 * small areas are the Voronoi cells of the points clipped to the outline; every 27th
 * point seeds a ward and every 621st an authority, each area joining its nearest ward
 * seed and each ward its nearest authority seed, so wards are exact unions of small areas
 * and authorities of wards. Each authority is then stored with the importer's own SQL
 * (staging table, merge, best-fit wards and overlap shares, import record) and its
 * adjacency computed by the app's {@code refresh_small_area_adjacency}.
 *
 * <p>
 * Codes start with X (X06… authorities, X05… wards, X00… small areas): ONS codes never
 * do.
 */
final class EnglandGeography {

	static final int AREAS_PER_WARD = 27;

	static final int WARDS_PER_AUTHORITY = 23;

	private final Steps steps;

	EnglandGeography(Steps steps) {
		this.steps = steps;
	}

	void build(SyntheticEngland england, List<SyntheticEngland.Area> areas, String checksum) throws Exception {
		steps.step("load " + areas.size() + " small-area points", () -> loadPoints(areas) + " points");
		steps.step("small areas: Voronoi cells clipped to England", () -> cells(england.outlineWkt()) + " cells");
		steps.step("wards and authorities: nearest seeds", () -> seeds() + " authorities");
		steps.step("ward and authority outlines: unions of small areas", this::unions);
		steps.step("store each authority with the importer's SQL", () -> store(checksum) + " authorities stored");
		steps.step("adjacency with refresh_small_area_adjacency", () -> adjacency() + " adjacency rows");
	}

	private int loadPoints(List<SyntheticEngland.Area> areas) throws Exception {
		steps.sql("""
				CREATE TEMPORARY TABLE eng_point (id int PRIMARY KEY, x double precision, y double precision,
					residents int, older int, imd smallint, geom geometry(Point, 27700), ward int, authority int)
				""");
		StringBuilder rows = new StringBuilder();
		for (SyntheticEngland.Area a : areas) {
			rows.append(a.id())
				.append('\t')
				.append((long) a.x())
				.append('\t')
				.append((long) a.y())
				.append('\t')
				.append(a.residents())
				.append('\t')
				.append(a.residents65Plus())
				.append('\t')
				.append(a.imdDecile())
				.append('\n');
		}
		long n = steps.db()
			.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY eng_point (id, x, y, residents, older, imd) FROM STDIN", new StringReader(rows.toString()));
		steps.sql("UPDATE eng_point SET geom = ST_SetSRID(ST_MakePoint(x, y), 27700)",
				"CREATE INDEX ON eng_point USING gist (geom)", "ANALYZE eng_point");
		return (int) n;
	}

	private long cells(String outlineWkt) throws Exception {
		steps.sql("CREATE TEMPORARY TABLE eng_outline AS SELECT ST_GeomFromText('" + outlineWkt + "', 27700) AS geom",
				"""
						CREATE TEMPORARY TABLE eng_cell AS
						SELECT p.id, ST_Multi(ST_CollectionExtract(CASE WHEN ST_Within(c.geom, o.geom) THEN c.geom
							ELSE ST_Intersection(c.geom, o.geom) END, 3)) AS geom
						FROM (SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(geom), 0,
							(SELECT ST_Expand(geom, 50000) FROM eng_outline)))).geom FROM eng_point) c
						JOIN eng_point p ON ST_Intersects(c.geom, p.geom), eng_outline o
						""", "DELETE FROM eng_cell WHERE ST_IsEmpty(geom)",
				"ALTER TABLE eng_cell ADD PRIMARY KEY (id)");
		return steps.count("SELECT count(*) FROM eng_cell");
	}

	private long seeds() throws Exception {
		steps.sql(
				"CREATE TEMPORARY TABLE eng_ward_seed AS SELECT id, geom FROM eng_point WHERE id % " + AREAS_PER_WARD
						+ " = 0",
				"CREATE INDEX ON eng_ward_seed USING gist (geom)",
				"CREATE TEMPORARY TABLE eng_authority_seed AS SELECT id, geom FROM eng_point WHERE id % "
						+ AREAS_PER_WARD * WARDS_PER_AUTHORITY + " = 0",
				"CREATE INDEX ON eng_authority_seed USING gist (geom)",
				"""
						UPDATE eng_point p SET ward = (SELECT s.id FROM eng_ward_seed s ORDER BY s.geom <-> p.geom LIMIT 1)
						""",
				"""
						UPDATE eng_point p SET authority = w.authority
						FROM (SELECT w.id, (SELECT a.id FROM eng_authority_seed a ORDER BY a.geom <-> w.geom LIMIT 1) AS authority
							FROM eng_ward_seed w) w
						WHERE w.id = p.ward
						""");
		return steps.count("SELECT count(*) FROM eng_authority_seed");
	}

	private String unions() throws Exception {
		steps.sql(
				"""
						CREATE TEMPORARY TABLE eng_small_area AS
						SELECT 'X00' || lpad(p.id::text, 6, '0') AS code, 'Synthetic area ' || p.id AS name,
							'X05' || lpad(p.ward::text, 6, '0') AS ward_code, 'X06' || lpad(p.authority::text, 6, '0') AS authority_code,
							p.residents, p.older, p.imd, c.geom
						FROM eng_point p JOIN eng_cell c ON c.id = p.id
						""",
				"""
						CREATE TEMPORARY TABLE eng_ward AS
						SELECT ward_code AS code, min(authority_code) AS authority_code,
							'Synthetic ward ' || substr(ward_code, 4)::int AS name,
							ST_Multi(ST_CollectionExtract(ST_Union(geom), 3)) AS geom
						FROM eng_small_area GROUP BY ward_code
						""", """
						CREATE TEMPORARY TABLE eng_authority AS
						SELECT authority_code AS code, 'Synthetic authority ' || substr(authority_code, 4)::int AS name,
							ST_Multi(ST_CollectionExtract(ST_Union(geom), 3)) AS geom
						FROM eng_ward GROUP BY authority_code
						""");
		return steps.count("SELECT count(*) FROM eng_ward") + " wards, "
				+ steps.count("SELECT count(*) FROM eng_authority") + " authorities";
	}

	private int store(String checksum) throws Exception {
		var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(steps.db(), true));
		List<String[]> authorities = new ArrayList<>();
		try (var rs = steps.db().createStatement().executeQuery("SELECT code, name FROM eng_authority ORDER BY code")) {
			while (rs.next()) {
				authorities.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		for (String[] a : authorities) {
			var params = new MapSqlParameterSource().addValue("authority", a[0])
				.addValue("name", a[1])
				.addValue("level", "OA21")
				.addValue("checksum", checksum)
				.addValue("by", "england-generator");
			jdbc.update(ImporterSql.CREATE_STAGING, params);
			jdbc.update(
					"""
							INSERT INTO import_area (kind, file, feature, code, name, residents, residents_65_plus, imd_decile, geom)
							SELECT 'authority', 'synthetic', 1, code, name, NULL::int, NULL::int, NULL::smallint, geom FROM eng_authority WHERE code = :authority
							UNION ALL
							SELECT 'ward', 'synthetic', row_number() OVER (ORDER BY code)::int, code, name, NULL, NULL, NULL, geom
							FROM eng_ward WHERE authority_code = :authority
							UNION ALL
							SELECT 'small-area', 'synthetic', row_number() OVER (ORDER BY code)::int, code, name, residents, older, imd, geom
							FROM eng_small_area WHERE authority_code = :authority
							""",
					params);
			for (String statement : ImporterSql.MERGE) {
				jdbc.update(statement, params);
			}
			jdbc.update(ImporterSql.RECORD_IMPORT, params);
			jdbc.update(ImporterSql.REGISTER_COUNCIL, params);
			steps.db().commit();
		}
		return authorities.size();
	}

	private long adjacency() throws Exception {
		List<String> codes = new ArrayList<>();
		try (var rs = steps.db().createStatement().executeQuery("SELECT code FROM eng_authority ORDER BY code")) {
			while (rs.next()) {
				codes.add(rs.getString(1));
			}
		}
		try (var q = steps.db().prepareStatement("SELECT refresh_small_area_adjacency(?)")) {
			for (String code : codes) {
				q.setString(1, code);
				q.executeQuery().close();
				steps.db().commit();
			}
		}
		return steps.count("SELECT count(*) FROM small_area_adjacency WHERE small_area_code LIKE 'X%'");
	}

}
