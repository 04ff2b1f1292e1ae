package org.lacatlas.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lacatlas.coordinator.PostStatus;
import org.lacatlas.council.Council;
import org.lacatlas.council.Councils;
import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.CoverageLine;
import org.lacatlas.coverage.CoverageLines;
import org.lacatlas.coverage.CoverageReports;
import org.lacatlas.coverage.NeedModel;
import org.lacatlas.coverage.NeedWeights;
import org.lacatlas.disclosure.SuppressedCount;
import org.lacatlas.introduction.AreaIntroductions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios side by side: residents, residents 65+ and need covered, coordinators, yearly
 * cost and cost per covered resident. An area counts as covered when it is in the patch
 * of a post in post or proposed (the planning view); vacant posts cover nothing.
 */
@Service
public class ScenarioComparison {

	/** The id that stands for today's posts in a comparison. */
	public static final String CURRENT = "current";

	private final Scenarios scenarios;

	private final CoverageReports coverage;

	private final Councils councils;

	private final CoverageLines lines;

	ScenarioComparison(Scenarios scenarios, CoverageReports coverage, Councils councils, CoverageLines lines) {
		this.scenarios = scenarios;
		this.coverage = coverage;
		this.councils = councils;
		this.lines = lines;
	}

	/**
	 * @param ids scenario ids, or {@link #CURRENT} for today's posts
	 */
	@Transactional(readOnly = true)
	public List<ScenarioFigures> compare(String authority, List<String> ids) {
		if (ids.isEmpty() || ids.size() > 10) {
			throw new PlanningProblem.ScenarioInvalid("Name 1 to 10 scenarios, e.g. ?ids=current,4.");
		}
		List<AreaCoverage> areas = coverage.areas(authority);
		AreaIntroductions introductions = lines.introductions(authority);
		CoverageLine borough = coverage.report(authority).borough();
		Council council = councils.get(authority);
		return ids.stream().map(String::trim).map(id -> {
			if (CURRENT.equals(id)) {
				// Today is what is covered now: posts in post, not those only proposed.
				List<ScenarioPost> inPost = scenarios.current(authority)
					.stream()
					.filter(p -> p.status() == PostStatus.IN_POST)
					.toList();
				return figures(council, null, "Today", inPost, areas, introductions, borough);
			}
			Scenario s = scenarios.get(authority, parse(id));
			return figures(council, s.id(), s.name(), s.posts(), areas, introductions, borough);
		}).toList();
	}

	ScenarioFigures figures(Council council, Long id, String name, List<ScenarioPost> posts, List<AreaCoverage> areas,
			AreaIntroductions introductions, CoverageLine borough) {
		Map<String, AreaCoverage> byCode = new HashMap<>();
		areas.forEach(a -> byCode.put(a.code(), a));
		Map<String, Double> need = NeedModel.needs(areas, NeedWeights.defaults());
		Set<String> covered = new HashSet<>();
		posts.stream().filter(ScenarioPost::covers).forEach(p -> covered.addAll(p.smallAreas()));
		covered.retainAll(byCode.keySet());
		long residents = areas.stream().mapToLong(AreaCoverage::residents).sum();
		long older = areas.stream().mapToLong(AreaCoverage::residents65Plus).sum();
		double allNeed = need.values().stream().mapToDouble(Double::doubleValue).sum();
		long residentsCovered = covered.stream().mapToLong(c -> byCode.get(c).residents()).sum();
		long olderCovered = covered.stream().mapToLong(c -> byCode.get(c).residents65Plus()).sum();
		double needCovered = covered.stream().mapToDouble(need::get).sum();
		int coordinators = (int) posts.stream().filter(ScenarioPost::covers).count();
		Long yearly = council.yearlyCost(coordinators).isPresent() ? council.yearlyCost(coordinators).getAsLong()
				: null;
		List<ScenarioFigures.Patch> patches = posts.stream()
			.map(p -> new ScenarioFigures.Patch(p.name(), p.status().name(),
					p.smallAreas().stream().filter(byCode::containsKey).mapToLong(c -> byCode.get(c).residents()).sum(),
					p.smallAreas()
						.stream()
						.filter(byCode::containsKey)
						.mapToLong(c -> byCode.get(c).residents65Plus())
						.sum()))
			.toList();
		return new ScenarioFigures(id, name, residents, residentsCovered, ratio(residentsCovered, residents), older,
				olderCovered, ratio(olderCovered, older), Math.round(needCovered), ratio(needCovered, allNeed),
				coordinators, yearly,
				residentsCovered == 0 || yearly == null ? null : Math.round(100.0 * yearly / residentsCovered) / 100.0,
				introductionsCovered(introductions, covered, borough), patches);
	}

	/**
	 * Introductions in the covered areas, published as a part of the borough's (a table
	 * of one part: where it could be counted against the borough's figure it is "&lt;k").
	 */
	private static SuppressedCount introductionsCovered(AreaIntroductions introductions, Set<String> covered,
			CoverageLine borough) {
		return introductions.protect(borough.introductions(), List.of(introductions.count(covered))).get(0);
	}

	private static double ratio(double part, double whole) {
		return whole == 0 ? 0 : Math.round(1000 * part / whole) / 1000.0;
	}

	private static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new PlanningProblem.ScenarioInvalid("'" + id + "' is not a scenario id; use numbers or 'current'.");
		}
	}

}
