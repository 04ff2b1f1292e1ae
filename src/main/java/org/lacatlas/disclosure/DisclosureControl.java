package org.lacatlas.disclosure;

import java.security.SecureRandom;

import org.springframework.stereotype.Service;

/**
 * Turns raw counts into publishable ones. Every module that shows counts of people calls
 * this, once per published cell, with the cell's raw count and its <em>cell key</em>: the
 * sum of the {@link #newRecordKey() record keys} of the records counted in it.
 * <ul>
 * <li>0 (or less than half, which only apportioned counts can be) is published as 0.</li>
 * <li>From a half up to, not including, k is suppressed ("&lt;k").</li>
 * <li>Anything else is rounded to a multiple of k, up with probability (remainder / k),
 * the "random" draw being the cell key. The same records always give the same key, so a
 * cell asked for twice, or the same people reached through another table, always round
 * the same way; they cannot be averaged away. Rounding is unbiased, never goes below k,
 * and leaves multiples of k unchanged.</li>
 * </ul>
 * Because every published figure is 0 or a multiple of k, any sum or difference of
 * published figures is a multiple of k too, and cannot reveal a count from 1 to k−1.
 * Counts may be fractional (introductions apportioned to areas); they follow the same
 * rules.
 */
@Service
public class DisclosureControl {

	/** Record keys are drawn from 0 to {@code RECORD_KEY_SPACE − 1}. */
	public static final int RECORD_KEY_SPACE = 1 << 20;

	/**
	 * Raw counts below half an introduction are published as 0, as ordinary rounding
	 * would: they are the thin edges of introductions apportioned over several areas, not
	 * people.
	 */
	static final double CRUMB = 0.5;

	private final SecureRandom random = new SecureRandom();

	private final int k;

	DisclosureControl(DisclosureProperties properties) {
		this.k = properties.k();
	}

	public int k() {
		return k;
	}

	/** A fresh random record key, stored with each record when it is made. */
	public int newRecordKey() {
		return random.nextInt(RECORD_KEY_SPACE);
	}

	/**
	 * The published form of a count.
	 * @param count the raw count (possibly fractional, never negative)
	 * @param cellKey sum of the record keys of the records in the cell
	 */
	public SuppressedCount count(double count, long cellKey) {
		if (count < 0 || Double.isNaN(count)) {
			throw new IllegalArgumentException("A count cannot be negative: " + count);
		}
		if (count < CRUMB) {
			return SuppressedCount.of(0, k);
		}
		double n = Math.round(count * 1e6) / 1e6;
		if (n < k) {
			return SuppressedCount.suppressed(k);
		}
		long down = (long) Math.floor(n / k) * k;
		double remainder = n - down;
		double draw = Math.floorMod(cellKey, RECORD_KEY_SPACE) / (double) RECORD_KEY_SPACE;
		return SuppressedCount.of(draw < remainder / k ? down + k : down, k);
	}

	/**
	 * Per 1,000 residents to 2 decimals, from the published count only (so it tells no
	 * more than the count); null when the count is suppressed or there are no residents.
	 */
	public Double ratePer1000(SuppressedCount count, double residents) {
		if (count.isSuppressed() || residents < 1) {
			return null;
		}
		return Math.round(count.value() * 100_000.0 / residents) / 100.0;
	}

	/** The method in a sentence, for answers and pages. */
	public String method() {
		return "Counts from 1 to " + (k - 1) + " are shown as <" + k
				+ "; every other count is rounded to a multiple of " + k
				+ " (0 stays 0), the same way every time, so no sum or difference of published figures can reveal a small count.";
	}

}
