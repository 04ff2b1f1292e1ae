package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lacatlas.council.Councils;
import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.geography.SmallAreaGraphs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's neighbourhood plan: read it with live totals and verdicts, preview moves,
 * save them safely (a save must name the version it was based on; a stale one is refused
 * with {@link StalePlanException}), and replace it wholesale from a generated or imported
 * partition.
 */
@Service
public class NeighbourhoodPlans {

	private final PlanRepository plans;

	private final SmallAreaGraphs graphs;

	private final Councils councils;

	private final ObjectMapper json;

	NeighbourhoodPlans(PlanRepository plans, SmallAreaGraphs graphs, Councils councils, ObjectMapper json) {
		this.plans = plans;
		this.graphs = graphs;
		this.councils = councils;
		this.json = json;
	}

	/**
	 * One proposed neighbourhood: keep {@code id} to update an existing one, null to
	 * create it.
	 */
	public record Proposed(Long id, String name, List<String> smallAreas) {
	}

	@Transactional(readOnly = true)
	public Optional<PlanView> current(String authority) {
		return plans.plan(authority).map(plan -> view(plan, plans.assignments(plan.id()), true));
	}

	/** Totals and verdicts as they would be after the moves; nothing is saved. */
	@Transactional(readOnly = true)
	public PlanView preview(String authority, List<Move> moves) {
		var plan = requirePlan(authority);
		Map<String, Long> assignments = plans.assignments(plan.id());
		applyTo(assignments, moves, plan);
		return view(plan, assignments, false);
	}

	/**
	 * Saves the moves if the plan is still at {@code basedOnVersion}; records who moved
	 * what.
	 */
	@Transactional
	public PlanView move(String authority, int basedOnVersion, List<Move> moves, String user) {
		var plan = requirePlan(authority);
		Map<String, Long> assignments = plans.assignments(plan.id());
		List<Map<String, Object>> record = new ArrayList<>();
		Map<String, Long> before = new HashMap<>(assignments);
		applyTo(assignments, moves, plan);
		advance(plan, basedOnVersion, user);
		List<Long> touched = new ArrayList<>();
		for (Move m : moves) {
			plans.assign(plan.id(), m.smallArea(), m.to());
			record.add(Map.of("smallArea", m.smallArea(), "from", before.get(m.smallArea()), "to", m.to()));
			touched.add(before.get(m.smallArea()));
			touched.add(m.to());
		}
		plans.deleteEmptyNeighbourhoods(plan.id());
		plans.refreshOutlines(plan.id(), touched);
		plans.recordChange(plan.id(), basedOnVersion + 1, user, "move", write(record));
		return current(authority).orElseThrow();
	}

	/**
	 * Replaces the plan's neighbourhoods (creating the plan if the council has none).
	 * Every small area of the council must be in exactly one proposed neighbourhood. The
	 * band the neighbourhoods were made for becomes the council's band: a plan is always
	 * judged against its council's band.
	 */
	@Transactional
	public PlanView replace(String authority, Integer basedOnVersion, List<Proposed> proposed, int min, int max,
			String user, String kind) {
		var existing = plans.plan(authority);
		long planId = existing.map(PlanRepository.PlanRow::id)
			.orElseGet(() -> plans.createPlan(authority, "Neighbourhoods", user));
		councils.setBand(authority, min, max, user);
		int version = existing.map(PlanRepository.PlanRow::version).orElse(0);
		if (existing.isPresent() && basedOnVersion == null) {
			throw new StalePlanException(version);
		}
		if (!plans.advanceVersion(planId, existing.isPresent() ? basedOnVersion : 0, user)) {
			throw new StalePlanException(version);
		}
		plans.deleteNeighbourhoods(planId,
				proposed.stream().map(Proposed::id).filter(java.util.Objects::nonNull).toList());
		List<Long> ids = new ArrayList<>();
		for (Proposed p : proposed) {
			long id = p.id() != null ? p.id() : plans.insertNeighbourhood(planId, p.name());
			p.smallAreas().forEach(area -> plans.assign(planId, area, id));
			ids.add(id);
		}
		plans.refreshOutlines(planId, ids);
		plans.recordChange(planId, (existing.isPresent() ? basedOnVersion : 0) + 1, user, kind, write(proposed));
		return current(authority).orElseThrow();
	}

