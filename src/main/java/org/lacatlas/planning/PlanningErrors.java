package org.lacatlas.planning;

import org.lacatlas.neighbourhood.ImpossibleBandException;

import org.lacatlas.system.Refusal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The planning module's refusals as problem+json: its own, a band no plan can meet (422,
 * with its causes) and the planner's refusals of a request (400).
 */
@RestControllerAdvice(basePackageClasses = PlanningErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanningErrors {

	@ExceptionHandler(ImpossibleBandException.class)
	ProblemDetail impossible(ImpossibleBandException ex) {
		return ex.problem();
	}

	/** The planner's checks of a request (coordinators, band, weights). */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return Refusal.badRequest(ex);
	}

}
