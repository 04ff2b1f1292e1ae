package org.lacatlas.planning;

import java.util.List;

import org.lacatlas.disclosure.SuppressedCount;

/**
 * What a scenario achieves and costs, for side-by-side comparison. Covered means in the
 * patch of a post in post or proposed; for today ({@code id} null), in post only.
 *
 * @param id the scenario, or null for today's posts
 * @param needCovered need in covered areas (resident-equivalents, default weights)
 * @param needShare needCovered over the council's need, 0–1
 * @param coordinators posts in post or proposed (the posts the programme pays for)
 * @param yearlyCost those coordinators and a manager, pounds a year; null while the
 * council has not stated its costs
 * @param costPerCoveredResident pounds a year per covered resident, null when nobody is
 * covered or there is no cost
 * @param introductionsCovered introductions located in covered areas, through disclosure
 * control
 */
public record ScenarioFigures(Long id, String name, long residents, long residentsCovered, double share,
		long residents65Plus, long residents65PlusCovered, double share65Plus, double needCovered, double needShare,
		int coordinators, Long yearlyCost, Double costPerCoveredResident, SuppressedCount introductionsCovered,
		List<Patch> patches) {

	/** One post's patch and its population. */
	public record Patch(String name, String status, long residents, long residents65Plus) {
	}

}
