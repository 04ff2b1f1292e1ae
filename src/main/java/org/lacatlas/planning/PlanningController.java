package org.lacatlas.planning;

import org.lacatlas.council.Council;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanningController {

	private final ExpansionPlanner planner;

	private final FullCoverage fullCoverage;

	PlanningController(ExpansionPlanner planner, FullCoverage fullCoverage) {
		this.planner = planner;
		this.fullCoverage = fullCoverage;
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

}
