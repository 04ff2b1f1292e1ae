package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention rule: introductions are deleted once the month they were released in is
 * older than {@code lacatlas.introduction.retention} (6 years by default). Their released
 * figures stay, folded in the release's aggregates, so no published summary, coverage or
 * gap figure changes; only maps of those months can no longer be drawn. Introductions not
 * yet released are never deleted.
 */
@Component
class IntroductionRetention {

	private final ReleaseRepository releases;

	private final IntroductionProperties properties;

	IntroductionRetention(ReleaseRepository releases, IntroductionProperties properties) {
		this.releases = releases;
		this.properties = properties;
	}

	/** The first month whose introductions are kept on {@code today}. */
	YearMonth keptFrom(LocalDate today) {
		return YearMonth.from(today.minus(properties.retention()));
	}

	/**
	 * Deletes the council's introductions released before {@link #keptFrom}.
	 * @return how many were deleted
	 */
	@Transactional
	int apply(String authority, LocalDate today) {
		releases.lockAlone(authority);
		return releases.deleteReleasedBefore(authority, keptFrom(today));
	}

	/** "6 years", "18 months": a retention period as a person says it. */
	static String describe(java.time.Period retention) {
		long months = retention.toTotalMonths();
		if (months == 0) {
			return retention.getDays() + " days";
		}
		return months % 12 == 0 ? months / 12 + (months == 12 ? " year" : " years") : months + " months";
	}

}
