package org.lacatlas.introduction;

import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import org.lacatlas.disclosure.SuppressedCount;

/**
 * Introductions to each coordinator's patch, month by month, as published, against the
 * council's stated caseload.
 *
 * @param capacityPerYear people a coordinator can take on in a year, as the council says
 * (null: not stated, so no patch is flagged)
 * @param months the months of each patch's {@code perMonth}, in order
 */
public record Caseload(YearMonth from, YearMonth to, Integer capacityPerYear, String capacitySource,
		Summary.Disclosure disclosure, boolean synthetic, List<YearMonth> months, List<Patch> patches) {

	/**
	 * @param key the post's id
	 * @param total the whole period's published count (not the sum of the months: each is
	 * rounded and suppressed on its own)
	 * @param perMonthAverage the published total over the number of months; null when the
	 * total is suppressed
	 * @param shareOfCapacity the average as a share of a month's capacity (1.0 = full)
	 */
	public record Patch(String key, String label, String status, List<SuppressedCount> perMonth, SuppressedCount total,
			Double perMonthAverage, Double shareOfCapacity, Load load) {
	}

	/** How a patch stands against the capacity. */
	public enum Load {

		OVER("over capacity"), NEAR("near capacity"), WITHIN("within capacity"), NOT_KNOWN("too few to tell"),
		NO_CAPACITY_SET("no capacity set");

		private final String words;

		Load(String words) {
			this.words = words;
		}

		@JsonValue
		public String words() {
			return words;
		}

	}

}
