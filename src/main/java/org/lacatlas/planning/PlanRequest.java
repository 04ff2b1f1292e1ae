package org.lacatlas.planning;

/**
 * What a planner asks for. Give {@code coordinators} (new posts) or {@code budget} (extra
 * pounds a year, spent on whole coordinators); the band defaults to 8,000–12,000; need
 * weights default to 1 each (asset scarcity 0). {@code fromNeighbourhoods} chooses among
 * the saved plan's neighbourhoods that have no post, instead of building patches from
 * small areas.
 */
public record PlanRequest(Integer coordinators, Long budget, Double weightResidents, Double weightOlderPeople,
		Double weightDeprivation, Double weightAssetScarcity, Integer minResidents, Integer maxResidents,
		Boolean fromNeighbourhoods, Long seed, Long timeLimitMillis) {
}
