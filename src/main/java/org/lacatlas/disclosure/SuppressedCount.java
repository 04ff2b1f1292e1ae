package org.lacatlas.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count of people as it may be published: 0, a number of at least k, or suppressed. It
 * cannot hold a number from 1 to k−1: the constructor refuses one, and {@link #of} turns
 * one into the suppressed value. In JSON it is a number or the string {@code "<k"}.
 *
 * @param value the published number, or null when suppressed
 * @param k the threshold it was published under (at least 3)
 */
public record SuppressedCount(Long value, int k) {

	public SuppressedCount {
		if (k < DisclosureProperties.MINIMUM_K) {
			throw new IllegalArgumentException("k must be at least " + DisclosureProperties.MINIMUM_K + ", not " + k);
		}
		if (value != null && (value < 0 || (value > 0 && value < k))) {
			throw new IllegalArgumentException(value + " is below k = " + k + " and may not be published");
		}
	}

	/** {@code n} as published under threshold {@code k}: suppressed when 1 ≤ n ≤ k−1. */
	public static SuppressedCount of(long n, int k) {
		if (n < 0) {
			throw new IllegalArgumentException("A count cannot be negative: " + n);
		}
		return new SuppressedCount(n > 0 && n < k ? null : n, k);
	}

	/** A count known only to lie between 1 and k−1. */
	public static SuppressedCount suppressed(int k) {
		return new SuppressedCount(null, k);
	}

	public boolean isSuppressed() {
		return value == null;
	}

	/** As a person reads it: the number, or "&lt;k". Also the CSV form. */
	public String text() {
		return value == null ? "<" + k : Long.toString(value);
	}

	@JsonValue
	Object json() {
		return value == null ? text() : value;
	}

	@Override
	public String toString() {
		return text();
	}

}
