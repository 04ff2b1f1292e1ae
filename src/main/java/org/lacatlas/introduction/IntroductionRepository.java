package org.lacatlas.introduction;

import java.util.Collection;
import java.util.List;
import java.util.function.IntSupplier;

import org.lacatlas.introduction.CoarseLocation.GridCell;
import org.lacatlas.introduction.CoarseLocation.Sector;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores introductions and apportions them to small areas
 * ({@code introduction_allocation} in the migration). Nothing here reads an introduction
 * back: only its allocation.
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

	long newBatch(String authority, Kind kind, boolean synthetic, String note, String user) {
		return jdbc.sql("""
				INSERT INTO introduction_batch (authority_code, kind, synthetic, note, recorded_by)
				VALUES (:a, :kind, :synthetic, :note, :user) RETURNING id
				""")
			.param("a", authority)
			.param("kind", kind.name())
			.param("synthetic", synthetic)
			.param("note", note)
			.param("user", user)
			.query(Long.class)
			.single();
	}

	/** Inserts in order; returns the new ids in the same order. */
	List<Long> insert(long batch, String authority, List<NewIntroduction> rows, boolean synthetic, IntSupplier keys) {
		List<Sector> sectors = rows.stream().map(r -> r.location() instanceof Sector s ? s : null).toList();
		List<GridCell> cells = rows.stream().map(r -> r.location() instanceof GridCell c ? c : null).toList();
		return jdbc
			.sql("""
					INSERT INTO introduction (batch_id, authority_code, introduced_on, source, support_level, age_band, needs,
						sector_code, grid_size, grid_easting, grid_northing, worked_with_out_of_area, synthetic, record_key)
					SELECT :batch, :a, d, src, lvl, age, string_to_array(needs, ','), sector, size, e, n, flag, :synthetic, rk
					FROM unnest(CAST(:dates AS date[]), CAST(:sources AS text[]), CAST(:levels AS int[]), CAST(:ages AS text[]),
						CAST(:needs AS text[]), CAST(:sectors AS text[]), CAST(:sizes AS int[]), CAST(:eastings AS int[]),
						CAST(:northings AS int[]), CAST(:flags AS boolean[]), CAST(:keys AS int[]))
						WITH ORDINALITY AS r(d, src, lvl, age, needs, sector, size, e, n, flag, rk, ord)
					ORDER BY ord
					RETURNING id
					""")
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
			.query(Long.class)
			.list()
			.stream()
			.sorted()
			.toList();
	}

	/** Sector codes among {@code codes} that the council does not have. */
	List<String> unknownSectors(String authority, Collection<String> codes) {
		return jdbc.sql("""
				SELECT c FROM unnest(CAST(:codes AS text[])) AS c
				WHERE NOT EXISTS (SELECT 1 FROM postcode_sector s WHERE s.authority_code = :a AND s.code = c)
				""").param("a", authority).param("codes", codes.toArray(String[]::new)).query(String.class).list();
	}

	/** Apportions the introductions to small areas; returns the ids that got no share. */
	List<Long> allocate(List<Long> ids) {
		jdbc.sql("""
				INSERT INTO introduction_share (introduction_id, small_area_code, share)
				SELECT i.id, f.small_area_code, f.share FROM introduction i, introduction_allocation(i.id) f
				WHERE i.id = ANY(:ids)
				""").param("ids", ids.toArray(Long[]::new)).update();
		return jdbc.sql("""
				SELECT id FROM unnest(CAST(:ids AS bigint[])) AS id
				WHERE NOT EXISTS (SELECT 1 FROM introduction_share s WHERE s.introduction_id = id)
				ORDER BY id
				""").param("ids", ids.toArray(Long[]::new)).query(Long.class).list();
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
	 * Apportions every introduction of a council again, after its geography or sectors
	 * changed. One said to be out of area whose location now lies wholly in patches is
	 * counted where its location puts it. Returns how many were so counted.
	 */
	int reallocateAll(String authority) {
		jdbc.sql("""
				DELETE FROM introduction_share s USING introduction i
				WHERE i.id = s.introduction_id AND i.authority_code = :a
				""").param("a", authority).update();
		jdbc.sql("""
				INSERT INTO introduction_share (introduction_id, small_area_code, share)
				SELECT i.id, f.small_area_code, f.share FROM introduction i, introduction_allocation(i.id) f
				WHERE i.authority_code = :a
				""").param("a", authority).update();
		return jdbc
			.sql("""
					INSERT INTO introduction_share (introduction_id, small_area_code, share)
					SELECT i.id, f.small_area_code, f.share FROM introduction i, introduction_allocation(i.id, false) f
					WHERE i.authority_code = :a AND NOT EXISTS (SELECT 1 FROM introduction_share s WHERE s.introduction_id = i.id)
					""")
			.param("a", authority)
			.update();
	}

	/**
	 * Where one introduction was counted, by neighbourhood (with its post) and by ward.
	 */
	Allocation allocation(long id) {
		List<Allocation.NeighbourhoodShare> neighbourhoods = jdbc
			.sql("""
					SELECT n.name, round(sum(p.share)::numeric, 2)::float8 AS share, cp.name AS patch, cp.status AS patch_status
					FROM introduction_place p
					LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
					LEFT JOIN coordinator_post cp ON cp.id = p.post_id
					WHERE p.introduction_id = :id
					GROUP BY n.name, cp.name, cp.status ORDER BY sum(p.share) DESC, n.name
					""")
			.param("id", id)
			.query(Allocation.NeighbourhoodShare.class)
			.list();
		List<Allocation.WardShare> wards = jdbc.sql("""
				SELECT w.code, w.name, round(sum(p.share)::numeric, 2)::float8 AS share
				FROM introduction_place p JOIN ward w ON w.code = p.ward_code
				WHERE p.introduction_id = :id
				GROUP BY w.code, w.name ORDER BY sum(p.share) DESC, w.name
				""").param("id", id).query(Allocation.WardShare.class).list();
		double outOfArea = jdbc.sql("""
				SELECT coalesce(round(sum(share)::numeric, 2), 0)::float8 FROM introduction_place
				WHERE introduction_id = :id AND post_id IS NULL
				""").param("id", id).query(Double.class).single();
		return new Allocation(neighbourhoods, wards, outOfArea);
	}

}
