package org.lacatlas.coverage;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CoverageRepository {

	private final JdbcClient jdbc;

	CoverageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AreaCoverage> areas(String authority) {
		return jdbc.sql("""
				SELECT s.code, s.ward_code, w.name AS ward_name, c.neighbourhood_id, n.name AS neighbourhood_name,
					s.residents, s.residents_65_plus AS residents65_plus, s.imd_decile, c.covered,
					c.post_id IS NOT NULL AS has_post,
					(SELECT count(*) FROM asset a WHERE a.status = 'published' AND ST_Intersects(s.geom, a.geom)
					-- a point on a shared boundary counts once, in the first area by code
					AND NOT EXISTS (SELECT 1 FROM small_area o
						WHERE o.code < s.code AND o.geom && a.geom AND ST_Intersects(o.geom, a.geom))) AS assets
				FROM small_area s
				JOIN small_area_coverage c ON c.small_area_code = s.code
				LEFT JOIN ward w ON w.code = s.ward_code
				LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id
				-- the view's own small_area is filtered too: PostgreSQL does not carry the
				-- filter on s across the join, and England's 189,000 areas were read and
				-- sorted for a council's few thousand
				WHERE s.authority_code = :a AND c.authority_code = :a
				ORDER BY s.code
				""")
			.param("a", authority)
			.query((rs, n) -> new AreaCoverage(rs.getString(1), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), rs.getString(5), rs.getLong(6), rs.getLong(7), (Integer) rs.getObject(8),
					rs.getBoolean(9), rs.getBoolean(10), rs.getLong(11)))
			.list();
	}

	Optional<String> authorityName(String authority) {
		return jdbc.sql("SELECT name FROM authority WHERE code = :a")
			.param("a", authority)
			.query(String.class)
			.optional();
	}

	Optional<String> wardName(String authority, String ward) {
		return jdbc.sql("SELECT name FROM ward WHERE code = :w AND authority_code = :a")
			.param("w", ward)
			.param("a", authority)
			.query(String.class)
			.optional();
	}

	/** Published community assets inside the ward's boundary, by category. */
	List<WardCoverage.AssetCount> assetsIn(String ward) {
		return jdbc.sql("""
				SELECT c.code AS category, c.label, count(*) AS count
				FROM asset a
				JOIN asset_category c ON c.code = a.category
				JOIN ward w ON ST_Intersects(w.geom, a.geom)
				WHERE w.code = :w AND a.status = 'published'
				GROUP BY c.code, c.label, c.sort_order
				ORDER BY count(*) DESC, c.sort_order
				""").param("w", ward).query(WardCoverage.AssetCount.class).list();
	}

}
