package org.lacatlas.planning;

import java.util.List;

/**
 * What a scenario achieves and costs, for side-by-side comparison. Covered means in the
 * patch of a post in post or proposed.
 *
 * @param id the scenario, or null for today's posts
 * @param needCovered need in covered areas (resident-equivalents, default weights)
 * @param needShare needCovered over the borough's need, 0–1
 * @param coordinators posts in post or proposed (the posts the programme pays for)
 * @param yearlyCost those coordinators and a manager, pounds a year
 * @param costPerCoveredResident pounds a year per covered resident, null when nobody is
 * covered
 * @param introductionsCovered where introductions covered will join once introductions
 * are recorded (issue 5); null until then
 */
public record ScenarioFigures(Long id, String name, long residents, long residentsCovered, double share,
		long residents65Plus, long residents65PlusCovered, double share65Plus, double needCovered, double needShare,
		int coordinators, long yearlyCost, Double costPerCoveredResident, Long introductionsCovered,
		List<Patch> patches) {

	/** One post's patch and its population. */
	public record Patch(String name, String status, long residents, long residents65Plus) {
	}

}
