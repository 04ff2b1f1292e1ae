package org.lacatlas.bench.england;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;

/**
 * 200,000 published community assets and 500,000 introductions (at scale 1.0) over the
 * synthetic small areas. Assets lie within 60 m of a small area's point, areas drawn in
 * proportion to residents. Introductions are recorded as the app records a 500 m grid
 * cell (every one synthetic, one batch per authority), areas drawn in proportion to
 * residents 65+ and deprivation; each is placed in one small area by the rule of the
 * app's {@code introduction_placement} for a grid cell (drawn by its place key from the
 * share of the cell's area in each of the authority's small areas, slivers under 1 %
 * dropped), the shares computed once per distinct cell rather than once per introduction;
 * then every month to September 2026 is released.
 */
final class EnglandActivity {

	static final int ASSETS = 200_000;

	static final int INTRODUCTIONS = 500_000;

	static final int GRID = 500;

	private static final String[] SOURCES = { "COUNCIL_CONTACT_SERVICE", "SOCIAL_WORKER_OR_SUPPORT_PLANNER",
			"HOUSING_OR_FLOATING_SUPPORT", "GP_PRACTICE_MDT", "COUNCILLOR_OR_MAYOR", "COMMUNITY_EVENT_OR_HUB",
			"SELF_FAMILY_OR_NEIGHBOUR", "OTHER" };

	private static final String[] AGE_BANDS = { "18-24", "25-44", "45-64", "65-74", "75-84", "85+" };

	private static final String[] NEEDS = { "LEARNING_DISABILITY", "MENTAL_HEALTH", "OLDER_PERSON",
			"PHYSICAL_DISABILITY", "SENSORY_IMPAIRMENT", "CARER", "OTHER" };

	private static final LocalDate FIRST = LocalDate.of(2013, 10, 1);

	private record Point(double x, double y, String authority, double residents, double need) {
	}

	private final Steps steps;

	private final long seed;

	private final double scale;

	EnglandActivity(Steps steps, long seed, double scale) {
		this.steps = steps;
		this.seed = seed;
		this.scale = scale;
	}

	void build() throws Exception {
		List<Point> points = points();
		steps.step("assets", () -> assets(points) + " published assets");
		steps.step("introductions", () -> introductions(points) + " introductions");
		steps.step("introduction placement (introduction_placement's grid-cell rule, shares per distinct cell)",
				() -> place() + " placed");
		steps.step("introduction releases (make_introduction_releases, to September 2026)",
				() -> releases() + " authorities released");
	}

	private List<Point> points() throws Exception {
		List<Point> points = new ArrayList<>();
		try (var rs = steps.db().createStatement().executeQuery("""
				SELECT x, y, 'X06' || lpad(authority::text, 6, '0'), residents, older * (11 - imd)
				FROM eng_point p WHERE EXISTS (SELECT 1 FROM eng_cell c WHERE c.id = p.id) ORDER BY id
				""")) {
			while (rs.next()) {
				points.add(
						new Point(rs.getDouble(1), rs.getDouble(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5)));
			}
		}
		return points;
	}

