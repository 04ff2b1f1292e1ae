package org.lacatlas.bench.england;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The England generator at a tiny scale (1,511 small areas, 2 authorities), checked
 * against the database. It generates into a schema of its own in the tests' database, so
 * the other tests still see Thurrock alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglandGeneratorTests extends IntegrationTest {

	private static final double SCALE = 0.008;

	private static final String SCHEMA = "england_test";

	@Autowired
	private Environment env;

	private Connection connection;

	private JdbcClient england;

	@BeforeAll
	void generate() throws Exception {
		jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
		jdbc.sql("CREATE SCHEMA " + SCHEMA).update();
		String url = env.getRequiredProperty("spring.datasource.url");
		url += (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
		String user = env.getRequiredProperty("spring.datasource.username");
		String password = env.getRequiredProperty("spring.datasource.password");
		new EnglandGenerator(SCALE, 7).generate(url, user, password);
		connection = DriverManager.getConnection(url, user, password);
		england = JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

	@AfterAll
	void dropSchema() throws Exception {
		connection.close();
		jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
	}

	private long count(String sql) {
		return england.sql(sql).query(Long.class).single();
	}

	@Test
	void countsAreInProportionToEngland() {
		long areas = Math.round(SyntheticEngland.SMALL_AREAS * SCALE);
		assertThat(count("SELECT count(*) FROM small_area")).isEqualTo(areas);
		assertThat(count("SELECT count(*) FROM ward")).isEqualTo(areas / EnglandGeography.AREAS_PER_WARD);
		assertThat(count("SELECT count(*) FROM authority"))
			.isEqualTo(areas / (EnglandGeography.AREAS_PER_WARD * EnglandGeography.WARDS_PER_AUTHORITY));
		assertThat(count("SELECT sum(residents) FROM small_area") / (double) areas).isCloseTo(300, within(10.0));
		assertThat(count("SELECT count(*) FROM asset WHERE status = 'published'"))
			.isEqualTo(Math.round(EnglandActivity.ASSETS * SCALE));
		assertThat(count("SELECT count(*) FROM introduction WHERE synthetic"))
			.isEqualTo(Math.round(EnglandActivity.INTRODUCTIONS * SCALE));
		long residents = count("SELECT sum(residents) FROM small_area");
		assertThat(count("SELECT count(*) FROM neighbourhood")).isBetween(residents / 12_000, residents / 8_000);
	}

	@Test
	void everyGeometryIsValidAndCodesCannotClashWithOns() {
		assertThat(count("""
				SELECT (SELECT count(*) FROM small_area WHERE NOT ST_IsValid(geom) OR ST_IsEmpty(geom))
					+ (SELECT count(*) FROM ward WHERE NOT ST_IsValid(geom))
					+ (SELECT count(*) FROM authority WHERE NOT ST_IsValid(geom))
					+ (SELECT count(*) FROM neighbourhood WHERE outline IS NULL OR NOT ST_IsValid(outline))
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM (SELECT code FROM authority UNION ALL SELECT code FROM ward
					UNION ALL SELECT code FROM small_area) c WHERE c.code NOT LIKE 'X%'
				""")).isZero();
		double[] hole = SyntheticEngland.THURROCK_HOLE;
		// areas may touch the edge of the hole left for the real Thurrock, never enter it
		assertThat(count("SELECT count(*) FROM small_area WHERE ST_Relate(geom, ST_MakeEnvelope(" + hole[0] + ", "
				+ hole[1] + ", " + hole[2] + ", " + hole[3] + ", 27700), 'T********')"))
			.isZero();
	}

	@Test
	void smallAreasTileWardsAndWardsTileAuthorities() {
		assertThat(
				count("""
						SELECT count(*) FROM ward w WHERE abs(ST_Area(w.geom)
							- (SELECT sum(ST_Area(s.geom)) FROM small_area s WHERE s.ward_code = w.code)) > 1e-6 * ST_Area(w.geom)
						"""))
			.isZero();
		assertThat(
				count("""
						SELECT count(*) FROM authority a WHERE abs(ST_Area(a.geom)
							- (SELECT sum(ST_Area(w.geom)) FROM ward w WHERE w.authority_code = a.code)) > 1e-6 * ST_Area(a.geom)
						"""))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM small_area s JOIN ward w ON w.code = s.ward_code
				WHERE w.authority_code <> s.authority_code OR NOT ST_Covers(w.geom, ST_PointOnSurface(s.geom))
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM small_area s
				WHERE NOT EXISTS (SELECT 1 FROM small_area_ward sw WHERE sw.small_area_code = s.code
					AND sw.ward_code = s.ward_code AND sw.share > 0.999)
				""")).isZero();
		// neighbours share a boundary and never overlap: a tessellation
		assertThat(england.sql("""
				SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom))), 0) FROM small_area_adjacency j
				JOIN small_area a ON a.code = j.small_area_code JOIN small_area b ON b.code = j.neighbour_code
				""").query(Double.class).single()).isLessThan(1.0);
	}

	@Test
	void densityVariesFromCitiesToCountryside() {
		double smallest = england
			.sql("SELECT percentile_cont(0.05) WITHIN GROUP (ORDER BY ST_Area(geom)) FROM small_area")
			.query(Double.class)
			.single();
		double largest = england
			.sql("SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY ST_Area(geom)) FROM small_area")
			.query(Double.class)
			.single();
		assertThat(largest / smallest).isGreaterThan(50);
		assertThat(count("SELECT count(DISTINCT imd_decile) FROM small_area")).isEqualTo(10);
	}

	@Test
	void adjacencyIsSymmetricAndAlmostEveryAreaHasNeighbours() {
		assertThat(count("""
				SELECT count(*) FROM small_area_adjacency j WHERE NOT EXISTS (SELECT 1 FROM small_area_adjacency r
					WHERE r.small_area_code = j.neighbour_code AND r.neighbour_code = j.small_area_code)
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM small_area s
				WHERE NOT EXISTS (SELECT 1 FROM small_area_adjacency j WHERE j.small_area_code = s.code)
				""")).isLessThan(count("SELECT count(*) FROM small_area") / 100);
		assertThat(count("""
				SELECT count(*) FROM small_area_adjacency j JOIN small_area a ON a.code = j.small_area_code
				JOIN small_area b ON b.code = j.neighbour_code WHERE a.authority_code <> b.authority_code
				""")).as("adjacency across authority borders").isPositive();
	}

	@Test
	void neighbourhoodsAreContiguousAndInsideTheBand() {
		assertThat(count("""
				SELECT count(*) FROM (SELECT sum(s.residents) AS r FROM neighbourhood_area na
					JOIN small_area s ON s.code = na.small_area_code GROUP BY na.neighbourhood_id) n
				WHERE r NOT BETWEEN 8000 AND 12000
				""")).isZero();
		Map<String, Long> neighbourhoodOf = new HashMap<>();
		england.sql("SELECT small_area_code, neighbourhood_id FROM neighbourhood_area")
			.query((rs, n) -> neighbourhoodOf.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<String[]> edges = england.sql("SELECT small_area_code, neighbour_code FROM small_area_adjacency")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		Map<String, String> parent = new HashMap<>();
		neighbourhoodOf.keySet().forEach(a -> parent.put(a, a));
		for (String[] e : edges) {
			Long a = neighbourhoodOf.get(e[0]);
			if (a != null && a.equals(neighbourhoodOf.get(e[1]))) {
				parent.put(root(parent, e[0]), root(parent, e[1]));
			}
		}
		Map<Long, java.util.Set<String>> pieces = new HashMap<>();
		neighbourhoodOf
			.forEach((area, n) -> pieces.computeIfAbsent(n, k -> new java.util.HashSet<>()).add(root(parent, area)));
		assertThat(pieces).isNotEmpty();
		assertThat(pieces.values()).allSatisfy(roots -> assertThat(roots).hasSize(1));
		assertThat(count("SELECT count(*) FROM coordinator_post WHERE status = 'IN_POST'"))
			.isGreaterThan(count("SELECT count(*) FROM neighbourhood") / 2);
	}

	private static String root(Map<String, String> parent, String a) {
		while (!parent.get(a).equals(a)) {
			a = parent.get(a);
		}
		return a;
	}

	@Test
	void introductionsArePlacedAsTheAppWouldPlaceThemAndReleased() {
		assertThat(count("SELECT count(*) FROM introduction WHERE small_area_code IS NULL")).isZero();
		// the app's own placement, run for a sample, gives the small areas stored
		assertThat(count("""
				SELECT count(*) FROM (SELECT * FROM introduction ORDER BY id LIMIT 200) i
				WHERE introduction_placement(i.id) IS DISTINCT FROM i.small_area_code
				""")).isZero();
		assertThat(count("SELECT coalesce(sum(introductions), 0) FROM introduction_release_area"))
			.isEqualTo(count("SELECT count(*) FROM introduction"));
		assertThat(count("SELECT count(*) FROM introduction i WHERE NOT EXISTS (SELECT 1 FROM introduction_release r"
				+ " WHERE r.authority_code = i.authority_code AND r.month = i.release_month)"))
			.isZero();
	}

}
