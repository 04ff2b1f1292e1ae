package org.lacatlas.neighbourhood.partition;

/** The residents a neighbourhood must have: {@code min} to {@code max} inclusive. */
public record Band(int min, int max) {

	public Band {
		if (min <= 0 || max < min) {
			throw new IllegalArgumentException("the band must be 0 < min ≤ max, not " + min + "–" + max);
		}
	}

	public boolean contains(long residents) {
		return residents >= min && residents <= max;
	}

	/** How far outside the band, in residents; 0 inside. */
	long shortfall(long residents) {
		return residents < min ? min - residents : Math.max(0, residents - max);
	}

}
