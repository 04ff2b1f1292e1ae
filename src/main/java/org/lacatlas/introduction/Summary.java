package org.lacatlas.introduction;

import java.time.YearMonth;
import java.util.List;

import org.lacatlas.disclosure.SuppressedCount;

/**
 * Introductions in a period broken down one way, as published: every count has been
 * through disclosure control, and rates are worked out from the published counts.
 *
 * @param by ward, neighbourhood, patch, source, level, ageBand or need
 * @param synthetic whether any introduction counted is synthetic (demo data)
 * @param rows one per ward, neighbourhood, post or category, zeros included
 * @param total every introduction in the period (for needs, people, not mentions)
 */
public record Summary(String by, YearMonth from, YearMonth to, boolean synthetic, Disclosure disclosure, List<Row> rows,
		Row total) {

	/**
	 * @param introductions a number (0 or a multiple of k) or "&lt;k"
	 * @param residents Census 2021 residents, for areas only
	 * @param ratePer1000 introductions per 1,000 residents from the published count;
	 * absent when suppressed or not an area
	 */
	public record Row(String key, String label, String status, SuppressedCount introductions, boolean suppressed,
			Long residents, Double ratePer1000) {
	}

	/** How the figures were protected, for pages to say. */
	public record Disclosure(int k, int roundedTo, String method) {
	}

}
