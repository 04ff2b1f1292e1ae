package org.lacatlas.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.coordinator.CoordinatorPosts;
import org.lacatlas.coordinator.PostStatus;
import org.lacatlas.council.Council;
import org.lacatlas.council.Councils;
import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.CoverageReports;
import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.geography.SmallAreaGraphs;
import org.lacatlas.neighbourhood.AreaGroups;
import org.lacatlas.neighbourhood.ImpossibleBandException;
import org.lacatlas.neighbourhood.SolverLimits;
import org.lacatlas.neighbourhood.partition.AreaGraph;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.BandDiagnosis;
import org.lacatlas.neighbourhood.partition.CompactPartition;
import org.lacatlas.neighbourhood.partition.FewestPatches;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What covering every resident takes: every existing post's patch kept, the rest of the
 * council split into the fewest contiguous patches inside the band
 * ({@link FewestPatches}, with a proved lower bound), what that costs a year, and the
 * coverage-against-cost curve from today to full. Nothing is saved.
 */
@Service
public class FullCoverage {

	private final CoverageReports coverage;

	private final SmallAreaGraphs graphs;

	private final CoordinatorPosts posts;

	private final Councils councils;

	private final SolverLimits limits;

	private final AreaGroups groups;

	FullCoverage(CoverageReports coverage, SmallAreaGraphs graphs, CoordinatorPosts posts, Councils councils,
			SolverLimits limits, AreaGroups groups) {
		this.groups = groups;
		this.coverage = coverage;
		this.graphs = graphs;
		this.posts = posts;
		this.councils = councils;
		this.limits = limits;
	}

	/**
	 * @throws IllegalArgumentException for a band that is not 0 < min ≤ max
	 * @throws ImpossibleBandException when the free areas cannot be split into the band
	 */
	@Transactional(readOnly = true)
	public FullCoverageAnswer of(String authority, Integer minResidents, Integer maxResidents, Long timeLimitMillis) {
		Council council = councils.get(authority);
		Band band = new Band(minResidents == null ? council.minResidents() : minResidents,
				maxResidents == null ? council.maxResidents() : maxResidents);
		List<AreaCoverage> areas = coverage.areas(authority);
		List<AreaCoverage> free = areas.stream().filter(a -> !a.hasPost()).toList();
		AreaGraph graph = graph(graphs.of(authority), free);
		List<String> codes = free.stream().map(AreaCoverage::code).toList();
		BandDiagnosis.Verdict verdict = BandDiagnosis.of(graph, band);
		if (!verdict.passes()) {
			throw ImpossibleBandException.of(
					"Full coverage with patches of " + band.min() + "–" + band.max() + " is impossible:", verdict,
					codes);
		}
		CompactPartition.Result split = new FewestPatches(band, 1).solve(graph, limits.settings(timeLimitMillis));
		if (split.region() == null) {
			throw new ImpossibleBandException(
					"No split of the areas outside today's patches into contiguous patches of " + band.min() + "–"
							+ band.max() + " was found (" + split.proof().solver() + ").",
					List.of(), null);
		}
		List<FullCoverageAnswer.Patch> patches = patches(free, split);
		int existing = posts.list(authority).size();
		int inPost = (int) posts.list(authority).stream().filter(p -> p.status() == PostStatus.IN_POST).count();
		return new FullCoverageAnswer(band.min(), band.max(), existing, patches.size(), existing + patches.size(),
				(long) split.proof().bound(), split.proof().optimal(), split.proof().solver(), cost(council, inPost),
				cost(council, existing + patches.size()), curve(council, areas, patches, inPost, existing), patches);
	}

	private List<FullCoverageAnswer.Patch> patches(List<AreaCoverage> free, CompactPartition.Result split) {
		Map<Integer, List<AreaCoverage>> byRegion = new HashMap<>();
		for (int i = 0; i < free.size(); i++) {
			byRegion.computeIfAbsent(split.region()[i], k -> new ArrayList<>()).add(free.get(i));
		}
		List<List<AreaCoverage>> ranked = byRegion.values()
			.stream()
			.sorted(Comparator.comparingLong((List<AreaCoverage> g) -> -residents(g))
				.thenComparing(g -> g.get(0).code()))
			.toList();
		List<List<String>> codes = ranked.stream()
			.map(g -> g.stream().map(AreaCoverage::code).sorted().toList())
			.toList();
		List<String> names = groups.names(codes);
		List<FullCoverageAnswer.Patch> patches = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			patches.add(new FullCoverageAnswer.Patch(i + 1, names.get(i), codes.get(i), residents(ranked.get(i))));
		}
		return patches;
	}

	/**
	 * Today; then every existing post filled; then the new patches added, most residents
	 * first, up to every resident.
	 */
	private static List<FullCoverageAnswer.Point> curve(Council council, List<AreaCoverage> areas,
			List<FullCoverageAnswer.Patch> patches, int inPost, int existing) {
		long all = residents(areas);
		long today = residents(areas.stream().filter(AreaCoverage::covered).toList());
		long posts = residents(areas.stream().filter(AreaCoverage::hasPost).toList());
		List<FullCoverageAnswer.Point> curve = new ArrayList<>();
		curve.add(point(council, 0, inPost, today, all));
		if (existing > inPost) {
			curve.add(point(council, 0, existing, posts, all));
		}
		long covered = posts;
		for (FullCoverageAnswer.Patch p : patches) {
			covered += p.residents();
			curve.add(point(council, p.rank(), existing + p.rank(), covered, all));
		}
		return curve;
	}

	private static FullCoverageAnswer.Point point(Council council, int added, int coordinators, long covered,
			long all) {
		return new FullCoverageAnswer.Point(added, coordinators, covered,
				all == 0 ? 0 : Math.round(1000.0 * covered / all) / 1000.0, cost(council, coordinators));
	}

	/** Null while the council has not stated its costs. */
	private static Long cost(Council council, int coordinators) {
		var cost = council.yearlyCost(coordinators);
		return cost.isPresent() ? cost.getAsLong() : null;
	}

	private static long residents(List<AreaCoverage> areas) {
		return areas.stream().mapToLong(AreaCoverage::residents).sum();
	}

	private static AreaGraph graph(SmallAreaGraph graph, List<AreaCoverage> free) {
		Map<String, SmallAreaGraph.Area> byCode = new HashMap<>();
		graph.areas().forEach(a -> byCode.put(a.code(), a));
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < free.size(); i++) {
			index.put(free.get(i).code(), i);
		}
		return AreaGraph.of(free.stream().map(a -> (int) a.residents()).toList(),
				free.stream().map(a -> new double[] { byCode.get(a.code()).x(), byCode.get(a.code()).y() }).toList(),
				free.stream().map(AreaCoverage::wardCode).toList(),
				free.stream()
					.map(a -> graph.neighboursOf(a.code())
						.stream()
						.filter(index::containsKey)
						.mapToInt(index::get)
						.toArray())
					.toList());
	}

}