	/** The plan as CSV, one row per small area. */
	@Transactional(readOnly = true)
	public String exportCsv(String authority) {
		requirePlan(authority);
		try {
			return PlanFiles.csv(current(authority).orElseThrow(), graphs.of(authority));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces the plan from a CSV or GeoJSON file, all or nothing. Neighbourhoods keep
	 * their id (and so their coordinator post) when the file uses their name.
	 */
	@Transactional
	public PlanView importPlan(String authority, Integer basedOnVersion, String text, boolean geoJson, String user) {
		SmallAreaGraph graph = graphs.of(authority);
		Verdicts verdicts = new Verdicts(graph);
		List<String> codes = graph.areas().stream().map(SmallAreaGraph.Area::code).toList();
		Map<String, List<String>> groups = geoJson ? PlanFiles.readGeoJson(text, json, verdicts, codes)
				: PlanFiles.readCsv(text, verdicts, codes);
		Map<String, Long> existing = new HashMap<>();
		current(authority).ifPresent(plan -> plan.neighbourhoods().forEach(n -> existing.put(n.name(), n.id())));
		List<Proposed> proposed = new ArrayList<>();
		groups.forEach((name, areas) -> proposed.add(new Proposed(existing.get(name), name, areas)));
		var council = councils.get(authority);
		return replace(authority, basedOnVersion, proposed, council.minResidents(), council.maxResidents(), user,
				"import");
	}

	SmallAreaGraph graph(String authority) {
		return graphs.of(authority);
	}

	private void advance(PlanRepository.PlanRow plan, int basedOnVersion, String user) {
		if (!plans.advanceVersion(plan.id(), basedOnVersion, user)) {
			throw new StalePlanException(plans.plan(plan.authorityCode()).orElseThrow().version());
		}
	}

	private void applyTo(Map<String, Long> assignments, List<Move> moves, PlanRepository.PlanRow plan) {
		var ids = new java.util.HashSet<>(assignments.values());
		for (Move m : moves) {
			if (!assignments.containsKey(m.smallArea())) {
				throw new NeighbourhoodProblem.PlanRequestInvalid(
						"Small area " + m.smallArea() + " is not in this plan.");
			}
			if (!ids.contains(m.to())) {
				throw new NeighbourhoodProblem.PlanRequestInvalid("There is no neighbourhood " + m.to() + ".");
			}
			assignments.put(m.smallArea(), m.to());
		}
	}

	private PlanView view(PlanRepository.PlanRow plan, Map<String, Long> assignments, boolean withOutlines) {
		Verdicts verdicts = new Verdicts(graphs.of(plan.authorityCode()));
		Map<Long, List<String>> areas = new LinkedHashMap<>();
		assignments.forEach((area, n) -> areas.computeIfAbsent(n, k -> new ArrayList<>()).add(area));
		List<NeighbourhoodSummary> summaries = new ArrayList<>();
		Map<Long, String> outlines = new HashMap<>();
		for (var row : plans.neighbourhoods(plan.id(), withOutlines)) {
			summaries.add(verdicts.summarise(row.id(), row.name(), areas.getOrDefault(row.id(), List.of()), plan.min(),
					plan.max(), row.polsbyPopper()));
			if (row.outlineGeoJson() != null) {
				outlines.put(row.id(), row.outlineGeoJson());
			}
		}
		return new PlanView(plan.id(), plan.authorityCode(), plan.name(), plan.min(), plan.max(), plan.version(),
				summaries, outlines);
	}

	private PlanRepository.PlanRow requirePlan(String authority) {
		return plans.plan(authority)
			.orElseThrow(() -> new NeighbourhoodProblem.NoPlanYet(
					"This council has no neighbourhood plan yet: generate one first."));
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
