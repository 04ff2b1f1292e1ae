package org.lacatlas.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The settings a council's administrator edits: every one is written back whole, so a
 * form shows and sends them all. Costs are whole pounds a year (null: not stated). The
 * settings' own answer may be sent back as it is: its {@code code} and {@code version}
 * are not settings and are not read (the version comes in {@code If-Match}); any other
 * field that is not a setting is refused.
 */
@ChecksItsText
@JsonIgnoreProperties({ "code", "version" })
public record CouncilSettings(String name, CouncilKind kind, Integer minResidents, Integer maxResidents,
		Long coordinatorCost, Long managerCost, String costSource, Double socialValueRatio, String socialValueSource,
		List<Council.CostEquivalent> costEquivalents, Integer caseloadPerYear, String caseloadSource,
		String attribution) {

	private static final int MAX_EQUIVALENTS = 12;

	/** The settings as they are, for a form to start from. */
	public static CouncilSettings of(Council c) {
		return new CouncilSettings(c.name(), c.kind(), c.minResidents(), c.maxResidents(), c.coordinatorCost(),
				c.managerCost(), c.costSource(), c.socialValueRatio(), c.socialValueSource(), c.costEquivalents(),
				c.caseloadPerYear(), c.caseloadSource(), c.attribution());
	}

	/**
	 * What is wrong with each field, by field name; empty when the settings can be saved.
	 */
	Map<String, String> problems() {
		Map<String, String> problems = new TreeMap<>();
		text(problems, "name", name, 100, true);
		if (kind == null) {
			problems.put("kind", "kind is required: borough, city, county, district or area");
		}
		band(problems);
		pounds(problems, "coordinatorCost", coordinatorCost);
		pounds(problems, "managerCost", managerCost);
		if (managerCost != null && coordinatorCost == null) {
			problems.put("coordinatorCost", "state the coordinator cost as well as the manager's");
		}
		text(problems, "costSource", costSource, 300, false);
		if (socialValueRatio != null && !(socialValueRatio > 0 && socialValueRatio <= 1000)) {
			problems.put("socialValueRatio",
					"the social value ratio is pounds of value per pound spent: above 0, at most 1000");
		}
		text(problems, "socialValueSource", socialValueSource, 300, false);
		equivalents(problems);
		if (caseloadPerYear != null && (caseloadPerYear < 1 || caseloadPerYear > 10_000)) {
			problems.put("caseloadPerYear", "a coordinator's caseload is a number of people a year, from 1 to 10,000");
		}
		text(problems, "caseloadSource", caseloadSource, 300, false);
		text(problems, "attribution", attribution, 2000, false);
		return problems;
	}

	private void band(Map<String, String> problems) {
		if (minResidents == null || minResidents < 1 || minResidents > 1_000_000) {
			problems.put("minResidents", "the smallest patch is a number of residents from 1 to 1,000,000");
		}
		if (maxResidents == null || maxResidents < 1 || maxResidents > 1_000_000) {
			problems.put("maxResidents", "the largest patch is a number of residents from 1 to 1,000,000");
		}
		else if (minResidents != null && maxResidents < minResidents) {
			problems.put("maxResidents", "the largest patch cannot hold fewer residents than the smallest");
		}
	}

	private void equivalents(Map<String, String> problems) {
		if (costEquivalents == null) {
			return;
		}
		if (costEquivalents.size() > MAX_EQUIVALENTS) {
			problems.put("costEquivalents", "at most " + MAX_EQUIVALENTS + " cost equivalents");
			return;
		}
		List<String> faults = new ArrayList<>();
		for (int i = 0; i < costEquivalents.size(); i++) {
			var e = costEquivalents.get(i);
			if (e == null || Text.problem(e.equivalent(), 200, true) != null) {
				faults.add("item " + (i + 1) + " needs what one coordinator's cost equals (up to 200 characters)");
			}
			else if (Text.problem(e.source(), 300, true) != null) {
				faults.add("item " + (i + 1) + " needs its source (up to 300 characters)");
			}
		}
		if (!faults.isEmpty()) {
			problems.put("costEquivalents", String.join("; ", faults));
		}
	}

	private static void pounds(Map<String, String> problems, String field, Long value) {
		if (value != null && (value < 0 || value > 10_000_000)) {
			problems.put(field, field + " is whole pounds a year, from 0 to 10,000,000");
		}
	}

	private static void text(Map<String, String> problems, String field, String value, int max, boolean required) {
		String problem = Text.problem(value, max, required);
		if (problem != null) {
			problems.put(field, field + " " + problem);
		}
	}

}
