package org.lacatlas.introduction;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Places for the demo's synthetic introductions: 250 m grid cells holding at least one
 * postcode (so somebody lives there), and postcode sectors, chosen relative to the
 * council's current patches. EPSG:27700 throughout.
 */
@Repository
class DemoRepository {

	/** A post with a patch. */
	record Post(long id, String name, String status, long neighbourhoodId) {
	}

	/** A 250 m cell by its south-west corner, and the small area holding its centre. */
	record Cell(String smallArea, int easting, int northing) {
	}

	/** A small area with what makes introductions likelier there. */
	record Area(String code, int residents, int residents65Plus, Integer imdDecile) {
	}

	/** How much of a sector lies in a small area. */
	record SectorShare(String smallArea, String sector, double postcodes) {
	}

	static final int CELL = 250;

	private static final String CELLS = """
			WITH cells AS (
				SELECT DISTINCT (floor(ST_X(geom) / 250) * 250)::int AS e, (floor(ST_Y(geom) / 250) * 250)::int AS n
				FROM postcode_unit_point WHERE authority_code = :a
			)
			""";

	private final JdbcClient jdbc;

	DemoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasDemoIntroductions(String authority) {
		return jdbc.sql("SELECT count(*) FROM introduction_batch WHERE authority_code = :a AND kind = 'DEMO'")
			.param("a", authority)
			.query(Integer.class)
			.single() > 0;
	}

	List<Post> posts(String authority) {
		return jdbc.sql("""
				SELECT id, name, status, neighbourhood_id FROM coordinator_post
				WHERE authority_code = :a AND neighbourhood_id IS NOT NULL ORDER BY name
				""").param("a", authority).query(Post.class).list();
	}

	/** Cells lying wholly in one neighbourhood: every share of them is counted there. */
	List<Cell> cellsWhollyIn(String authority, long neighbourhood) {
		return jdbc.sql(CELLS + """
				, boxes AS (
					SELECT c.e, c.n, ST_MakeEnvelope(c.e, c.n, c.e + 250, c.n + 250, 27700) AS box FROM cells c
				)
				SELECT NULL AS small_area, b.e AS easting, b.n AS northing
				FROM boxes b, neighbourhood nb
				WHERE nb.id = :nb AND ST_Within(b.box, nb.outline) AND NOT EXISTS (
					SELECT 1 FROM small_area s
					WHERE s.geom && b.box AND ST_Area(ST_Intersection(s.geom, b.box)) > 1
						AND NOT EXISTS (SELECT 1 FROM neighbourhood_area na
							WHERE na.neighbourhood_id = :nb AND na.small_area_code = s.code))
				ORDER BY b.e, b.n
				""").param("a", authority).param("nb", neighbourhood).query(Cell.class).list();
	}

	/**
	 * Sectors lying wholly in no post's patch, nearest the patches of posts in post
	 * first: where people from out of area would come from.
	 */
	List<String> sectorsOutOfArea(String authority) {
		return jdbc
			.sql("""
					SELECT ps.code FROM postcode_sector ps
					WHERE ps.authority_code = :a AND NOT EXISTS (
						SELECT 1 FROM postcode_sector_area sa
						JOIN neighbourhood_area na ON na.small_area_code = sa.small_area_code
						JOIN coordinator_post cp ON cp.neighbourhood_id = na.neighbourhood_id AND cp.status IN ('IN_POST', 'VACANT')
						WHERE sa.authority_code = ps.authority_code AND sa.sector_code = ps.code)
					ORDER BY ST_Distance(ps.centroid, (SELECT ST_Union(n.outline) FROM neighbourhood n
						JOIN coordinator_post cp ON cp.neighbourhood_id = n.id AND cp.status = 'IN_POST'
						WHERE cp.authority_code = :a)), ps.code
					""")
			.param("a", authority)
			.query(String.class)
			.list();
	}

	List<Area> areas(String authority) {
		return jdbc.sql("""
				SELECT code, residents, residents_65_plus AS residents65plus, imd_decile FROM small_area
				WHERE authority_code = :a ORDER BY code
				""").param("a", authority).query(Area.class).list();
	}

	/** Populated cells by the small area holding their centre. */
	List<Cell> populatedCells(String authority) {
		return jdbc.sql(CELLS + """
				SELECT s.code AS small_area, c.e AS easting, c.n AS northing FROM cells c
				JOIN small_area s ON s.authority_code = :a
					AND ST_Contains(s.geom, ST_SetSRID(ST_MakePoint(c.e + 125, c.n + 125), 27700))
				ORDER BY s.code, c.e, c.n
				""").param("a", authority).query(Cell.class).list();
	}

	List<SectorShare> sectorShares(String authority) {
		return jdbc.sql("""
				SELECT small_area_code AS small_area, sector_code AS sector, postcodes FROM postcode_sector_area
				WHERE authority_code = :a ORDER BY small_area_code, sector_code
				""").param("a", authority).query(SectorShare.class).list();
	}

}
