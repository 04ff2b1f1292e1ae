package org.lacatlas.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.coordinator.CoordinatorPosts;
import org.lacatlas.coordinator.PostStatus;
import org.lacatlas.council.Council;
import org.lacatlas.council.Councils;
import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.CoverageReports;
import org.lacatlas.coverage.NeedModel;
import org.lacatlas.coverage.NeedWeights;
import org.lacatlas.geography.SmallAreaGraphs;
import org.lacatlas.neighbourhood.AreaGroups;
import org.lacatlas.neighbourhood.ImpossibleBandException;
import org.lacatlas.neighbourhood.SolverLimits;
import org.lacatlas.planning.optimiser.PlacementDiagnosis;
import org.lacatlas.planning.optimiser.PlanningProblem;
import org.lacatlas.planning.optimiser.PlanningResult;
import org.lacatlas.planning.optimiser.ProvenExpansion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Plan N more": new patches for N coordinators that cover the most need, every existing
 * post's patch (in post, vacant or proposed) kept as it is. Nothing is saved.
 */
@Service
public class ExpansionPlanner {

	/** The heuristic's share of the time; the exact solver has the rest of the limit. */
	private static final long HEURISTIC_MILLIS = 1500;

	private final CoverageReports coverage;

	private final SmallAreaGraphs graphs;

	private final AreaGroups groups;

	private final CoordinatorPosts posts;

	private final Councils councils;

	private final SolverLimits limits;

	ExpansionPlanner(CoverageReports coverage, SmallAreaGraphs graphs, AreaGroups groups, CoordinatorPosts posts,
			Councils councils, SolverLimits limits) {
		this.limits = limits;
		this.coverage = coverage;
		this.graphs = graphs;
		this.groups = groups;
		this.posts = posts;
		this.councils = councils;
	}

	/**
	 * @throws IllegalArgumentException when the request makes no sense, with a message
	 * saying why
	 */
	@Transactional(readOnly = true)
	public ExpansionPlan plan(String authority, PlanRequest r) {
		long start = System.nanoTime();
		Council council = councils.get(authority);
		int n = coordinators(r, council);
		NeedWeights weights = new NeedWeights(or(r.weightResidents()), or(r.weightOlderPeople()),
				or(r.weightDeprivation()), r.weightAssetScarcity() == null ? 0 : r.weightAssetScarcity());
		int min = r.minResidents() == null ? council.minResidents() : r.minResidents();
		int max = r.maxResidents() == null ? council.maxResidents() : r.maxResidents();
		List<AreaCoverage> areas = coverage.areas(authority);
		PlanChecks.check(r, n, min, max, areas.size());
		Map<String, Double> need = NeedModel.needs(areas, weights);
		Chosen chosen = Boolean.TRUE.equals(r.fromNeighbourhoods()) ? fromNeighbourhoods(areas, need, n, min, max)
				: fromSmallAreas(authority, areas, need, n, min, max, r);
		List<String> names = groups.names(chosen.patches());
		List<String> outlines = groups.outlines(chosen.patches());
		Map<String, AreaCoverage> byCode = new HashMap<>();
		areas.forEach(a -> byCode.put(a.code(), a));
		List<PlannedPatch> patches = new ArrayList<>();
		for (int i = 0; i < chosen.patches().size(); i++) {
			List<String> codes = chosen.patches().get(i);
			double patchNeed = codes.stream().mapToDouble(need::get).sum();
			patches.add(new PlannedPatch(i + 1, names.get(i), codes,
					codes.stream().mapToLong(c -> byCode.get(c).residents()).sum(),
					codes.stream().mapToLong(c -> byCode.get(c).residents65Plus()).sum(), round(patchNeed),
					chosen.objective() == 0 ? 0 : round(patchNeed / chosen.objective()), outlines.get(i)));
		}
		return summary(council, n, areas, patches, chosen, start);
	}

	private record Chosen(List<List<String>> patches, double objective, double upperBound, boolean optimal,
			String boundBy) {
	}

	private Chosen fromSmallAreas(String authority, List<AreaCoverage> areas, Map<String, Double> need, int n, int min,
			int max, PlanRequest r) {
		PlanningProblem problem = ExpansionProblems.of(graphs.of(authority), areas, need, min, max, n);
		var settings = limits.settings(r.timeLimitMillis());
		PlanningResult result = new ProvenExpansion(r.seed() == null ? 1 : r.seed(),
				Math.min(HEURISTIC_MILLIS, (long) (settings.seconds() * 1000)), settings)
			.solve(problem);
		if (n > 0 && result.patches().isEmpty()) {
			throw ImpossibleBandException.of("No new patch of " + min + "–" + max + " residents fits:",
					PlacementDiagnosis.of(problem), areas.stream().map(AreaCoverage::code).toList());
		}
		List<List<String>> patches = result.patches()
			.stream()
			.map(p -> java.util.Arrays.stream(p).mapToObj(i -> areas.get(i).code()).sorted().toList())
			.toList();
		return new Chosen(patches, result.objective(), result.upperBound(), result.optimal(), result.boundBy());
	}

