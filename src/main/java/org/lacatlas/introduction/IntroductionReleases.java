package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly releases: a month's figures are made once, {@code releaseAfterDays} after it
 * ends, and never change. Nothing of a month is published before its release, and an
 * introduction recorded after its month was released counts under the first month not yet
 * released, so no published figure ever moves.
 */
@Service
public class IntroductionReleases {

	/** What is released: the months figures can be asked for. */
	public record State(YearMonth first, YearMonth latest, YearMonth mappedFrom, int releaseAfterDays) {
	}

	private final ReleaseRepository releases;

	private final IntroductionProperties properties;

	IntroductionReleases(ReleaseRepository releases, IntroductionProperties properties) {
		this.releases = releases;
		this.properties = properties;
	}

	/**
	 * The last month closed on {@code today}: a month closes {@code releaseAfterDays}
	 * after its last day.
	 */
	public YearMonth lastClosed(LocalDate today) {
		return YearMonth.from(today.minusDays(properties.releaseAfterDays())).minusMonths(1);
	}

	/**
	 * Releases every month of the council closed on {@code today} and not yet released,
	 * from its first introduction's month. A council with no introduction has nothing to
	 * release (and nothing is published for it): its first introduction starts its
	 * releases, at its own month. The scheduler calls this with today's date; a test may
	 * call it with a later one.
	 * @return how many months were released
	 */
	@Transactional
	public int releaseDue(String authority, LocalDate today) {
		releases.lockAlone(authority);
		YearMonth last = lastClosed(today);
		Optional<YearMonth> first = releases.latest(authority)
			.map(m -> m.plusMonths(1))
			.or(() -> releases.earliestCounted(authority));
		return first.filter(m -> !m.isAfter(last)).map(m -> releases.release(authority, m, last)).orElse(0);
	}

	/** What has been released, or empty when nothing has yet. */
	@Transactional(readOnly = true)
	public Optional<State> state(String authority) {
		return releases.state(authority, properties.releaseAfterDays());
	}

	/**
	 * What the council's published figures were made from
	 * ({@link ReleaseRepository#stamp}).
	 */
	String stamp(String authority) {
		return releases.stamp(authority);
	}

	/**
	 * The months a summary (or, with {@code mapped}, a density map) may be asked for:
	 * released ones; for a map, also still held. Missing {@code to} is the latest
	 * release, missing {@code from} eleven months before {@code to}.
	 * @throws IllegalArgumentException naming what is not released (or no longer held)
	 */
	Period period(String authority, String from, String to, boolean mapped) {
		State state = state(authority).orElseThrow(
				() -> new IllegalArgumentException("No month's figures have been released yet: a month is released "
						+ properties.releaseAfterDays() + " days after it ends."));
		Period period = Period.parse(from, to, state.latest());
		if (period.to().isAfter(state.latest())) {
			throw new IllegalArgumentException("Figures for " + period.to() + " are not released yet: the latest "
					+ "release is " + state.latest() + ". A month is released " + state.releaseAfterDays()
					+ " days after it ends, and its figures never change after that.");
		}
		if (mapped && state.mappedFrom() != null && period.from().isBefore(state.mappedFrom())) {
			throw new IllegalArgumentException("Introductions before " + state.mappedFrom() + " are no longer held "
					+ "(the council keeps them for " + IntroductionRetention.describe(properties.retention())
					+ "), so they " + "cannot be mapped; their released figures are still in the summaries.");
		}
		return period;
	}

}
