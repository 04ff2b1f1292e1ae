package org.lacatlas.planning;

import org.lacatlas.council.Council;
import org.lacatlas.neighbourhood.ImpossibleBandException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

	PlanningController(ExpansionPlanner planner, FullCoverage fullCoverage) {
		this.planner = planner;
		this.fullCoverage = fullCoverage;
	}

	@ExceptionHandler(ImpossibleBandException.class)
	ProblemDetail impossible(ImpossibleBandException ex) {
		return ex.problem();
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

	/** How many coordinators covering every resident takes, and the way there. */
	@GetMapping("/api/scenarios/full-coverage")
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	FullCoverageAnswer fullCoverage(Council council, @RequestParam(required = false) Integer minResidents,
			@RequestParam(required = false) Integer maxResidents,
			@RequestParam(required = false) Long timeLimitMillis) {
		try {
			return fullCoverage.of(council.code(), minResidents, maxResidents, timeLimitMillis);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
