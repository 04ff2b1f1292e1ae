package org.lacatlas.planning;

import org.lacatlas.system.MapProperties;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class PlanningController {

	private final ExpansionPlanner planner;

	private final String council;

	PlanningController(ExpansionPlanner planner, MapProperties map) {
		this.planner = planner;
		this.council = map.councilCode();
	}

	@PostMapping("/api/scenarios/plan")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	ExpansionPlan plan(@RequestBody PlanRequest request) {
		try {
			return planner.plan(council, request);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
