package org.lacatlas.planning;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.coverage.CoverageReports;
import org.lacatlas.geography.GeoJson;
import org.lacatlas.council.Council;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Saved scenarios: every signed-in role reads them; planners and admins change them. */
@RestController
class ScenarioController {

	private static final String EDITORS = "hasAnyRole('PLANNER', 'ADMIN')";

	private final Scenarios scenarios;

	private final ScenarioComparison comparison;

	private final ScenarioMaps maps;

	private final ScenarioCoverage coverage;

	ScenarioController(Scenarios scenarios, ScenarioComparison comparison, ScenarioMaps maps,
			ScenarioCoverage coverage) {
		this.scenarios = scenarios;
		this.comparison = comparison;
		this.maps = maps;
		this.coverage = coverage;
	}

	record CopyRequest(String name) {
	}

	@PostMapping("/api/scenarios")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	Scenario create(Council council, @RequestBody Scenarios.NewScenario request, Principal who) {
		return scenarios.create(council.code(), who.getName(), request);
	}

	@GetMapping("/api/scenarios")
	List<Scenario> list(Council council) {
		return scenarios.list(council.code());
	}

	@GetMapping("/api/scenarios/compare")
	List<ScenarioFigures> compare(Council council, @RequestParam String ids) {
		return comparison.compare(council.code(), Arrays.stream(ids.split(",")).filter(s -> !s.isBlank()).toList());
	}

	/**
	 * Like {@code GET /api/coverage}, under a scenario (posts in post or proposed cover).
	 */
	@GetMapping(path = "/api/coverage", params = "scenario")
	CoverageReports.Report coverage(Council council, @RequestParam long scenario) {
		return coverage.report(council.code(), scenario);
	}

	@GetMapping("/api/scenarios/{id}")
	ResponseEntity<ObjectNode> get(Council council, @PathVariable long id) throws IOException {
		return GeoJson.ok(maps.geoJson(council.code(), id));
	}

	@GetMapping("/api/scenarios/{id}/export.geojson")
	ResponseEntity<ObjectNode> exportGeoJson(Council council, @PathVariable long id) throws IOException {
		return ResponseEntity.ok()
			.contentType(GeoJson.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scenario-" + id + ".geojson\"")
			.body(maps.geoJson(council.code(), id));
	}

	@GetMapping("/api/scenarios/{id}/export.csv")
	ResponseEntity<String> exportCsv(Council council, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scenario-" + id + ".csv\"")
			.body(maps.csv(council.code(), id));
	}

	@PostMapping("/api/scenarios/{id}/copy")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	Scenario copy(Council council, @PathVariable long id, @RequestBody(required = false) CopyRequest request,
			Principal who) {
		return scenarios.copy(council.code(), who.getName(), id, request == null ? null : request.name());
	}

	/**
	 * Renames a scenario: {"name": …} and If-Match with its version; answers with its new
	 * ETag.
	 */
	@PatchMapping("/api/scenarios/{id}")
	@PreAuthorize(EDITORS)
	ResponseEntity<Scenario> rename(Council council, @PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody JsonNode request) {
		Scenario renamed = scenarios.rename(council.code(), id, request, ifMatch);
		return ResponseEntity.ok().eTag(ScenarioRename.etag(renamed.version())).body(renamed);
	}

	@DeleteMapping("/api/scenarios/{id}")
	@PreAuthorize(EDITORS)
	ResponseEntity<Void> delete(Council council, @PathVariable long id,
			@RequestParam(required = false) Integer version) {
		scenarios.delete(council.code(), id, version);
		return ResponseEntity.noContent().build();
	}

}
