package org.lacatlas.planning;

import java.util.Locale;

import org.lacatlas.council.Council;

/**
 * A plan request that makes sense, or the reason it does not: never a plan for more
 * coordinators than there are small areas, a band whose lower end is above its upper, or
 * weights that are not ordinary non-negative numbers (NaN and infinity would make every
 * need 0).
 */
final class PlanChecks {

	/**
	 * Above this a weight says nothing a smaller one would not (weights are relative).
	 */
	static final double MAX_WEIGHT = 1000;

	private PlanChecks() {
	}

	/**
	 * @throws IllegalArgumentException saying what is wrong
	 */
	static void check(PlanRequest r, int coordinators, int min, int max, int areas) {
		if (coordinators > areas && r.coordinators() == null) {
			throw new IllegalArgumentException(String.format(Locale.UK,
					"The budget pays for %,d new coordinators, more than the %,d small areas patches are made of: ask for less.",
					coordinators, areas));
		}
		if (coordinators > areas) {
			throw new IllegalArgumentException("coordinators must be at most " + areas
					+ ", the number of small areas a patch can be made of; " + coordinators + " asked.");
		}
		if (r.budget() != null && r.budget() < 0) {
			throw new IllegalArgumentException("budget must be 0 or more pounds a year.");
		}
		if (min < 1 || max < 1 || min > max || max > 10_000_000) {
			throw new IllegalArgumentException(
					"The band must be 1 ≤ minResidents ≤ maxResidents ≤ 10,000,000; got " + min + "–" + max + ".");
		}
		weight("weightResidents", r.weightResidents());
		weight("weightOlderPeople", r.weightOlderPeople());
		weight("weightDeprivation", r.weightDeprivation());
		weight("weightAssetScarcity", r.weightAssetScarcity());
		if (r.timeLimitMillis() != null && (r.timeLimitMillis() < 1 || r.timeLimitMillis() > 600_000)) {
			throw new IllegalArgumentException("timeLimitMillis must be 1 to 600,000 (ten minutes).");
		}
	}

	private static void weight(String name, Double value) {
		if (value != null && (!Double.isFinite(value) || value < 0 || value > MAX_WEIGHT)) {
			throw new IllegalArgumentException(name + " must be a number from 0 to " + (int) MAX_WEIGHT + ".");
		}
	}

	/**
	 * The most new coordinators whose added yearly cost (a manager's too, when nobody is
	 * in post yet) fits {@code budget} pounds a year, {@code inPost} coordinators being
	 * in post today.
	 */
	static int affordable(Council council, long budget, int inPost) {
		if (council.coordinatorCost() == null || council.coordinatorCost() == 0) {
			throw new IllegalArgumentException("Planning within a budget needs the cost of a coordinator: "
					+ "the council's administrator sets it in the council's settings.");
		}
		if (budget < 0) {
			throw new IllegalArgumentException("budget must be 0 or more pounds a year.");
		}
		long today = council.yearlyCost(inPost).orElseThrow();
		int n = (int) Math.min(Integer.MAX_VALUE / 2, budget / council.coordinatorCost());
		while (n > 0 && council.yearlyCost(inPost + n).orElseThrow() - today > budget) {
			n--;
		}
		if (n == 0) {
			long one = council.yearlyCost(inPost + 1).orElseThrow() - today;
			throw new IllegalArgumentException(String.format(Locale.UK,
					"A budget of £%,d a year does not pay for one more coordinator (£%,d a year).", budget, one));
		}
		return n;
	}

}
