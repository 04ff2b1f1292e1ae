package org.lacatlas.planning;

import org.lacatlas.council.Council;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class PlanningController {

	private final ExpansionPlanner planner;

	PlanningController(ExpansionPlanner planner) {
		this.planner = planner;
	}

	@PostMapping("/api/scenarios/plan")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	ExpansionPlan plan(Council council, @RequestBody PlanRequest request) {
		try {
			return planner.plan(council.code(), request);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
