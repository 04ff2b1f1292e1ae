package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.List;

import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.neighbourhood.partition.Band;

import org.springframework.stereotype.Component;

/**
 * Turns groups of small areas into a {@link Proposal}: names for the new ones, outlines
 * from PostGIS and each neighbourhood's verdict against the band.
 */
@Component
class Proposals {

	private final PlanRepository repository;

	Proposals(PlanRepository repository) {
		this.repository = repository;
	}

	/**
	 * @param kept neighbourhoods kept as they are (or, for a repair, with their new
	 * areas)
	 * @param groups new neighbourhoods to name
	 */
	Proposal of(SmallAreaGraph graph, Band band, List<NeighbourhoodPlans.Proposed> kept, List<List<String>> groups,
			Proposal.Solution solution, Proposal.Churn churn) {
		List<NeighbourhoodPlans.Proposed> proposed = new ArrayList<>(kept);
		List<String> names = groups.isEmpty() ? List.of() : Names.distinct(repository.suggestNames(groups));
		for (int g = 0; g < groups.size(); g++) {
			proposed.add(new NeighbourhoodPlans.Proposed(null, names.get(g), groups.get(g)));
		}
		Verdicts verdicts = new Verdicts(graph);
		var outlines = repository.outlines(proposed.stream().map(NeighbourhoodPlans.Proposed::smallAreas).toList());
		List<NeighbourhoodSummary> summaries = new ArrayList<>();
		for (int i = 0; i < proposed.size(); i++) {
			var p = proposed.get(i);
			summaries.add(verdicts.summarise(p.id() == null ? 0 : p.id(), p.name(), p.smallAreas(), band.min(),
					band.max(), outlines.get(i).polsbyPopper()));
		}
		return new Proposal(proposed, outlines.stream().map(PlanRepository.Outline::geoJson).toList(), summaries,
				solution, churn, band.min(), band.max());
	}

}