	private long assets(List<Point> points) throws Exception {
		String[] categories = strings("SELECT code FROM asset_category ORDER BY sort_order");
		SplittableRandom random = new SplittableRandom(seed + 7);
		double[] cumulative = cumulative(points, Point::residents);
		int n = (int) Math.round(ASSETS * scale);
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i <= n; i++) {
			Point p = points.get(draw(random, cumulative));
			String category = categories[random.nextInt(categories.length)];
			rows.append("Synthetic ")
				.append(category)
				.append(' ')
				.append(i)
				.append('\t')
				.append(category)
				.append("\tpublished\tsynthetic-england\tse-")
				.append(i)
				.append("\tengland-generator\tengland-generator\t")
				.append(p.authority())
				.append("\tSRID=27700;POINT(")
				.append(Math.round(p.x() + random.nextDouble(-60, 60)))
				.append(' ')
				.append(Math.round(p.y() + random.nextDouble(-60, 60)))
				.append(")\n");
		}
		return steps.db()
			.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY asset (name, category, status, source, source_ref, added_by, updated_by, authority_code, geom) "
					+ "FROM STDIN", new StringReader(rows.toString()));
	}

	private long introductions(List<Point> points) throws Exception {
		steps.sql("""
				INSERT INTO introduction_batch (authority_code, kind, synthetic, note, recorded_by)
				SELECT code, 'IMPORT', true, 'Synthetic England benchmark data, not people', 'england-generator'
				FROM authority WHERE code LIKE 'X06%' ORDER BY code
				""");
		Map<String, Long> batches = new HashMap<>();
		try (var rs = steps.db()
			.createStatement()
			.executeQuery("SELECT authority_code, id FROM introduction_batch WHERE authority_code LIKE 'X06%'")) {
			while (rs.next()) {
				batches.put(rs.getString(1), rs.getLong(2));
			}
		}
		SplittableRandom random = new SplittableRandom(seed + 11);
		double[] cumulative = cumulative(points, Point::need);
		int n = (int) Math.round(INTRODUCTIONS * scale);
		int days = (int) (LocalDate.of(2026, 9, 30).toEpochDay() - FIRST.toEpochDay());
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < n; i++) {
			Point p = points.get(draw(random, cumulative));
			String need = NEEDS[random.nextInt(NEEDS.length)];
			String needs = random.nextInt(4) == 0 && !need.equals("CARER") ? "{" + need + ",CARER}" : "{" + need + "}";
			LocalDate day = FIRST.plusDays(random.nextInt(days + 1));
			rows.append(batches.get(p.authority()))
				.append('\t')
				.append(p.authority())
				.append('\t')
				.append(day)
				.append('\t')
				.append(SOURCES[random.nextInt(SOURCES.length)])
				.append('\t')
				.append(1 + random.nextInt(2))
				.append('\t')
				.append(AGE_BANDS[random.nextInt(AGE_BANDS.length)])
				.append('\t')
				.append(needs)
				.append('\t')
				.append(GRID)
				.append('\t')
				.append((long) Math.floor(p.x() / GRID) * GRID)
				.append('\t')
				.append((long) Math.floor(p.y() / GRID) * GRID)
				.append("\tf\tt\t")
				.append(random.nextInt(1 << 20))
				.append('\t')
				.append(random.nextInt(1 << 20))
				.append('\t')
				.append(day.withDayOfMonth(1))
				.append('\n');
		}
		return steps.db().unwrap(PGConnection.class).getCopyAPI().copyIn("""
				COPY introduction (batch_id, authority_code, introduced_on, source, support_level, age_band, needs,
					grid_size, grid_easting, grid_northing, worked_with_out_of_area, synthetic, record_key, place_key,
					release_month) FROM STDIN
				""", new StringReader(rows.toString()));
	}

	/**
	 * Each introduction's one small area, by introduction_placement's rule: the cell's
	 * shares laid end to end in code order, the one where (place_key + 0.5) / 2^20 of the
	 * way along falls.
	 */
	private int place() throws Exception {
		return steps.sql(
				"""
						CREATE TEMPORARY TABLE eng_grid_share AS
						WITH cell AS (
							SELECT DISTINCT authority_code, grid_size, grid_easting, grid_northing,
								ST_MakeEnvelope(grid_easting, grid_northing, grid_easting + grid_size, grid_northing + grid_size, 27700) AS geom
							FROM introduction WHERE authority_code LIKE 'X06%'
						), weighed AS (
							SELECT c.authority_code, c.grid_size, c.grid_easting, c.grid_northing, s.code,
								ST_Area(ST_Intersection(s.geom, c.geom)) AS weight
							FROM cell c JOIN small_area s ON s.authority_code = c.authority_code AND s.geom && c.geom
								AND ST_Intersects(s.geom, c.geom)
						), kept AS (
							SELECT *, sum(weight) OVER (PARTITION BY authority_code, grid_size, grid_easting, grid_northing) AS total
							FROM weighed
						)
						SELECT authority_code, grid_size, grid_easting, grid_northing, code,
							weight / sum(weight) OVER (PARTITION BY authority_code, grid_size, grid_easting, grid_northing) AS share
						FROM kept WHERE weight > 0 AND weight >= 0.01 * total
						""",
				"""
						CREATE TEMPORARY TABLE eng_grid_run AS
						SELECT authority_code, grid_size, grid_easting, grid_northing, code,
							sum(share) OVER w AS upto,
							sum(share) OVER (PARTITION BY authority_code, grid_size, grid_easting, grid_northing) AS total,
							lead(code) OVER w IS NULL AS last
						FROM eng_grid_share
						WINDOW w AS (PARTITION BY authority_code, grid_size, grid_easting, grid_northing ORDER BY code)
						""",
				// without it each of the 500,000 introductions scanned every cell's
				// shares: the
				// update below had not finished after an hour
				"CREATE INDEX ON eng_grid_run (authority_code, grid_size, grid_easting, grid_northing, upto)",
				"ANALYZE eng_grid_run", """
						UPDATE introduction i SET small_area_code = (
							SELECT g.code FROM eng_grid_run g
							WHERE g.authority_code = i.authority_code AND g.grid_size = i.grid_size
								AND g.grid_easting = i.grid_easting AND g.grid_northing = i.grid_northing
								AND (g.upto > (i.place_key + 0.5) / 1048576.0 * g.total OR g.last)
							ORDER BY g.upto LIMIT 1)
						WHERE i.authority_code LIKE 'X06%'
						""");
	}

	/**
	 * Every month from the first introduction's to September 2026, as the app releases
	 * them.
	 */
	private int releases() throws Exception {
		return (int) steps.count("""
				SELECT count(make_introduction_releases(code, DATE '2013-10-01', DATE '2026-09-01'))
				FROM authority WHERE code LIKE 'X06%'
				""");
	}

	private String[] strings(String query) throws Exception {
		List<String> values = new ArrayList<>();
		try (var rs = steps.db().createStatement().executeQuery(query)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values.toArray(String[]::new);
	}

	private static double[] cumulative(List<Point> points, java.util.function.ToDoubleFunction<Point> weight) {
		double[] c = new double[points.size()];
		double sum = 0;
		for (int i = 0; i < c.length; i++) {
			sum += weight.applyAsDouble(points.get(i));
			c[i] = sum;
		}
		return c;
	}

	private static int draw(SplittableRandom random, double[] cumulative) {
		int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
		return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
	}

}
