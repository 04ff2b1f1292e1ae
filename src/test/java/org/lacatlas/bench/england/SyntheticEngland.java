package org.lacatlas.bench.england;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where synthetic England's people live: one point per small area (Output-Area sized,
 * about 300 residents), drawn from a mixture of real cities (Gaussian around their
 * centre, spread growing with population), random towns and a thin rural background,
 * inside a coarse outline of England in EPSG:27700 with a hole where the real Thurrock
 * lies. Each point carries residents, residents 65+ and an IMD decile. Plain Java; the
 * same seed and scale give the same points.
 */
final class SyntheticEngland {

	/** Output Areas in England, 2021. */
	static final int SMALL_AREAS = 188_880;

	/**
	 * The real Thurrock (E06000034) with a margin: no synthetic area comes near it, so
	 * the app can import it into the same database.
	 */
	static final double[] THURROCK_HOLE = { 553_000, 172_000, 582_000, 194_000 };

	/** England's coast and Welsh and Scottish borders, coarsely, EPSG:27700 metres. */
	private static final double[] OUTLINE = { 400000, 655000, 437000, 570000, 490000, 510000, 525000, 470000, 540000,
			410000, 557000, 363000, 550000, 340000, 567000, 341000, 621000, 342000, 652000, 307000, 655000, 293000,
			630000, 235000, 617000, 215000, 590000, 195000, 600000, 180000, 635000, 170000, 632000, 141000, 609000,
			117000, 559000, 96000, 531000, 103000, 485000, 93000, 464000, 98000, 410000, 90000, 368000, 70000, 300000,
			80000, 282000, 37000, 248000, 53000, 170000, 12000, 135000, 25000, 181000, 62000, 223000, 125000, 297000,
			147000, 335000, 180000, 353000, 193000, 350000, 213000, 323000, 242000, 328000, 272000, 326000, 306000,
			329000, 330000, 340000, 366000, 325000, 390000, 330000, 400000, 335000, 418000, 330000, 436000, 343000,
			465000, 320000, 470000, 296000, 512000, 303000, 537000, 330000, 562000, 332000, 568000, 365000, 595000,
			370000, 607000, 385000, 640000, 400000, 655000 };

	/** Urban areas: easting, northing, residents (approximate, 2021). */
	private static final double[][] CITIES = { { 530000, 180000, 9_000_000 }, { 407000, 287000, 2_600_000 },
			{ 384000, 398000, 2_500_000 }, { 430000, 433000, 1_800_000 }, { 335000, 390000, 900_000 },
			{ 425000, 564000, 800_000 }, { 435000, 387000, 700_000 }, { 457000, 340000, 750_000 },
			{ 359000, 173000, 700_000 }, { 458000, 304000, 550_000 }, { 464000, 101000, 450_000 },
			{ 442000, 112000, 500_000 }, { 531000, 105000, 500_000 }, { 409000, 92000, 450_000 },
			{ 471000, 173000, 350_000 }, { 433000, 279000, 400_000 }, { 388000, 347000, 400_000 },
			{ 509000, 430000, 300_000 }, { 248000, 56000, 260_000 }, { 435000, 336000, 260_000 },
			{ 439000, 557000, 300_000 }, { 450000, 520000, 400_000 }, { 354000, 429000, 350_000 },
			{ 331000, 436000, 240_000 }, { 623000, 308000, 200_000 }, { 545000, 258000, 150_000 },
			{ 451000, 206000, 160_000 }, { 485000, 238000, 250_000 }, { 475000, 260000, 220_000 },
			{ 519000, 298000, 200_000 }, { 292000, 92000, 130_000 }, { 388000, 220000, 250_000 },
			{ 460000, 452000, 150_000 }, { 616000, 244000, 150_000 }, { 415000, 185000, 180_000 },
			{ 509000, 221000, 250_000 }, { 588000, 186000, 300_000 } };

	private static final double URBAN_SHARE = 0.55;

	private static final double TOWN_SHARE = 0.27;

	private static final int TOWNS = 320;

	/** One small area's generating point and counts. */
	record Area(int id, double x, double y, int residents, int residents65Plus, int imdDecile) {
	}

	private final GeometryFactory factory = new GeometryFactory();

	private final Geometry outline;

	private final PreparedGeometry land;

	SyntheticEngland() {
		Coordinate[] ring = new Coordinate[OUTLINE.length / 2];
		for (int i = 0; i < ring.length; i++) {
			ring[i] = new Coordinate(OUTLINE[2 * i], OUTLINE[2 * i + 1]);
		}
		Geometry hole = factory.toGeometry(new org.locationtech.jts.geom.Envelope(THURROCK_HOLE[0], THURROCK_HOLE[2],
				THURROCK_HOLE[1], THURROCK_HOLE[3]));
		this.outline = factory.createPolygon(ring).difference(hole);
		this.land = PreparedGeometryFactory.prepare(outline);
	}

