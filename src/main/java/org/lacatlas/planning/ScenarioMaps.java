package org.lacatlas.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.CoverageReports;
import org.lacatlas.neighbourhood.AreaGroups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scenario as GeoJSON (one feature per post that has a patch, WGS84) and as CSV (one
 * row per small area of each patch).
 */
@Service
public class ScenarioMaps {

	private final Scenarios scenarios;

	private final CoverageReports coverage;

	private final AreaGroups groups;

	private final ObjectMapper json;

	ScenarioMaps(Scenarios scenarios, CoverageReports coverage, AreaGroups groups, ObjectMapper json) {
		this.scenarios = scenarios;
		this.coverage = coverage;
		this.groups = groups;
		this.json = json;
	}

	/**
	 * Features: {@code name}, {@code status}, {@code residents}, {@code residents65Plus},
	 * {@code smallAreas}; foreign member {@code scenario}: id, name, version, createdBy,
	 * createdAt, basedOn.
	 */
	@Transactional(readOnly = true)
	public ObjectNode geoJson(String authority, long id) throws java.io.IOException {
		Scenario s = scenarios.get(authority, id);
		Map<String, AreaCoverage> areas = byCode(authority);
		List<ScenarioPost> withPatch = s.posts().stream().filter(p -> !p.smallAreas().isEmpty()).toList();
		List<String> outlines = groups.outlines(withPatch.stream().map(ScenarioPost::smallAreas).toList());
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ObjectNode meta = collection.putObject("scenario");
		meta.put("id", s.id()).put("name", s.name()).put("version", s.version()).put("createdBy", s.createdBy());
		meta.put("createdAt", s.createdAt().toString());
		meta.put("basedOn", s.basedOn());
		ArrayNode features = collection.putArray("features");
		for (int i = 0; i < withPatch.size(); i++) {
			ScenarioPost p = withPatch.get(i);
			ObjectNode f = features.addObject().put("type", "Feature");
			f.set("geometry", outlines.get(i) == null ? null : json.readTree(outlines.get(i)));
			ObjectNode props = f.putObject("properties").put("name", p.name()).put("status", p.status().name());
			props.put("residents", sum(p, areas, false)).put("residents65Plus", sum(p, areas, true));
			p.smallAreas().forEach(props.putArray("smallAreas")::add);
		}
		return collection;
	}

	/** CSV: patch, status, small-area code, residents, residents 65+. */
	@Transactional(readOnly = true)
	public String csv(String authority, long id) {
		Scenario s = scenarios.get(authority, id);
		Map<String, AreaCoverage> areas = byCode(authority);
		StringBuilder out = new StringBuilder("patch,status,small_area_code,residents,residents_65_plus\r\n");
		for (ScenarioPost p : s.posts()) {
			for (String code : p.smallAreas()) {
				AreaCoverage a = areas.get(code);
				out.append(cell(p.name()))
					.append(',')
					.append(p.status())
					.append(',')
					.append(cell(code))
					.append(',')
					.append(a == null ? "" : a.residents())
					.append(',')
					.append(a == null ? "" : a.residents65Plus())
					.append("\r\n");
			}
		}
		return out.toString();
	}

	private Map<String, AreaCoverage> byCode(String authority) {
		Map<String, AreaCoverage> byCode = new HashMap<>();
		coverage.areas(authority).forEach(a -> byCode.put(a.code(), a));
		return byCode;
	}

	private static long sum(ScenarioPost p, Map<String, AreaCoverage> areas, boolean older) {
		return p.smallAreas()
			.stream()
			.filter(areas::containsKey)
			.mapToLong(c -> older ? areas.get(c).residents65Plus() : areas.get(c).residents())
			.sum();
	}

	/**
	 * RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets never run it.
	 */
	private static String cell(String value) {
		String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}

}
