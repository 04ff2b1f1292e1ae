package org.lacatlas.neighbourhood.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a band cannot split a set of areas, and the nearest band that passes the same
 * checks. The checks are necessary for a split to exist: every area fits under the
 * maximum; every connected group has at least the minimum; and some whole number k of
 * parts fits each group's residents R (⌈R ÷ max⌉ ≤ ⌊R ÷ min⌋). A band passing them is not
 * yet proved to work, but every band failing one is proved not to.
 */
public final class BandDiagnosis {

	/** What makes the band impossible, and for which areas (indices). */
	public record Cause(String kind, int[] areas, long residents, String explanation) {
	}

	/** The causes found (empty when the band passes) and the nearest band that passes. */
	public record Verdict(List<Cause> causes, Band nearest) {

		public boolean passes() {
			return causes.isEmpty();
		}

	}

	private BandDiagnosis() {
	}

	public static Verdict of(AreaGraph g, Band band) {
		List<Cause> causes = new ArrayList<>();
		List<int[]> components = Components.of(g);
		long largest = 0;
		for (int i = 0; i < g.size(); i++) {
			largest = Math.max(largest, g.residents()[i]);
			if (g.residents()[i] > band.max()) {
				causes.add(new Cause("area above the maximum", new int[] { i }, g.residents()[i], "this area has "
						+ g.residents()[i] + " residents, more than the band's maximum of " + band.max()));
			}
		}
		long[] totals = components.stream().mapToLong(c -> residents(g, c)).toArray();
		for (int c = 0; c < components.size(); c++) {
			long r = totals[c];
			if (r < band.min()) {
				causes.add(new Cause("group below the minimum", components.get(c), r, "these areas are cut off from the"
						+ " others and have only " + r + " residents, fewer than the band's minimum of " + band.min()));
			}
			else if (ceilDiv(r, band.max()) > r / band.min()) {
				causes.add(new Cause("no number of parts fits", components.get(c), r,
						"these connected areas have " + r + " residents: " + (r / band.max())
								+ " parts would need more than " + band.max() + " each and " + ceilDiv(r, band.max())
								+ " fewer than " + band.min()));
			}
		}
		return new Verdict(causes, causes.isEmpty() ? band : nearest(band, largest, totals));
	}

	/**
	 * Scans maxima from the largest area up to three times the band's maximum; for each,
	 * the highest minimum every group allows is min over groups of ⌊R ÷ ⌈R ÷ max⌉⌋. Picks
	 * the band moving the two ends least, in total.
	 */
	static Band nearest(Band band, long largestArea, long[] totals) {
		Band best = null;
		long bestCost = Long.MAX_VALUE;
		long step = Math.max(1, band.max() / 1000);
		for (long hi = Math.max(1, largestArea); hi <= 3L * Math.max(band.max(), largestArea); hi += step) {
			long allowed = hi;
			for (long r : totals) {
				allowed = Math.min(allowed, r / ceilDiv(r, hi));
			}
			long lo = Math.min(band.min(), allowed);
			if (lo < 1) {
				continue;
			}
			long cost = Math.abs(hi - band.max()) + Math.abs(band.min() - lo);
			if (cost < bestCost) {
				bestCost = cost;
				best = new Band((int) lo, (int) hi);
			}
		}
		return best;
	}

	private static long residents(AreaGraph g, int[] areas) {
		return Arrays.stream(areas).mapToLong(i -> g.residents()[i]).sum();
	}

	static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}

}
