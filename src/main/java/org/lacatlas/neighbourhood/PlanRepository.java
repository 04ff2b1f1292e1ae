package org.lacatlas.neighbourhood;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of neighbourhood plans. Outlines are kept in 27700 and transformed only when
 * served.
 */
@Repository
class PlanRepository {

	record PlanRow(long id, String authorityCode, String name, int min, int max, int version) {
	}

	record NeighbourhoodRow(long id, String name, Double polsbyPopper, String outlineGeoJson) {
	}

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanRow> plan(String authorityCode) {
		return jdbc.sql("""
				SELECT p.id, p.authority_code, p.name, c.min_residents AS min, c.max_residents AS max, p.version
				FROM neighbourhood_plan p JOIN council c ON c.code = p.authority_code
				WHERE p.authority_code = :a
				""").param("a", authorityCode).query(PlanRow.class).optional();
	}

	long createPlan(String authorityCode, String name, String user) {
		return jdbc.sql("""
				INSERT INTO neighbourhood_plan (authority_code, name, version, updated_by)
				VALUES (:a, :name, 0, :user) RETURNING id
				""").param("a", authorityCode).param("name", name).param("user", user).query(Long.class).single();
	}

	/**
	 * Moves the plan to the next version if it is still at {@code expected}; false if
	 * someone saved first.
	 */
	boolean advanceVersion(long planId, int expected, String user) {
		return jdbc.sql("""
				UPDATE neighbourhood_plan SET version = version + 1, updated_at = now(), updated_by = :user
				WHERE id = :id AND version = :expected
				""").param("id", planId).param("expected", expected).param("user", user).update() == 1;
	}

	/** Neighbourhoods in name order, with their outline as WGS84 GeoJSON if asked for. */
	List<NeighbourhoodRow> neighbourhoods(long planId, boolean withOutlines) {
		if (!withOutlines) {
			return jdbc.sql("SELECT id, name FROM neighbourhood WHERE plan_id = :plan ORDER BY name, id")
				.param("plan", planId)
				.query((rs, n) -> new NeighbourhoodRow(rs.getLong(1), rs.getString(2), null, null))
				.list();
		}
		return jdbc.sql("""
				SELECT id, name,
					CASE WHEN outline IS NULL OR ST_Perimeter(outline) = 0 THEN NULL
						ELSE round((4 * pi() * ST_Area(outline) / ST_Perimeter(outline) ^ 2)::numeric, 3)::float8
					END AS polsby_popper,
					ST_AsGeoJSON(for_geojson(outline), 6) AS outline_geo_json
				FROM neighbourhood WHERE plan_id = :plan ORDER BY name, id
				""").param("plan", planId).query(NeighbourhoodRow.class).list();
	}

	/** Small-area code → neighbourhood id, in code order. */
	Map<String, Long> assignments(long planId) {
		Map<String, Long> byArea = new LinkedHashMap<>();
		jdbc.sql("SELECT small_area_code, neighbourhood_id FROM neighbourhood_area WHERE plan_id = :plan ORDER BY 1")
			.param("plan", planId)
			.query((rs, n) -> byArea.put(rs.getString(1), rs.getLong(2)))
			.list();
		return byArea;
	}

