package org.lacatlas.introduction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.lacatlas.introduction.CoarseLocation.GridCell;
import org.lacatlas.introduction.CoarseLocation.Sector;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores introductions and places each in one small area ({@code introduction_placement}
 * in the migrations). Nothing here reads an introduction back: only where it counts.
 */
@Repository
class IntroductionRepository {

	/** How a batch came in; its note is written by LAC Atlas, never by a person. */
	enum Kind {

		FORM, IMPORT, DEMO

	}

	private final JdbcClient jdbc;

	IntroductionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new batch: its internal id and the id it is known by. */
	record Batch(long id, UUID publicId) {
	}

	/**
	 * A stored introduction: its id, the id it is known by, and the month it counts
	 * under.
	 */
	record Stored(long id, UUID publicId, LocalDate releaseMonth) {
	}

	Batch newBatch(String authority, Kind kind, boolean synthetic, String note, String user) {
		return jdbc.sql("""
				INSERT INTO introduction_batch (authority_code, kind, synthetic, note, recorded_by)
				VALUES (:a, :kind, :synthetic, :note, :user) RETURNING id, public_id
				""")
			.param("a", authority)
			.param("kind", kind.name())
			.param("synthetic", synthetic)
			.param("note", note)
			.param("user", user)
			.query((rs, n) -> new Batch(rs.getLong(1), rs.getObject(2, UUID.class)))
			.single();
	}

	/**
	 * Inserts in order, each counted under the later of its own month and the first month
	 * not yet released (call with the release lock held shared); returns them in the same
	 * order.
	 */
	List<Stored> insert(long batch, String authority, List<NewIntroduction> rows, boolean synthetic, IntSupplier keys,
			IntSupplier placeKeys) {
		List<Sector> sectors = rows.stream().map(r -> r.location() instanceof Sector s ? s : null).toList();
		List<GridCell> cells = rows.stream().map(r -> r.location() instanceof GridCell c ? c : null).toList();
		return jdbc.sql(INSERT)
			.param("batch", batch)
			.param("a", authority)
			.param("synthetic", synthetic)
			.param("dates", rows.stream().map(r -> r.date().toString()).toArray(String[]::new))
			.param("sources", rows.stream().map(r -> r.source().name()).toArray(String[]::new))
			.param("levels", rows.stream().map(NewIntroduction::level).toArray(Integer[]::new))
			.param("ages", rows.stream().map(r -> r.ageBand().code()).toArray(String[]::new))
			.param("needs",
					rows.stream()
						.map(r -> String.join(",", r.needs().stream().map(Enum::name).toList()))
						.toArray(String[]::new))
			.param("sectors", sectors.stream().map(s -> s == null ? null : s.code()).toArray(String[]::new))
			.param("sizes", cells.stream().map(c -> c == null ? null : c.size()).toArray(Integer[]::new))
			.param("eastings", cells.stream().map(c -> c == null ? null : c.easting()).toArray(Integer[]::new))
			.param("northings", cells.stream().map(c -> c == null ? null : c.northing()).toArray(Integer[]::new))
			.param("flags", rows.stream().map(NewIntroduction::workedWithOutOfArea).toArray(Boolean[]::new))
			.param("keys", rows.stream().map(r -> keys.getAsInt()).toArray(Integer[]::new))
			.param("placeKeys", rows.stream().map(r -> placeKeys.getAsInt()).toArray(Integer[]::new))
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(Stored::id))
			.toList();
	}

	private static final String INSERT = """
			INSERT INTO introduction (batch_id, authority_code, introduced_on, source, support_level, age_band, needs,
				sector_code, grid_size, grid_easting, grid_northing, worked_with_out_of_area, synthetic, record_key,
				place_key, release_month)
			SELECT :batch, :a, d, src, lvl, age, string_to_array(needs, ','), sector, size, e, n, flag, :synthetic, rk, pk,
				greatest(date_trunc('month', d)::date, (SELECT (max(month) + interval '1 month')::date
					FROM introduction_release WHERE authority_code = :a))
			FROM unnest(CAST(:dates AS date[]), CAST(:sources AS text[]), CAST(:levels AS int[]), CAST(:ages AS text[]),
				CAST(:needs AS text[]), CAST(:sectors AS text[]), CAST(:sizes AS int[]), CAST(:eastings AS int[]),
				CAST(:northings AS int[]), CAST(:flags AS boolean[]), CAST(:keys AS int[]), CAST(:placeKeys AS int[]))
				WITH ORDINALITY AS r(d, src, lvl, age, needs, sector, size, e, n, flag, rk, pk, ord)
			ORDER BY ord
			RETURNING id, public_id, release_month
			""";

	/** Sector codes among {@code codes} that the council does not have. */
	List<String> unknownSectors(String authority, Collection<String> codes) {
		return jdbc.sql("""
				SELECT c FROM unnest(CAST(:codes AS text[])) AS c
				WHERE NOT EXISTS (SELECT 1 FROM postcode_sector s WHERE s.authority_code = :a AND s.code = c)
				""").param("a", authority).param("codes", codes.toArray(String[]::new)).query(String.class).list();
	}

	/**
	 * Places each introduction in its one small area (introduction_placement); returns
	 * the ids that have none.
	 */
	List<Long> place(List<Long> ids) {
		jdbc.sql("UPDATE introduction SET small_area_code = introduction_placement(id) WHERE id = ANY(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.update();
		return jdbc.sql("SELECT id FROM introduction WHERE id = ANY(:ids) AND small_area_code IS NULL ORDER BY id")
			.param("ids", ids.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** Whether a grid cell touches any of the council's small areas. */
	boolean inAuthority(String authority, GridCell cell) {
		return jdbc.sql("""
				SELECT count(*) FROM small_area WHERE authority_code = :a
					AND ST_Intersects(geom, ST_MakeEnvelope(:e, :n, :e + :size, :n + :size, 27700))
				""")
			.param("a", authority)
			.param("e", cell.easting())
			.param("n", cell.northing())
			.param("size", cell.size())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Places every introduction of a council again, after its geography or sectors
	 * changed, with the same keys. One said to be out of area whose location now lies
	 * wholly in patches is counted where its location puts it. Returns how many were so
	 * counted.
	 */
	int placeAll(String authority) {
		jdbc.sql("UPDATE introduction SET small_area_code = introduction_placement(id) WHERE authority_code = :a")
			.param("a", authority)
			.update();
		return jdbc.sql("""
				UPDATE introduction SET small_area_code = introduction_placement(id, false)
				WHERE authority_code = :a AND small_area_code IS NULL
				""").param("a", authority).update();
	}

	/**
	 * Where one introduction is counted: its small area's neighbourhood (with its post)
	 * and ward.
	 */
	CountedIn countedIn(long id) {
		return jdbc.sql("""
				SELECT n.name AS neighbourhood, cp.name AS patch, cp.status AS patch_status, w.code AS ward_code,
					w.name AS ward, p.post_id IS NULL AS out_of_area
				FROM introduction_place p
				LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
				LEFT JOIN coordinator_post cp ON cp.id = p.post_id
				LEFT JOIN ward w ON w.code = p.ward_code
				WHERE p.introduction_id = :id
				""").param("id", id).query(CountedIn.class).single();
	}

}
