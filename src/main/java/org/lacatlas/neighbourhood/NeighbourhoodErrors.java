package org.lacatlas.neighbourhood;

import java.util.Map;

import org.lacatlas.system.Refusal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The neighbourhood module's refusals as problem+json. A stale save is 412 Precondition
 * Failed, naming the plan's current version; an impossible band is 422 with its causes
 * and the nearest band that passes.
 */
@RestControllerAdvice(basePackageClasses = NeighbourhoodErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NeighbourhoodErrors {

	@ExceptionHandler(StalePlanException.class)
	ProblemDetail stale(StalePlanException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setProperties(Map.of("currentVersion", ex.currentVersion()));
		return problem;
	}

	@ExceptionHandler(PlanFiles.Refused.class)
	ProblemDetail fileRefused(PlanFiles.Refused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperties(Map.of("errors", ex.problems()));
		return problem;
	}

	@ExceptionHandler(ImpossibleBandException.class)
	ProblemDetail impossible(ImpossibleBandException ex) {
		return ex.problem();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return Refusal.badRequest(ex);
	}

}
