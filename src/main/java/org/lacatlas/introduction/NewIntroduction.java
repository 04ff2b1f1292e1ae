package org.lacatlas.introduction;

import java.time.LocalDate;
import java.util.List;

/**
 * One introduction as recorded: nothing about the person beyond these. Checked when made.
 *
 * @param date the day of the introduction
 * @param level support level: 1 (information, limited support) or 2 (longer-term)
 * @param needs one or more, no repeats, in {@link Need} order
 * @param workedWithOutOfArea the person lives in no coordinator's patch but was worked
 * with anyway
 */
public record NewIntroduction(LocalDate date, Source source, int level, AgeBand ageBand, List<Need> needs,
		CoarseLocation location, boolean workedWithOutOfArea) {

	/** Introductions recorded before this day are refused as mistyped. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	public NewIntroduction {
		if (date == null || source == null || ageBand == null || needs == null || location == null) {
			throw new IllegalArgumentException("date, source, ageBand, needs and a location are required");
		}
		if (date.isBefore(EARLIEST)) {
			throw new IllegalArgumentException("date must be in " + EARLIEST.getYear() + " or later");
		}
		if (level != 1 && level != 2) {
			throw new IllegalArgumentException("level must be 1 or 2");
		}
		if (needs.isEmpty() || needs.stream().distinct().count() != needs.size()) {
			throw new IllegalArgumentException("needs must name at least one need, each once");
		}
		needs = needs.stream().sorted().toList();
	}

}