	/**
	 * Exact: the N neediest neighbourhoods without a post whose residents fit the band.
	 */
	private static Chosen fromNeighbourhoods(List<AreaCoverage> areas, Map<String, Double> need, int n, int min,
			int max) {
		Map<Long, List<String>> free = new LinkedHashMap<>();
		areas.stream()
			.filter(a -> a.neighbourhoodId() != null && !a.hasPost())
			.forEach(a -> free.computeIfAbsent(a.neighbourhoodId(), k -> new ArrayList<>()).add(a.code()));
		Map<String, Long> residents = new HashMap<>();
		areas.forEach(a -> residents.put(a.code(), a.residents()));
		List<List<String>> ranked = free.values().stream().filter(codes -> {
			long r = codes.stream().mapToLong(residents::get).sum();
			return r >= min && r <= max;
		})
			.sorted(Comparator.comparingDouble((List<String> codes) -> -codes.stream().mapToDouble(need::get).sum()))
			.limit(n)
			.toList();
		double objective = ranked.stream().flatMap(List::stream).mapToDouble(need::get).sum();
		return new Chosen(ranked, objective, objective, true, "every neighbourhood without a post compared");
	}

	private ExpansionPlan summary(Council council, int asked, List<AreaCoverage> areas, List<PlannedPatch> patches,
			Chosen chosen, long start) {
		long residents = areas.stream().mapToLong(AreaCoverage::residents).sum();
		long older = areas.stream().mapToLong(AreaCoverage::residents65Plus).sum();
		long coveredNow = areas.stream().filter(AreaCoverage::covered).mapToLong(AreaCoverage::residents).sum();
		long olderNow = areas.stream().filter(AreaCoverage::covered).mapToLong(AreaCoverage::residents65Plus).sum();
		long coveredAfter = coveredNow + patches.stream().mapToLong(PlannedPatch::residents).sum();
		long olderAfter = olderNow + patches.stream().mapToLong(PlannedPatch::residents65Plus).sum();
		int inPost = inPost(council);
		var cost = council.yearlyCost(inPost).isEmpty() ? null : cost(council, inPost, patches.size(), coveredAfter);
		double ratio = chosen.upperBound() == 0 ? 1 : chosen.objective() / chosen.upperBound();
		return new ExpansionPlan(asked, patches, round(chosen.objective()), round(chosen.upperBound()),
				Math.round(1000 * ratio) / 1000.0, chosen.optimal() ? 0 : Math.round(10000 * (1 - ratio)) / 10000.0,
				chosen.optimal(), chosen.boundBy(), asked - patches.size(),
				coverage(coveredNow, residents, olderNow, older), coverage(coveredAfter, residents, olderAfter, older),
				cost, (System.nanoTime() - start) / 1_000_000);
	}

	/** Null when the council has not stated its costs. */
	static ExpansionPlan.Cost cost(Council council, int inPost, int added, long coveredAfter) {
		long today = council.yearlyCost(inPost).orElseThrow();
		long total = council.yearlyCost(inPost + added).orElseThrow();
		return new ExpansionPlan.Cost(today, total - today, total,
				coveredAfter == 0 ? 0 : Math.round(100.0 * total / coveredAfter) / 100.0);
	}

	private int coordinators(PlanRequest r, Council council) {
		Integer n = r.coordinators() == null && r.budget() != null
				? Integer.valueOf(PlanChecks.affordable(council, r.budget(), inPost(council))) : r.coordinators();
		// a budget's number is checked against the council's areas (PlanChecks)
		if (n == null || n < 0 || (r.coordinators() != null && n > 1000)) {
			throw new IllegalArgumentException(
					"Say how many new coordinators ('coordinators', 0–1000) or the extra yearly 'budget' in pounds.");
		}
		return n;
	}

	private int inPost(Council council) {
		return (int) posts.list(council.code()).stream().filter(p -> p.status() == PostStatus.IN_POST).count();
	}

	static ExpansionPlan.Coverage coverage(long covered, long residents, long older, long olderTotal) {
		return new ExpansionPlan.Coverage(covered, residents == 0 ? 0 : round((double) covered / residents), older,
				olderTotal == 0 ? 0 : round((double) older / olderTotal));
	}

	private static double or(Double weight) {
		return weight == null ? 1 : weight;
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
