package org.lacatlas.neighbourhood;

import org.lacatlas.neighbourhood.partition.SolverSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the exact solver may hold a request ({@code lacatlas.solver.*}): it stops at
 * the limit with the best answer and bound found so far.
 *
 * @param seconds default limit per request
 * @param maxSeconds the most a request may ask for ({@code timeLimitMillis}); at most 120
 * @param workers solver threads
 * @param maxAreas problems with more free small areas than this are left to the
 * heuristics alone
 */
@ConfigurationProperties("lacatlas.solver")
public record SolverLimits(@DefaultValue("10") double seconds, @DefaultValue("60") double maxSeconds,
		@DefaultValue("2") int workers, @DefaultValue("5000") int maxAreas) {

	public SolverLimits {
		if (!(seconds >= 0.1 && seconds <= maxSeconds && maxSeconds <= 120)) {
			throw new IllegalArgumentException(
					"lacatlas.solver.seconds must be 0.1 s up to lacatlas.solver.max-seconds, itself at most 120 s");
		}
		new SolverSettings(seconds, workers, maxAreas);
	}

	/**
	 * The settings for a request that asked for {@code millis} (null: the default),
	 * capped at the maximum.
	 */
	public SolverSettings settings(Long millis) {
		double asked = millis == null ? seconds : Math.max(0.1, millis / 1000.0);
		return new SolverSettings(Math.min(asked, maxSeconds), workers, maxAreas);
	}

}