	long insertNeighbourhood(long planId, String name) {
		return jdbc.sql("INSERT INTO neighbourhood (plan_id, name) VALUES (:plan, :name) RETURNING id")
			.param("plan", planId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	void deleteEmptyNeighbourhoods(long planId) {
		jdbc.sql("""
				DELETE FROM neighbourhood n WHERE plan_id = :plan
					AND NOT EXISTS (SELECT 1 FROM neighbourhood_area a WHERE a.neighbourhood_id = n.id)
				""").param("plan", planId).update();
	}

	void deleteNeighbourhoods(long planId, List<Long> keep) {
		jdbc.sql("DELETE FROM neighbourhood WHERE plan_id = :plan AND NOT (id = ANY(:keep))")
			.param("plan", planId)
			.param("keep", keep.toArray(Long[]::new))
			.update();
	}

	void assign(long planId, String area, long neighbourhoodId) {
		jdbc.sql("""
				INSERT INTO neighbourhood_area (plan_id, small_area_code, neighbourhood_id) VALUES (:plan, :area, :n)
				ON CONFLICT (plan_id, small_area_code) DO UPDATE SET neighbourhood_id = excluded.neighbourhood_id
				""").param("plan", planId).param("area", area).param("n", neighbourhoodId).update();
	}

	void refreshOutlines(long planId, List<Long> ids) {
		jdbc.sql(
				"UPDATE neighbourhood SET outline = neighbourhood_outline(id) WHERE plan_id = :plan AND id = ANY(:ids)")
			.param("plan", planId)
			.param("ids", ids.toArray(Long[]::new))
			.update();
	}

	void recordChange(long planId, int version, String user, String kind, String movesJson) {
		jdbc.sql("""
				INSERT INTO neighbourhood_change (plan_id, version, changed_by, kind, moves)
				VALUES (:plan, :version, :user, :kind, CAST(:moves AS jsonb))
				""")
			.param("plan", planId)
			.param("version", version)
			.param("user", user)
			.param("kind", kind)
			.param("moves", movesJson)
			.update();
	}

	/**
	 * A name per group, as an officer would say it: the towns (council's own place
	 * points) inside it, the two nearest its middle as "A and B"; else the ward holding
	 * most of its residents; with the group's middle (27700) so namesakes can be told
	 * apart.
	 */
	List<Names.Suggested> suggestNames(List<List<String>> groups) {
		List<Integer> index = new java.util.ArrayList<>();
		List<String> codes = new java.util.ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			for (String code : groups.get(g)) {
				index.add(g);
				codes.add(code);
			}
		}
		return jdbc
			.sql("""
					WITH m AS (SELECT * FROM unnest(:groups::int[], :codes::text[]) AS m(g, code)),
					grp AS (
						SELECT m.g, min(s.authority_code) AS authority, ST_Union(s.geom) AS geom
						FROM m JOIN small_area s ON s.code = m.code GROUP BY m.g),
					town AS (
						SELECT grp.g, p.name,
							row_number() OVER (PARTITION BY grp.g ORDER BY ST_Distance(p.geom, ST_Centroid(grp.geom)), p.name) AS k
						FROM grp JOIN place p ON p.authority_code = grp.authority AND ST_Intersects(p.geom, grp.geom)),
					ward_share AS (
						SELECT m.g, w.name, row_number() OVER (PARTITION BY m.g ORDER BY sum(s.residents) DESC, w.name) AS k
						FROM m JOIN small_area s ON s.code = m.code JOIN ward w ON w.code = s.ward_code
						GROUP BY m.g, w.name)
					SELECT coalesce(
							(SELECT string_agg(t.name, ' and ' ORDER BY t.k) FROM town t WHERE t.g = grp.g AND t.k <= 2),
							(SELECT ws.name FROM ward_share ws WHERE ws.g = grp.g AND ws.k = 1),
							'Neighbourhood') AS name,
						ST_X(ST_Centroid(grp.geom)) AS x, ST_Y(ST_Centroid(grp.geom)) AS y
					FROM grp ORDER BY grp.g
					""")
			.param("groups", index.toArray(Integer[]::new))
			.param("codes", codes.toArray(String[]::new))
			.query(Names.Suggested.class)
			.list();
	}

	/**
	 * The outline of an unsaved group of small areas (WGS84 GeoJSON) and its
	 * Polsby–Popper score.
	 */
	record Outline(String geoJson, Double polsbyPopper) {
	}

	/** Outlines of unsaved groups, for showing a proposal before it is saved. */
	List<Outline> outlines(List<List<String>> groups) {
		return groups.stream().map(codes -> jdbc.sql("""
				WITH o AS (
					SELECT ST_Buffer(ST_Buffer(ST_Union(geom), 5, 'join=mitre'), -5, 'join=mitre') AS geom
					FROM small_area WHERE code = ANY(:codes))
				SELECT ST_AsGeoJSON(for_geojson(geom), 6) AS geo_json,
					round((4 * pi() * ST_Area(geom) / ST_Perimeter(geom) ^ 2)::numeric, 3)::float8 AS polsby_popper
				FROM o
				""").param("codes", codes.toArray(String[]::new)).query(Outline.class).single()).toList();
	}

}
