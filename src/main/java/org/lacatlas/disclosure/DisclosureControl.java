package org.lacatlas.disclosure;

import java.security.SecureRandom;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Turns raw counts into publishable ones. Every module that shows counts of people calls
 * this, once per published cell, with the cell's raw count, its <em>cell key</em> (the
 * sum of the {@link #newRecordKey() record keys} of the records counted in it) and the
 * most records in it made by any one person.
 * <ul>
 * <li>0 is published as 0: counts are of whole records, so nothing positive is 0.</li>
 * <li>From 1 to k−1 is suppressed ("&lt;k").</li>
 * <li>So is a count from k to 2k − 2 made of two parts, each from 1 to k − 1: what one
 * person recorded (the most anyone did) and what everyone else did. That person, knowing
 * their own, would otherwise learn from whether the count crossed k how many the others
 * hold (adding 4 to others' 2 and seeing 5, say). Suppressed, the cell tells anyone who
 * recorded fewer than k of it nothing about the others unless they number k or more;
 * whoever recorded k or more of it cannot move it across the threshold at all.</li>
 * <li>Anything else is rounded to a multiple of k, up with probability (remainder / k),
 * the "random" draw being the cell key. The same records always give the same key, so a
 * cell asked for twice, or the same people reached through another table, always round
 * the same way; they cannot be averaged away. Rounding is unbiased, never goes below k,
 * and leaves multiples of k unchanged.</li>
 * </ul>
 * Because every published figure is 0 or a multiple of k, any sum or difference of
 * published figures is a multiple of k too. {@link #protect} then looks at a table as a
 * whole: where its parts, each at least 1 when "&lt;k", would pin its small parts against
 * its total, every small part is shown as "&lt;k", zeros included.
 */
@Service
public class DisclosureControl {

	/** Record keys are drawn from 0 to {@code RECORD_KEY_SPACE − 1}. */
	public static final int RECORD_KEY_SPACE = 1 << 20;

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
	 * @param count the raw count of whole records
	 * @param cellKey sum of the record keys of the records in the cell
	 * @param byOnePerson the most records in the cell recorded by any one person (0 to
	 * count)
	 */
	public SuppressedCount count(long count, long cellKey, long byOnePerson) {
		if (count < 0 || byOnePerson < 0 || byOnePerson > count) {
			throw new IllegalArgumentException(
					"A count cannot be negative, nor one person's part exceed it: " + count + ", " + byOnePerson);
		}
		long others = count - byOnePerson;
		if (count == 0) {
			return SuppressedCount.of(0, k);
		}
		if (count < k || (byOnePerson < k && others > 0 && others < k)) {
			return SuppressedCount.suppressed(k);
		}
		long down = count / k * k;
		long remainder = count - down;
		double draw = Math.floorMod(cellKey, RECORD_KEY_SPACE) / (double) RECORD_KEY_SPACE;
		return SuppressedCount.of(draw < (double) remainder / k ? down + k : down, k);
	}

	/**
	 * A table's parts as they may be published beside its whole: unchanged, unless the
	 * least the parts can hold (1 for each "&lt;k", the bottom of each rounded figure's
	 * range) comes within k − 1 of the most the whole can hold. Then a "&lt;k" part could
	 * be narrowed, or counted exactly, so every part below k — zeros too — is published
	 * as "&lt;k". Decided from published figures only, so the decision tells nothing
	 * more.
	 * @param whole the published figure the parts add up to (or exceed no more than)
	 * @param parts published figures of disjoint parts of the whole
	 */
	public List<SuppressedCount> protect(SuppressedCount whole, List<SuppressedCount> parts) {
		return protect(most(whole), parts);
	}

	/**
	 * As {@link #protect(SuppressedCount, List)}, given the most the whole can hold.
	 */
	public List<SuppressedCount> protect(long most, List<SuppressedCount> parts) {
		long least = parts.stream().mapToLong(this::least).sum();
		if (most - least >= k - 1) {
			return parts;
		}
		return suppressSmall(parts);
	}

	/**
	 * A table's parts beside its whole where the parts overlap but together hold every
	 * record of it: needs, since an introduction has one or more. Such parts can add up
	 * to more than the whole, never to less, so they cannot be counted against it from
	 * above as {@link #protect} guards against; but from below they can. Where the most
	 * the parts can hold comes within k − 1 of the least the whole holds, a "&lt;k" part
	 * could be narrowed (two "&lt;k" needs beside a whole of at least 6 hold at least 2
	 * each), so every part below k, zeros too, is published as "&lt;k". Decided from
	 * published figures only.
	 * @param whole the published figure of the records the parts cover
	 * @param parts published figures of overlapping parts that together cover the whole
	 */
	public List<SuppressedCount> protectCovering(SuppressedCount whole, List<SuppressedCount> parts) {
		long most = parts.stream().mapToLong(this::most).sum();
		if (most - least(whole) >= k - 1) {
			return parts;
		}
		return suppressSmall(parts);
	}

	private List<SuppressedCount> suppressSmall(List<SuppressedCount> parts) {
		return parts.stream().map(p -> p.isSuppressed() || p.value() < k ? SuppressedCount.suppressed(k) : p).toList();
	}

	/**
	 * The most a published figure can stand for: k − 1 for "&lt;k" (as a reader would
	 * take it), else the top of its rounding range.
	 */
	public long most(SuppressedCount count) {
		if (count.isSuppressed()) {
			return k - 1;
		}
		return count.value() == 0 ? 0 : count.value() + k - 1;
	}

	/** The least a published figure can stand for. */
	public long least(SuppressedCount count) {
		if (count.isSuppressed()) {
			return 1;
		}
		return count.value() <= k ? count.value() : count.value() - k + 1;
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
		return "Figures come from monthly releases, made once when a month closes. Counts from 1 to " + (k - 1)
				+ " are shown as <" + k + ", and so is a count under " + 2 * k
				+ " that one person's records would lift to " + k
				+ " or more; every other count is rounded to a multiple of " + k
				+ " (0 stays 0), the same way every time, so no sum or difference of published figures can reveal a small count.";
	}

}
