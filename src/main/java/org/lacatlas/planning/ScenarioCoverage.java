package org.lacatlas.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.CoverageLine;
import org.lacatlas.coverage.CoverageLines;
import org.lacatlas.coverage.CoverageReports;
import org.lacatlas.introduction.AreaIntroductions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the borough and its wards as {@code GET /api/coverage} reports it, but
 * under a scenario: an area is covered when it is in the patch of a post in post or
 * proposed. The neighbourhood lines are the scenario's patches, coded by their position.
 */
@Service
public class ScenarioCoverage {

	private final Scenarios scenarios;

	private final CoverageReports coverage;

	private final CoverageLines lines;

	ScenarioCoverage(Scenarios scenarios, CoverageReports coverage, CoverageLines lines) {
		this.scenarios = scenarios;
		this.coverage = coverage;
		this.lines = lines;
	}

	@Transactional(readOnly = true)
	public CoverageReports.Report report(String authority, long id) {
		Scenario scenario = scenarios.get(authority, id);
		CoverageReports.Report today = coverage.report(authority);
		List<AreaCoverage> areas = coverage.areas(authority);
		AreaIntroductions introductions = lines.introductions(authority);
		Set<String> covered = new HashSet<>();
		scenario.posts().stream().filter(ScenarioPost::covers).forEach(p -> covered.addAll(p.smallAreas()));
		Map<String, List<AreaCoverage>> wards = new LinkedHashMap<>();
		today.wards().forEach(w -> wards.put(w.code(), new ArrayList<>()));
		areas.stream().filter(a -> wards.containsKey(a.wardCode())).forEach(a -> wards.get(a.wardCode()).add(a));
		List<CoverageLine> wardLines = today.wards()
			.stream()
			.map(w -> line(w.code(), w.name(), wards.get(w.code()), covered, introductions))
			.toList();
		List<CoverageLine> patches = new ArrayList<>();
		for (int i = 0; i < scenario.posts().size(); i++) {
			ScenarioPost p = scenario.posts().get(i);
			Set<String> codes = Set.copyOf(p.smallAreas());
			patches.add(line(String.valueOf(i + 1), p.name(), filter(areas, a -> codes.contains(a.code())),
					p.covers() ? codes : Set.of(), introductions));
		}
		CoverageLine borough = line(today.borough().code(), today.borough().name(), areas, covered, introductions);
		return new CoverageReports.Report(borough, lines.table(borough, wardLines, introductions),
				lines.table(borough, patches, introductions));
	}

	private static List<AreaCoverage> filter(List<AreaCoverage> areas, Predicate<AreaCoverage> keep) {
		return areas.stream().filter(keep).toList();
	}

	private CoverageLine line(String code, String name, List<AreaCoverage> areas, Set<String> covered,
			AreaIntroductions introductions) {
		return lines.line(code, name, areas, a -> covered.contains(a.code()), introductions);
	}

}
