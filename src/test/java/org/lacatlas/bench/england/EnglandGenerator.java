package org.lacatlas.bench.england;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;

/**
 * Builds a synthetic England into the database named by SPRING_DATASOURCE_URL, USERNAME
 * and PASSWORD, for England-scale benchmarks without downloading England: about 300
 * authorities, 7,000 wards and 189,000 Output-Area-sized small areas (56.5 million
 * residents), neighbourhood plans with coordinator posts, 200,000 published assets and
 * 500,000 introductions, all at scale 1.0. Runs the app's Flyway migrations first. The
 * same seed and scale give the same England.
 *
 * <pre>
 * EnglandGenerator [--scale 1.0] [--seed 2021] [--if-empty]
 * EnglandGenerator --largest
 * </pre>
 *
 * Refuses a database that already holds synthetic authorities (codes X06…), or with
 * {@code --if-empty} leaves it as it is. {@code --largest} prints the code of the
 * synthetic authority with most residents.
 */
public final class EnglandGenerator {

	/** What a generation made, for the caller's report. */
	public record Result(long authorities, long wards, long smallAreas, double seconds) {
	}

	private final double scale;

	private final long seed;

	public EnglandGenerator(double scale, long seed) {
		if (!(scale > 0 && scale <= 1)) {
			throw new IllegalArgumentException("the scale must be in (0, 1]");
		}
		this.scale = scale;
		this.seed = seed;
	}

	public static void main(String[] args) throws Exception {
		double scale = 1.0;
		long seed = 2021;
		boolean ifEmpty = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--scale" -> scale = Double.parseDouble(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--if-empty" -> ifEmpty = true;
				case "--largest" -> {
					System.out.println(largest());
					return;
				}
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		if (ifEmpty && largest() != null) {
			System.out.println("england: the database already holds a synthetic England; not generating");
			return;
		}
		Result r = new EnglandGenerator(scale, seed).generate(System.getenv("SPRING_DATASOURCE_URL"),
				System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
		System.out.printf(Locale.ROOT,
				"england: generated %d authorities, %d wards, %d small areas at scale %s in %.1f s%n", r.authorities(),
				r.wards(), r.smallAreas(), scale, r.seconds());
	}

	/** The synthetic authority with most residents, or null when there is none. */
	private static String largest() throws Exception {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		try (Connection db = DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
				System.getenv("SPRING_DATASOURCE_PASSWORD")); var rs = db.createStatement().executeQuery("""
						SELECT authority_code FROM small_area WHERE authority_code LIKE 'X06%'
						GROUP BY authority_code ORDER BY sum(residents) DESC, authority_code LIMIT 1
						""")) {
			return rs.next() ? rs.getString(1) : null;
		}
		catch (java.sql.SQLException e) {
			return null; // not migrated yet
		}
	}

	public Result generate(String url, String user, String password) throws Exception {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			db.setAutoCommit(false);
			Steps steps = new Steps(db);
			if (steps.count("SELECT count(*) FROM authority WHERE code LIKE 'X06%'") > 0) {
				throw new IllegalStateException("this database already holds a synthetic England");
			}
			SyntheticEngland england = new SyntheticEngland();
			List<SyntheticEngland.Area> areas = england.areas(seed, scale);
			new EnglandGeography(steps).build(england, areas, "synthetic-england seed " + seed + " scale " + scale);
			new EnglandPatches(steps, seed).build();
			new EnglandActivity(steps, seed, scale).build();
			// the importer's merge updates every small area twice: without a vacuum the
			// dead
			// rows made a council's index scans take over half a second
			steps.step("vacuum analyze", () -> {
				db.setAutoCommit(true);
				steps.sql("VACUUM ANALYZE authority", "VACUUM ANALYZE ward", "VACUUM ANALYZE small_area",
						"VACUUM ANALYZE small_area_ward", "VACUUM ANALYZE small_area_adjacency",
						"VACUUM ANALYZE neighbourhood", "VACUUM ANALYZE neighbourhood_area", "VACUUM ANALYZE asset",
						"VACUUM ANALYZE introduction", "VACUUM ANALYZE introduction_release_area", "ANALYZE");
				db.setAutoCommit(false);
				return "done";
			});
			return new Result(steps.count("SELECT count(*) FROM authority WHERE code LIKE 'X06%'"),
					steps.count("SELECT count(*) FROM ward WHERE code LIKE 'X05%'"),
					steps.count("SELECT count(*) FROM small_area WHERE code LIKE 'X00%'"), steps.totalSeconds());
		}
	}

}
