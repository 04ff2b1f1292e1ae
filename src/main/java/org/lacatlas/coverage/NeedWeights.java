package org.lacatlas.coverage;

/**
 * How a planner weighs need: residents, residents aged 65+, and deprivation. Each term is
 * scaled so that over the whole borough it sums to the borough's residents, so the
 * weights compare like with like.
 */
public record NeedWeights(double residents, double olderPeople, double deprivation) {

	public NeedWeights {
		if (residents < 0 || olderPeople < 0 || deprivation < 0 || residents + olderPeople + deprivation == 0) {
			throw new IllegalArgumentException("need weights must be zero or more, and not all zero");
		}
	}

	public static NeedWeights defaults() {
		return new NeedWeights(1, 1, 1);
	}

}
