package org.lacatlas.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of disclosure control ({@code lacatlas.disclosure.*}).
 *
 * @param k the smallest count published as a number: counts from 1 to k−1 are shown as
 * "&lt;k", and published counts are multiples of k. At least 3; below that the app
 * refuses to start.
 */
@ConfigurationProperties("lacatlas.disclosure")
public record DisclosureProperties(@DefaultValue("5") int k) {

	public static final int MINIMUM_K = 3;

	public DisclosureProperties {
		if (k < MINIMUM_K) {
			throw new IllegalArgumentException("lacatlas.disclosure.k is " + k + ", but it must be at least "
					+ MINIMUM_K + ": smaller thresholds would publish counts of one or two people.");
		}
	}

}
