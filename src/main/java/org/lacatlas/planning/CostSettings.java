package org.lacatlas.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the programme costs a year ({@code lacatlas.planning.*}), in pounds. Thurrock's
 * proposal: a coordinator about £40,000; 8 coordinators and a manager about £380,000, so
 * a manager about £60,000.
 */
@ConfigurationProperties("lacatlas.planning")
public record CostSettings(@DefaultValue("40000") long coordinatorCost, @DefaultValue("60000") long managerCost) {

	/** Yearly cost of {@code coordinators} posts and one manager. */
	public long yearly(int coordinators) {
		return coordinators * coordinatorCost + (coordinators > 0 ? managerCost : 0);
	}

}