	/** The land the small areas tile, as WKT in EPSG:27700. */
	String outlineWkt() {
		return outline.toText();
	}

	List<Area> areas(long seed, double scale) {
		int n = (int) Math.round(SMALL_AREAS * scale);
		SplittableRandom random = new SplittableRandom(seed);
		double[][] towns = towns(random);
		double[] x = new double[n];
		double[] y = new double[n];
		double[] urban = new double[n];
		Set<Long> taken = new HashSet<>();
		for (int i = 0; i < n; i++) {
			double[] p;
			do {
				// whole metres, and no two areas on one point (Voronoi would merge them)
				p = point(random, towns);
				p[0] = Math.round(p[0]);
				p[1] = Math.round(p[1]);
			}
			while (!taken.add((long) p[0] * 1_000_000L + (long) p[1]));
			x[i] = p[0];
			y[i] = p[1];
			urban[i] = p[2];
		}
		double[] deprivation = new double[n];
		double[] phase = { random.nextDouble() * 6.3, random.nextDouble() * 6.3, random.nextDouble() * 6.3 };
		for (int i = 0; i < n; i++) {
			// a smooth field (so deprived areas cluster) plus city cores plus noise
			deprivation[i] = Math.sin(x[i] / 23_000 + phase[0]) + Math.sin(y[i] / 31_000 + phase[1])
					+ Math.sin((x[i] + y[i]) / 9_000 + phase[2]) + 1.5 * urban[i] + random.nextGaussian();
		}
		int[] decile = deciles(deprivation);
		List<Area> areas = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int residents = (int) Math.max(100, Math.min(650, Math.round(300 + 60 * random.nextGaussian())));
			double olderShare = Math.max(0.02, Math.min(0.6, 0.245 - 0.09 * urban[i] + 0.05 * random.nextGaussian()));
			areas.add(new Area(i + 1, x[i], y[i], residents, (int) Math.round(residents * olderShare), decile[i]));
		}
		return areas;
	}

	/** x, y and how urban (1 city core … 0 rural) of one point on land. */
	private double[] point(SplittableRandom random, double[][] towns) {
		while (true) {
			double u = random.nextDouble();
			double[] p;
			if (u < URBAN_SHARE) {
				p = around(random, pick(random, CITIES));
			}
			else if (u < URBAN_SHARE + TOWN_SHARE) {
				p = around(random, pick(random, towns));
			}
			else {
				var e = outline.getEnvelopeInternal();
				p = new double[] { e.getMinX() + random.nextDouble() * e.getWidth(),
						e.getMinY() + random.nextDouble() * e.getHeight(), 0 };
			}
			if (land.contains(factory.createPoint(new Coordinate(p[0], p[1])))) {
				return p;
			}
		}
	}

	/**
	 * A Gaussian around a centre whose spread grows with its population: about 5,000
	 * residents per km² within one spread, as in Greater London.
	 */
	private static double[] around(SplittableRandom random, double[] centre) {
		double sigma = 1800 * Math.sqrt(centre[2] / 100_000);
		double dx = sigma * random.nextGaussian();
		double dy = sigma * random.nextGaussian();
		double r = Math.sqrt(dx * dx + dy * dy) / sigma;
		return new double[] { centre[0] + dx, centre[1] + dy, Math.max(0, 1 - r / 3) };
	}

	private static double[] pick(SplittableRandom random, double[][] places) {
		double total = Arrays.stream(places).mapToDouble(p -> p[2]).sum();
		double u = random.nextDouble() * total;
		for (double[] p : places) {
			u -= p[2];
			if (u <= 0) {
				return p;
			}
		}
		return places[places.length - 1];
	}

	private double[][] towns(SplittableRandom random) {
		double[][] towns = new double[TOWNS][];
		var e = outline.getEnvelopeInternal();
		for (int t = 0; t < TOWNS; t++) {
			double x;
			double y;
			do {
				x = e.getMinX() + random.nextDouble() * e.getWidth();
				y = e.getMinY() + random.nextDouble() * e.getHeight();
			}
			while (!land.contains(factory.createPoint(new Coordinate(x, y))));
			towns[t] = new double[] { x, y, 15_000 + random.nextDouble() * 110_000 };
		}
		return towns;
	}

	/** Decile 1 = the most deprived tenth by score, as IMD deciles are ranks. */
	private static int[] deciles(double[] score) {
		Integer[] order = new Integer[score.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
		int[] decile = new int[score.length];
		for (int rank = 0; rank < order.length; rank++) {
			decile[order[rank]] = 1 + (int) (10L * rank / order.length);
		}
		return decile;
	}

}
