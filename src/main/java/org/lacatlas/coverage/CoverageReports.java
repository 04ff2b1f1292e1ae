package org.lacatlas.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.geography.SmallAreaGraphs;
import org.lacatlas.introduction.AreaIntroductions;
import org.lacatlas.system.DataVersions.Topic;
import org.lacatlas.system.VersionedCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the borough, its wards and neighbourhoods, and the gaps between patches.
 */
@Service
public class CoverageReports {

	private final CoverageRepository coverage;

	private final SmallAreaGraphs graphs;

	private final CoverageLines lines;

	private final VersionedCache cache;

	CoverageReports(CoverageRepository coverage, SmallAreaGraphs graphs, CoverageLines lines, VersionedCache cache) {
		this.coverage = coverage;
		this.graphs = graphs;
		this.lines = lines;
		this.cache = cache;
	}

	/**
	 * Everything coverage is built from: it is kept under these data versions and built
	 * again after any change to them.
	 */
	private static final Topic[] INPUTS = Topic.values();

	/** Borough, wards (by best-fit ward) and neighbourhoods. */
	public record Report(CoverageLine borough, List<CoverageLine> wards, List<CoverageLine> neighbourhoods) {

		public Report {
			wards = List.copyOf(wards); // shared from the cache, so unchangeable
			neighbourhoods = List.copyOf(neighbourhoods);
		}

	}

	@Transactional(readOnly = true)
	public Report report(String authority) {
		return cache.get("coverage", authority, () -> build(authority), INPUTS);
	}

	private Report build(String authority) {
		String name = coverage.authorityName(authority)
			.orElseThrow(() -> new CoverageProblem.CouncilHasNoGeography(authority));
		List<AreaCoverage> areas = coverage.areas(authority);
		var introductions = lines.introductions(authority);
		CoverageLine borough = lines.line(authority, name, areas, AreaCoverage::covered, introductions);
		return new Report(borough,
				lines.table(borough, group(areas, AreaCoverage::wardCode, AreaCoverage::wardName, introductions),
						introductions),
				lines.table(borough, group(areas.stream().filter(a -> a.neighbourhoodId() != null).toList(),
						a -> String.valueOf(a.neighbourhoodId()), AreaCoverage::neighbourhoodName, introductions),
						introductions));
	}

	/**
	 * Every small area of the council with its neighbourhood, post and counts, in code
	 * order.
	 */
	@Transactional(readOnly = true)
	public List<AreaCoverage> areas(String authority) {
		return coverage.areas(authority);
	}

	/** Uncovered small areas in connected groups, most needy first. */
	@Transactional(readOnly = true)
	public List<Gap> gaps(String authority, NeedWeights weights) {
		return cache.get("gaps", List.of(authority, weights), () -> buildGaps(authority, weights), INPUTS);
	}

	private List<Gap> buildGaps(String authority, NeedWeights weights) {
		List<AreaCoverage> areas = coverage.areas(authority);
		Map<String, Double> need = NeedModel.needs(areas, weights);
		Map<String, AreaCoverage> uncovered = new LinkedHashMap<>();
		areas.stream().filter(a -> !a.covered()).forEach(a -> uncovered.put(a.code(), a));
		SmallAreaGraph graph = graphs.of(authority);
		List<Gap> gaps = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String start : uncovered.keySet()) {
			if (seen.add(start)) {
				gaps.add(gap(component(start, uncovered.keySet(), graph, seen), uncovered, need));
			}
		}
		gaps.sort(Comparator.comparingDouble(Gap::need).reversed());
		return List.copyOf(ranked(authority, areas, gaps, uncovered)); // shared from the
																		// cache, so
																		// unchangeable
	}

	/**
	 * The gaps in need order with their introductions, published as a table beside all
	 * uncovered areas and beside the borough less its covered part (both bound what the
	 * gaps can hold).
	 */
	private List<Gap> ranked(String authority, List<AreaCoverage> areas, List<Gap> gaps,
			Map<String, AreaCoverage> uncovered) {
		var introductions = lines.introductions(authority);
		// Every introduction located in a gap is out of area: no coordinator's patch
		// covers it.
		List<CoverageLine> counts = gaps.stream()
			.map(g -> lines.line("gap", "", g.smallAreas().stream().map(uncovered::get).toList(), a -> true,
					introductions))
			.toList();
		var published = introductions.protect(introductions.count(uncovered.keySet()),
				counts.stream().map(CoverageLine::introductions).toList());
		// as the report's borough line (not read from the cache: an entry is never built
		// inside another's build)
		CoverageLine borough = lines.line(authority, "", areas, AreaCoverage::covered, introductions);
		published = introductions.protectRemainder(borough.introductions(), borough.introductionsCovered(), published);
		List<Gap> ranked = new ArrayList<>();
		for (int i = 0; i < gaps.size(); i++) {
			Gap g = gaps.get(i);
			ranked.add(new Gap(i + 1, g.smallAreas(), g.wards(), g.residents(), g.residents65Plus(), g.meanImdDecile(),
					g.need(), published.get(i), counts.get(i).assets()));
		}
		return ranked;
	}

	private static List<String> component(String start, Set<String> members, SmallAreaGraph graph, Set<String> seen) {
		List<String> component = new ArrayList<>(List.of(start));
		for (int i = 0; i < component.size(); i++) {
			for (String next : graph.neighboursOf(component.get(i))) {
				if (members.contains(next) && seen.add(next)) {
					component.add(next);
				}
			}
		}
		component.sort(null);
		return component;
	}

	private static Gap gap(List<String> codes, Map<String, AreaCoverage> areas, Map<String, Double> need) {
		long residents = 0;
		long older = 0;
		double decileSum = 0;
		long decileResidents = 0;
		double needSum = 0;
		Set<String> wards = new java.util.TreeSet<>();
		for (String code : codes) {
			AreaCoverage a = areas.get(code);
			residents += a.residents();
			older += a.residents65Plus();
			needSum += need.get(code);
			if (a.wardCode() != null) {
				wards.add(a.wardCode());
			}
			if (a.imdDecile() != null) {
				decileSum += (double) a.imdDecile() * a.residents();
				decileResidents += a.residents();
			}
		}
		Double meanDecile = decileResidents == 0 ? null : Math.round(10 * decileSum / decileResidents) / 10.0;
		return new Gap(0, codes, List.copyOf(wards), residents, older, meanDecile, Math.round(needSum * 10) / 10.0,
				null, 0);
	}

	private List<CoverageLine> group(List<AreaCoverage> areas, Function<AreaCoverage, String> code,
			Function<AreaCoverage, String> name, AreaIntroductions introductions) {
		Map<String, List<AreaCoverage>> groups = new LinkedHashMap<>();
		areas.stream()
			.filter(a -> code.apply(a) != null)
			.sorted(Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(a -> groups.computeIfAbsent(code.apply(a), k -> new ArrayList<>()).add(a));
		return groups.entrySet()
			.stream()
			.map(e -> lines.line(e.getKey(), name.apply(e.getValue().get(0)), e.getValue(), AreaCoverage::covered,
					introductions))
			.toList();
	}

}
