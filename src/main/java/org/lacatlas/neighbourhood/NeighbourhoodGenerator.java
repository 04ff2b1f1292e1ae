package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.neighbourhood.partition.AreaGraph;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.BandCount;
import org.lacatlas.neighbourhood.partition.BandedPartitioner;
import org.lacatlas.neighbourhood.partition.Partition;

import org.springframework.stereotype.Service;

/**
 * Proposes neighbourhoods for a council's small areas — all of them, or those outside the
 * neighbourhoods the planner keeps — with {@link BandedPartitioner}. Wards are the groups
 * it avoids cutting.
 */
@Service
public class NeighbourhoodGenerator {

	private static final int RESTARTS = 6;

	private final NeighbourhoodPlans plans;

	private final PlanRepository repository;

	NeighbourhoodGenerator(NeighbourhoodPlans plans, PlanRepository repository) {
		this.plans = plans;
		this.repository = repository;
	}

	/**
	 * A proposal: the neighbourhoods (kept ones first) and the areas that could not be
	 * placed, with why.
	 */
	public record Proposal(List<NeighbourhoodPlans.Proposed> neighbourhoods, List<String> outlines,
			List<NeighbourhoodSummary> summaries, List<Unplaced> unplaced) {

		public boolean feasible() {
			return unplaced.isEmpty() && summaries.stream().allMatch(NeighbourhoodSummary::valid);
		}

	}

	/** Small areas that could not be made into a valid neighbourhood, and the reason. */
	public record Unplaced(List<String> smallAreas, String reason) {
	}

	/**
	 * @throws IllegalArgumentException for a band that is not 0 < min ≤ max, or an
	 * unknown kept neighbourhood
	 */
	public Proposal generate(String authority, long seed, List<Long> keep, int minResidents, int maxResidents) {
		Band band = new Band(minResidents, maxResidents);
		SmallAreaGraph graph = plans.graph(authority);
		List<NeighbourhoodPlans.Proposed> proposed = new ArrayList<>(kept(authority, keep));
		Set<String> taken = new HashSet<>();
		proposed.forEach(p -> taken.addAll(p.smallAreas()));
		List<SmallAreaGraph.Area> free = graph.areas().stream().filter(a -> !taken.contains(a.code())).toList();
		Partition partition = new BandedPartitioner(band, seed, RESTARTS).partition(toAreaGraph(graph, free));
		List<List<String>> groups = new ArrayList<>();
		for (int r = 0; r < partition.regions(); r++) {
			groups.add(new ArrayList<>());
		}
		for (int i = 0; i < free.size(); i++) {
			if (partition.region()[i] >= 0) {
				groups.get(partition.region()[i]).add(free.get(i).code());
			}
		}
		groups.removeIf(List::isEmpty);
		List<String> names = Names.distinct(repository.suggestNames(groups));
		for (int g = 0; g < groups.size(); g++) {
			proposed.add(new NeighbourhoodPlans.Proposed(null, names.get(g), groups.get(g)));
		}
		List<Unplaced> unplaced = partition.problems()
			.stream()
			.filter(p -> java.util.Arrays.stream(p.areas()).allMatch(i -> partition.region()[i] < 0))
			.map(p -> new Unplaced(java.util.Arrays.stream(p.areas()).mapToObj(i -> free.get(i).code()).toList(),
					p.reason()))
			.toList();
		Verdicts verdicts = new Verdicts(graph);
		var outlines = repository.outlines(proposed.stream().map(NeighbourhoodPlans.Proposed::smallAreas).toList());
		List<NeighbourhoodSummary> summaries = new ArrayList<>();
		for (int i = 0; i < proposed.size(); i++) {
			var p = proposed.get(i);
			summaries.add(verdicts.summarise(p.id() == null ? 0 : p.id(), p.name(), p.smallAreas(), band.min(),
					band.max(), outlines.get(i).polsbyPopper()));
		}
		return new Proposal(proposed, outlines.stream().map(PlanRepository.Outline::geoJson).toList(), summaries,
				unplaced);
	}

	/**
	 * How many neighbourhoods each band would give the council's small areas, so a
	 * planner can choose a band before generating.
	 * @throws IllegalArgumentException for a band that is not 0 < min ≤ max
	 */
	public BandCount count(String authority, int minResidents, int maxResidents) {
		SmallAreaGraph graph = plans.graph(authority);
		return BandCount.of(toAreaGraph(graph, graph.areas()), new Band(minResidents, maxResidents));
	}

	private List<NeighbourhoodPlans.Proposed> kept(String authority, List<Long> keep) {
		if (keep.isEmpty()) {
			return List.of();
		}
		PlanView current = plans.current(authority)
			.orElseThrow(() -> new IllegalArgumentException("There is no saved plan to keep neighbourhoods from."));
		List<NeighbourhoodPlans.Proposed> kept = new ArrayList<>();
		for (long id : keep) {
			var n = current.neighbourhoods()
				.stream()
				.filter(s -> s.id() == id)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("There is no neighbourhood " + id + " to keep."));
			kept.add(new NeighbourhoodPlans.Proposed(n.id(), n.name(), n.smallAreas()));
		}
		return kept;
	}

	private static AreaGraph toAreaGraph(SmallAreaGraph graph, List<SmallAreaGraph.Area> free) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < free.size(); i++) {
			index.put(free.get(i).code(), i);
		}
		List<int[]> neighbours = free.stream()
			.map(a -> graph.neighboursOf(a.code()).stream().filter(index::containsKey).mapToInt(index::get).toArray())
			.toList();
		return AreaGraph.of(free.stream().map(SmallAreaGraph.Area::residents).toList(),
				free.stream().map(a -> new double[] { a.x(), a.y() }).toList(),
				free.stream().map(SmallAreaGraph.Area::wardCode).toList(), neighbours);
	}

}
