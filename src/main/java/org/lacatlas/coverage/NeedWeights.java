package org.lacatlas.coverage;

/**
 * How a planner weighs need: residents, residents aged 65+, deprivation, and scarcity of
 * community assets. Each term is scaled so that over the whole borough it sums to the
 * borough's residents, so the weights compare like with like. Introductions are
 * deliberately not a term: a need score built from raw counts of people would let a
 * planner read small counts back out through the weights.
 */
public record NeedWeights(double residents, double olderPeople, double deprivation, double assetScarcity) {

	public NeedWeights {
		if (residents < 0 || olderPeople < 0 || deprivation < 0 || assetScarcity < 0
				|| residents + olderPeople + deprivation + assetScarcity == 0) {
			throw new IllegalArgumentException("need weights must be zero or more, and not all zero");
		}
	}

	public static NeedWeights defaults() {
		return new NeedWeights(1, 1, 1, 0);
	}

}
