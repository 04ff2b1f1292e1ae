package org.lacatlas.planning;

import org.lacatlas.neighbourhood.ImpossibleBandException;
import org.lacatlas.system.MapProperties;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class PlanningController {

	private final ExpansionPlanner planner;

	private final FullCoverage fullCoverage;

	private final String council;

	PlanningController(ExpansionPlanner planner, FullCoverage fullCoverage, MapProperties map) {
		this.planner = planner;
		this.fullCoverage = fullCoverage;
		this.council = map.councilCode();
	}

	@ExceptionHandler(ImpossibleBandException.class)
	ProblemDetail impossible(ImpossibleBandException ex) {
		return ex.problem();
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

	/** How many coordinators covering every resident takes, and the way there. */
	@GetMapping("/api/scenarios/full-coverage")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	FullCoverageAnswer fullCoverage(@RequestParam(required = false) Integer minResidents,
			@RequestParam(required = false) Integer maxResidents,
			@RequestParam(required = false) Long timeLimitMillis) {
		try {
			return fullCoverage.of(council, minResidents, maxResidents, timeLimitMillis);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
