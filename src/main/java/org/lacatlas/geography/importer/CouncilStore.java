package org.lacatlas.geography.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.locationtech.jts.io.WKBWriter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a council's checked files into the geography tables. Callers run {@link #stage}
 * and {@link #merge} in one transaction: files are staged in temporary tables, checked
 * against the council's boundary in PostGIS, then merged, so a refusal leaves the stored
 * data as it was.
 */
@Repository
public class CouncilStore {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	CouncilStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Serialises imports across every app instance sharing the database, until the
	 * transaction ends.
	 */
	public void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('lacatlas.geography-import'))").query().singleValue();
	}

	public Optional<String> lastChecksum(String authorityCode) {
		return jdbc.sql("""
				SELECT checksum FROM geography_import WHERE authority_code = :code ORDER BY id DESC LIMIT 1
				""").param("code", authorityCode).query(String.class).optional();
	}

	/**
	 * Stages the files and returns the problems PostGIS finds; an empty list means it is
	 * safe to merge.
	 */
	public List<String> stage(CouncilFiles files) {
		jdbc.sql(CouncilSql.CREATE_STAGING).update();
		List<String> problems = new ArrayList<>(unknownSrids(files));
		if (!problems.isEmpty()) {
			return problems;
		}
		insert("authority", files.boundary(), files);
		insert("ward", files.wards(), files);
		insert("small-area", files.smallAreas(), files);
		problems.addAll(jdbc.sql(CouncilSql.AREAS_OUTSIDE_AUTHORITY).query(String.class).list());
		problems.addAll(jdbc.sql(CouncilSql.CODES_OF_OTHER_AUTHORITIES)
			.param("authority", files.manifest().authority().code())
			.query(String.class)
			.list());
		return problems;
	}

	/** Stored small areas of the council that the staged files no longer have. */
	public List<String> removedSmallAreas(String authority) {
		return jdbc.sql("""
				SELECT code FROM small_area WHERE authority_code = :authority
					AND code NOT IN (SELECT code FROM import_area WHERE kind = 'small-area')
				ORDER BY code
				""").param("authority", authority).query(String.class).list();
	}

	/** Merges the staged council into the stored tables. */
	public void merge(CouncilFiles files, String importedBy) {
		var authority = files.manifest().authority();
		var params = new MapSqlParameterSource().addValue("authority", authority.code())
			.addValue("name", authority.name())
			.addValue("level", files.manifest().smallAreaLevel())
			.addValue("checksum", files.checksum())
			.addValue("by", importedBy);
		for (String statement : CouncilSql.MERGE) {
			batch.update(statement, params);
		}
		List<SqlParameterSource> places = files.places()
			.stream()
			.map(p -> (SqlParameterSource) new MapSqlParameterSource().addValue("authority", authority.code())
				.addValue("name", p.name())
				.addValue("lon", p.lon())
				.addValue("lat", p.lat()))
			.toList();
		batch.batchUpdate(CouncilSql.INSERT_PLACE, places.toArray(SqlParameterSource[]::new));
		batch.update(CouncilSql.RECORD_IMPORT, params);
	}

	/** Each file whose EPSG code PostGIS cannot transform from, once a file. */
	private List<String> unknownSrids(CouncilFiles files) {
		Map<String, Integer> sridOfFile = new LinkedHashMap<>();
		Stream.of(files.boundary(), files.wards(), files.smallAreas())
			.flatMap(List::stream)
			.forEach(f -> sridOfFile.putIfAbsent(f.file(), f.srid()));
		List<String> problems = new ArrayList<>();
		sridOfFile.forEach((file, srid) -> {
			if (jdbc.sql("SELECT count(*) FROM spatial_ref_sys WHERE srid = :srid")
				.param("srid", srid)
				.query(Integer.class)
				.single() == 0) {
				problems
					.add(file + ": unknown coordinate reference system EPSG:" + srid + " (PostGIS has no such code)");
			}
		});
		return problems;
	}

	private void insert(String kind, List<BoundaryFeature> features, CouncilFiles files) {
		WKBWriter wkb = new WKBWriter();
		List<SqlParameterSource> rows = new ArrayList<>();
		for (BoundaryFeature f : features) {
			AreaStatistics stats = files.statistics().get(f.code());
			rows.add(new MapSqlParameterSource().addValue("kind", kind)
				.addValue("file", f.file())
				.addValue("feature", f.number())
				.addValue("code", f.code())
				.addValue("name", f.name())
				.addValue("wkb", wkb.write(f.geometry()))
				.addValue("srid", f.srid())
				.addValue("residents", stats == null ? null : stats.residents())
				.addValue("older", stats == null ? null : stats.residents65Plus())
				.addValue("imd", stats == null ? null : stats.imdDecile()));
		}
		batch.batchUpdate(CouncilSql.INSERT_STAGED, rows.toArray(SqlParameterSource[]::new));
	}

}
