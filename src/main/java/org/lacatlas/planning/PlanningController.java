package org.lacatlas.planning;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.lacatlas.council.Council;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class PlanningController {

	/** Newline-delimited JSON: one point of the cost curve a line. */
	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private final ExpansionPlanner planner;

	private final FullCoverage fullCoverage;

	private final CostCurve curve;

	private final ObjectMapper json;

	PlanningController(ExpansionPlanner planner, FullCoverage fullCoverage, CostCurve curve, ObjectMapper json) {
		this.planner = planner;
		this.fullCoverage = fullCoverage;
		this.curve = curve;
		this.json = json;
	}

	@PostMapping("/api/scenarios/plan")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	ExpansionPlan plan(Council council, @RequestBody PlanRequest request) {
		return planner.plan(council.code(), request);
	}

	/** How many coordinators covering every resident takes, and the way there. */
	@GetMapping("/api/scenarios/full-coverage")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	FullCoverageAnswer fullCoverage(Council council, @RequestParam(required = false) Integer minResidents,
			@RequestParam(required = false) Integer maxResidents,
			@RequestParam(required = false) Long timeLimitMillis) {
		return fullCoverage.of(council.code(), minResidents, maxResidents, timeLimitMillis);
	}

	/**
	 * Cost against coverage for 0 to {@code most} (default 8) more coordinators: one JSON
	 * point a line (NDJSON), each sent as soon as it is worked out.
	 */
	@GetMapping("/api/scenarios/cost-curve")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	ResponseEntity<StreamingResponseBody> costCurve(Council council, @RequestParam(required = false) Integer most) {
		CostCurve.Work work = curve.prepare(council.code(), most);
		return ResponseEntity.ok().contentType(NDJSON).body(out -> work.each(point -> {
			out.write(json.writeValueAsBytes(point));
			out.write('\n');
			out.flush();
		}));
	}

}
