package org.lacatlas.coordinator;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The coordinator module's refusals as problem+json.
 */
@RestControllerAdvice(basePackageClasses = CoordinatorErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoordinatorErrors {

	@ExceptionHandler(PostProblem.class)
	ProblemDetail refused(PostProblem ex) {
		return ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
	}

}
