package org.lacatlas.neighbourhood;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Names and outlines for groups of small areas that are not (yet) saved neighbourhoods,
 * e.g. patches a planner is considering.
 */
@Service
public class AreaGroups {

	private final PlanRepository repository;

	AreaGroups(PlanRepository repository) {
		this.repository = repository;
	}

	/** A distinct suggested name per group: its town, else its main ward. */
	public List<String> names(List<List<String>> groups) {
		return Names.distinct(repository.suggestNames(groups));
	}

	/** Each group's outline as WGS84 GeoJSON geometry text. */
	public List<String> outlines(List<List<String>> groups) {
		return repository.outlines(groups).stream().map(PlanRepository.Outline::geoJson).toList();
	}

}
