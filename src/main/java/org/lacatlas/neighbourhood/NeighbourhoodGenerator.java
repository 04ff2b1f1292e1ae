package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.neighbourhood.partition.AreaGraph;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.BandCount;
import org.lacatlas.neighbourhood.partition.BandDiagnosis;
import org.lacatlas.neighbourhood.partition.BandedPartitioner;
import org.lacatlas.neighbourhood.partition.CompactPartition;
import org.lacatlas.neighbourhood.partition.Partition;

import org.springframework.stereotype.Service;

/**
 * Proposes neighbourhoods for a council's small areas — all of them, or those outside the
 * neighbourhoods the planner keeps. {@link BandedPartitioner} (wards are the groups it
 * avoids cutting) gives a first partition; {@link CompactPartition} then runs CP-SAT from
 * it within the time limit, keeps the more compact answer and proves a lower bound on the
 * compactness any partition can reach. A band that cannot work is refused with its causes
 * and the nearest band that passes ({@link ImpossibleBandException}).
 */
@Service
public class NeighbourhoodGenerator {

	private static final int RESTARTS = 6;

	private final NeighbourhoodPlans plans;

	private final Proposals proposals;

	private final SolverLimits limits;

	NeighbourhoodGenerator(NeighbourhoodPlans plans, Proposals proposals, SolverLimits limits) {
		this.plans = plans;
		this.proposals = proposals;
		this.limits = limits;
	}

	/**
	 * The heuristic's partition alone, reproducible for a seed (the demo's plan is made
	 * this way at start-up); its compactness is reported without a bound.
	 */
	public Proposal generate(String authority, long seed, List<Long> keep, int minResidents, int maxResidents) {
		return generate(authority, seed, keep, minResidents, maxResidents, null, false);
	}

	/**
	 * @param timeLimitMillis the solver's limit (null: the configured default)
	 * @throws IllegalArgumentException for a band that is not 0 < min ≤ max, or an
	 * unknown kept neighbourhood
	 * @throws ImpossibleBandException when no partition of the free areas fits the band
	 */
	public Proposal generate(String authority, long seed, List<Long> keep, int minResidents, int maxResidents,
			Long timeLimitMillis) {
		return generate(authority, seed, keep, minResidents, maxResidents, timeLimitMillis, true);
	}

	private Proposal generate(String authority, long seed, List<Long> keep, int minResidents, int maxResidents,
			Long timeLimitMillis, boolean prove) {
		Band band = new Band(minResidents, maxResidents);
		SmallAreaGraph graph = plans.graph(authority);
		List<NeighbourhoodPlans.Proposed> kept = kept(authority, keep);
		Set<String> taken = new HashSet<>();
		kept.forEach(p -> taken.addAll(p.smallAreas()));
		List<SmallAreaGraph.Area> free = graph.areas().stream().filter(a -> !taken.contains(a.code())).toList();
		AreaGraph areas = FreeAreas.graph(graph, free);
		List<String> codes = FreeAreas.codes(free);
		BandDiagnosis.Verdict verdict = BandDiagnosis.of(areas, band);
		if (!verdict.passes()) {
			throw ImpossibleBandException.of("No neighbourhoods of " + band.min() + "–" + band.max() + " fit:", verdict,
					codes);
		}
		Partition first = new BandedPartitioner(band, seed, RESTARTS).partition(areas);
		CompactPartition.Result best = prove
				? CompactPartition.solve(areas, band, first.feasible() ? first.region() : null, first.regions(),
						limits.settings(timeLimitMillis).seeded(seed))
				: CompactPartition.unproved(areas, first);
		if (best.region() == null) {
			throw notFound(band, first, areas, codes, best);
		}
		List<List<String>> groups = new ArrayList<>();
		for (int r = 0; r < best.regions(); r++) {
			groups.add(new ArrayList<>());
		}
		for (int i = 0; i < free.size(); i++) {
			groups.get(best.region()[i]).add(codes.get(i));
		}
		groups.removeIf(List::isEmpty);
		return proposals.of(graph, band, kept, groups, Proposal.Solution.of(best.proof()), null);
	}

	private static ImpossibleBandException notFound(Band band, Partition first, AreaGraph areas, List<String> codes,
			CompactPartition.Result best) {
		List<ImpossibleBandException.Cause> causes = first.problems()
			.stream()
			.map(p -> new ImpossibleBandException.Cause("no contiguous split found",
					java.util.Arrays.stream(p.areas()).mapToObj(codes::get).toList(),
					java.util.Arrays.stream(p.areas()).mapToLong(i -> areas.residents()[i]).sum(), p.reason()))
			.toList();
		String why = best.proof().solver().startsWith("CP-SAT proved") ? "the solver proved that none exists"
				: "neither the heuristic nor the solver found one in the time allowed";
		return new ImpossibleBandException("No contiguous neighbourhoods of " + band.min() + "–" + band.max()
				+ " were found for the areas outside the kept ones: " + why + ".", causes, null);
	}

	/**
	 * How many neighbourhoods each band would give the council's small areas, so a
	 * planner can choose a band before generating.
	 * @throws IllegalArgumentException for a band that is not 0 < min ≤ max
	 */
	public BandCount count(String authority, int minResidents, int maxResidents) {
		SmallAreaGraph graph = plans.graph(authority);
		return BandCount.of(FreeAreas.graph(graph, graph.areas()), new Band(minResidents, maxResidents));
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

}
