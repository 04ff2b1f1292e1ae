package org.lacatlas.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a council's {@link SmallAreaGraph} and keeps its adjacency current after imports.
 * Graphs are cached per council and import: a lookup of the latest import id (an index
 * scan) tells whether the cached graph is current, so every app instance sees a new
 * import on its next request.
 */
@Service
public class SmallAreaGraphs {

	private record Cached(long importId, SmallAreaGraph graph) {
	}

	private final JdbcClient jdbc;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	SmallAreaGraphs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The council's small areas and their adjacency, in code order. */
	public SmallAreaGraph of(String authorityCode) {
		long importId = jdbc.sql("SELECT coalesce(max(id), 0) FROM geography_import WHERE authority_code = :a")
			.param("a", authorityCode)
			.query(Long.class)
			.single();
		Cached cached = cache.get(authorityCode);
		if (cached == null || cached.importId() != importId) {
			cached = new Cached(importId, read(authorityCode));
			cache.put(authorityCode, cached);
		}
		return cached.graph();
	}

	private SmallAreaGraph read(String authorityCode) {
		List<SmallAreaGraph.Area> areas = jdbc.sql("""
				SELECT code, name, ward_code, residents, residents_65_plus, imd_decile,
					ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)), ST_Area(geom)
				FROM small_area WHERE authority_code = :a ORDER BY code
				""")
			.param("a", authorityCode)
			.query((rs, n) -> new SmallAreaGraph.Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), (Integer) rs.getObject(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)))
			.list();
		Map<String, List<String>> neighbours = new HashMap<>();
		jdbc.sql("""
				SELECT j.small_area_code, j.neighbour_code FROM small_area_adjacency j
				JOIN small_area a ON a.code = j.small_area_code JOIN small_area b ON b.code = j.neighbour_code
				WHERE a.authority_code = :a AND b.authority_code = :a
				ORDER BY 1, 2
				""")
			.param("a", authorityCode)
			.query((rs, n) -> neighbours.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return new SmallAreaGraph(areas, neighbours);
	}

	void refreshAdjacency(String authorityCode) {
		jdbc.sql("SELECT refresh_small_area_adjacency(:a)").param("a", authorityCode).query(Integer.class).single();
	}

}
