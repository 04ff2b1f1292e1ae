package org.lacatlas.introduction;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the introductions module ({@code lacatlas.introduction.*}).
 *
 * @param releaseAfterDays days after a month ends before its figures are released (and
 * frozen): introductions recorded late within those days still count in their own month
 * @param retention how long introductions are kept after the month they were released in
 * ({@code 6y} by default); older ones are deleted, their released figures kept
 */
@ConfigurationProperties("lacatlas.introduction")
public record IntroductionProperties(@DefaultValue("7") int releaseAfterDays, @DefaultValue("6y") Period retention) {

	public IntroductionProperties {
		if (releaseAfterDays < 0 || releaseAfterDays > 27) {
			throw new IllegalArgumentException("lacatlas.introduction.release-after-days is " + releaseAfterDays
					+ ", but it must be from 0 to 27: a month must be released before the next one ends.");
		}
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException(
					"lacatlas.introduction.retention must be a positive period such as 6y, not " + retention + ".");
		}
	}

}
