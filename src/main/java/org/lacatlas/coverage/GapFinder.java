package org.lacatlas.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.lacatlas.disclosure.SuppressedCount;
import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.geography.SmallAreaGraphs;
import org.lacatlas.introduction.AreaIntroductions;

import org.springframework.stereotype.Component;

/**
 * Finds the gaps: uncovered small areas joined by adjacency without crossing a ward
 * boundary (best-fit wards), so one uncovered block of the borough is listed as parts an
 * officer can act on, each named after its ward and ranked by need, with its
 * introductions through disclosure control. {@link CoverageReports} caches the answer.
 */
@Component
class GapFinder {

	private final CoverageRepository coverage;

	private final SmallAreaGraphs graphs;

	private final CoverageLines lines;

	GapFinder(CoverageRepository coverage, SmallAreaGraphs graphs, CoverageLines lines) {
		this.coverage = coverage;
		this.graphs = graphs;
		this.lines = lines;
	}

	/**
	 * Uncovered small areas in connected groups within one ward each, most needy first.
	 */
	List<Gap> gaps(String authority, NeedWeights weights) {
		List<AreaCoverage> areas = coverage.areas(authority);
		Map<String, Double> need = NeedModel.needs(areas, weights);
		Map<String, AreaCoverage> uncovered = new LinkedHashMap<>();
		areas.stream().filter(a -> !a.covered()).forEach(a -> uncovered.put(a.code(), a));
		SmallAreaGraph graph = graphs.of(authority);
		List<Gap> gaps = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String start : uncovered.keySet()) {
			if (seen.add(start)) {
				gaps.add(gap(component(start, uncovered, graph, seen), uncovered, need));
			}
		}
		gaps.sort(Comparator.comparingDouble(Gap::need).reversed());
		// shared from the cache, so unchangeable
		return List.copyOf(ranked(authority, areas, gaps, uncovered));
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
		published = protectByWard(borough, areas, gaps, uncovered, published, introductions);
		List<String> names = GapNames
			.of(gaps.stream().map(g -> uncovered.get(g.smallAreas().get(0)).wardName()).toList());
		List<Gap> ranked = new ArrayList<>();
		for (int i = 0; i < gaps.size(); i++) {
			Gap g = gaps.get(i);
			ranked.add(new Gap(i + 1, names.get(i), g.smallAreas(), g.wards(), g.residents(), g.residents65Plus(),
					g.meanImdDecile(), g.need(), published.get(i), counts.get(i).assets()));
		}
		return ranked;
	}

	/**
	 * A ward's gaps hold all its uncovered areas, so beside the ward's line as the
	 * coverage report publishes it (all its introductions less those covered) they are a
	 * table too.
	 */
	private List<SuppressedCount> protectByWard(CoverageLine borough, List<AreaCoverage> areas, List<Gap> gaps,
			Map<String, AreaCoverage> uncovered, List<SuppressedCount> published, AreaIntroductions introductions) {
		Map<String, CoverageLine> wardLines = new HashMap<>();
		lines
			.table(borough, lines.group(areas, AreaCoverage::wardCode, AreaCoverage::wardName, introductions),
					introductions)
			.forEach(w -> wardLines.put(w.code(), w));
		Map<String, List<Integer>> byWard = new LinkedHashMap<>();
		for (int i = 0; i < gaps.size(); i++) {
			byWard.computeIfAbsent(uncovered.get(gaps.get(i).smallAreas().get(0)).wardCode(), k -> new ArrayList<>())
				.add(i);
		}
		List<SuppressedCount> result = new ArrayList<>(published);
		byWard.forEach((ward, members) -> {
			CoverageLine line = wardLines.get(ward);
			if (line == null) {
				return; // areas with no ward: no ward line is published for them
			}
			List<SuppressedCount> parts = introductions.protectRemainder(line.introductions(),
					line.introductionsCovered(), members.stream().map(result::get).toList());
			for (int k = 0; k < members.size(); k++) {
				result.set(members.get(k), parts.get(k));
			}
		});
		return result;
	}

	/** The uncovered areas reached from {@code start} without leaving its ward. */
	private static List<String> component(String start, Map<String, AreaCoverage> members, SmallAreaGraph graph,
			Set<String> seen) {
		String ward = members.get(start).wardCode();
		List<String> component = new ArrayList<>(List.of(start));
		for (int i = 0; i < component.size(); i++) {
			for (String next : graph.neighboursOf(component.get(i))) {
				if (members.containsKey(next) && Objects.equals(ward, members.get(next).wardCode()) && seen.add(next)) {
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
		Set<String> wards = new TreeSet<>();
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
		return new Gap(0, null, codes, List.copyOf(wards), residents, older, meanDecile,
				Math.round(needSum * 10) / 10.0, null, 0);
	}

}
