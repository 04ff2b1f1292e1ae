package org.lacatlas.planning;

import java.util.ArrayList;
import java.util.List;

import org.lacatlas.coordinator.CoordinatorPost;
import org.lacatlas.coordinator.CoordinatorPosts;
import org.lacatlas.coordinator.PostStatus;
import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.CoverageReports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved scenarios: today's posts copied, or today's posts plus the planner's new patches
 * as proposed posts. A scenario keeps its small areas as saved.
 */
@Service
public class Scenarios {

	private final ScenarioRepository scenarios;

	private final CoordinatorPosts posts;

	private final CoverageReports coverage;

	private final ExpansionPlanner planner;

	Scenarios(ScenarioRepository scenarios, CoordinatorPosts posts, CoverageReports coverage,
			ExpansionPlanner planner) {
		this.scenarios = scenarios;
		this.posts = posts;
		this.coverage = coverage;
		this.planner = planner;
	}

	/**
	 * What a planner sends: a name and either {@code fromCurrent} (optionally with
	 * {@code proposed} patches, e.g. the plan the planner is looking at) or
	 * {@code fromPlan} (the planner is run again).
	 */
	public record NewScenario(String name, Boolean fromCurrent, PlanRequest fromPlan, List<ProposedPatch> proposed) {
	}

	/** A proposed post's patch as small-area codes. */
	public record ProposedPatch(String name, List<String> smallAreas) {
	}

	@Transactional
	public Scenario create(String authority, String user, NewScenario request) {
		String name = name(request.name());
		boolean fromPlan = request.fromPlan() != null;
		if (fromPlan == Boolean.TRUE.equals(request.fromCurrent())) {
			throw new PlanningProblem.ScenarioInvalid(
					"Say what the scenario starts from: \"fromCurrent\": true, or \"fromPlan\" with the planner's request.");
		}
		List<ScenarioPost> posts = new ArrayList<>(current(authority));
		if (request.proposed() != null) {
			posts.addAll(proposed(authority, request.proposed(), posts));
		}
		if (fromPlan) {
			try {
				planner.plan(authority, request.fromPlan())
					.patches()
					.forEach(p -> posts.add(new ScenarioPost(p.name(), PostStatus.PROPOSED, p.smallAreas())));
			}
			catch (IllegalArgumentException ex) {
				throw new PlanningProblem.ScenarioInvalid(ex.getMessage());
			}
		}
		return get(authority, scenarios.insert(authority, name, user, null, posts));
	}

	@Transactional(readOnly = true)
	public List<Scenario> list(String authority) {
		return scenarios.all(authority);
	}

	@Transactional(readOnly = true)
	public Scenario get(String authority, long id) {
		return scenarios.find(authority, id).orElseThrow(() -> new PlanningProblem.ScenarioNotFound(id));
	}

	@Transactional
	public Scenario copy(String authority, String user, long id, String name) {
		Scenario original = get(authority, id);
		String copyName = name == null || name.isBlank() ? "Copy of " + original.name() : name(name);
		return get(authority, scenarios.insert(authority, copyName, user, id, original.posts()));
	}

	/**
	 * Renames a scenario of {@code authority} (404 for another council's), if it is still
	 * at the version the planner saw (412 when someone changed it since).
	 */
	@Transactional
	public Scenario rename(String authority, long id, com.fasterxml.jackson.databind.JsonNode body, String ifMatch) {
		Scenario current = get(authority, id);
		ScenarioRename rename = ScenarioRename.of(body, ifMatch);
		if (!scenarios.rename(authority, id, rename.version(), rename.name())) {
			throw new PlanningProblem.ScenarioVersionStale(current.version());
		}
		return get(authority, id);
	}

	@Transactional
	public void delete(String authority, long id, Integer version) {
		Scenario current = get(authority, id);
		if (version == null) {
			throw new PlanningProblem.ScenarioVersionMissing(current.version());
		}
		if (!scenarios.delete(id, version)) {
			throw new PlanningProblem.ScenarioVersionStale(current.version());
		}
	}

	/** Today's posts as a scenario would hold them, each with its patch's small areas. */
	@Transactional(readOnly = true)
	public List<ScenarioPost> current(String authority) {
		List<AreaCoverage> areas = coverage.areas(authority);
		List<ScenarioPost> today = new ArrayList<>();
		for (CoordinatorPost post : posts.list(authority)) {
			Long patch = post.patch() == null ? null : post.patch().id();
			List<String> codes = areas.stream()
				.filter(a -> patch != null && patch.equals(a.neighbourhoodId()))
				.map(AreaCoverage::code)
				.sorted()
				.toList();
			today.add(new ScenarioPost(post.name(), post.status(), codes));
		}
		return today;
	}

	private List<ScenarioPost> proposed(String authority, List<ProposedPatch> patches, List<ScenarioPost> today) {
		java.util.Set<String> free = new java.util.HashSet<>();
		coverage.areas(authority).forEach(a -> free.add(a.code()));
		today.forEach(p -> p.smallAreas().forEach(free::remove));
		List<ScenarioPost> added = new ArrayList<>();
		for (ProposedPatch p : patches) {
			if (p.smallAreas() == null || p.smallAreas().isEmpty() || !free.containsAll(p.smallAreas())) {
				throw new PlanningProblem.ScenarioInvalid("The proposed patch " + p.name()
						+ " must be small areas of this council that no other post's patch takes in.");
			}
			if (new java.util.HashSet<>(p.smallAreas()).size() < p.smallAreas().size()) {
				// Stored twice, its residents would be counted twice in the patch's
				// figures.
				throw new PlanningProblem.ScenarioInvalid(
						"The proposed patch " + p.name() + " names a small area more than once; name each once.");
			}
			p.smallAreas().forEach(free::remove);
			added.add(new ScenarioPost(name(p.name()), PostStatus.PROPOSED, p.smallAreas().stream().sorted().toList()));
		}
		return added;
	}

	private static String name(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new PlanningProblem.ScenarioInvalid(
					"Give the scenario a name (up to 200 characters), e.g. \"Eight coordinators\".");
		}
		return name.trim();
	}

}
