package org.lacatlas.coverage;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The coverage module's refusals as problem+json. Not limited to this package: the
 * planning module's controllers read the coverage report too.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoverageErrors {

	@ExceptionHandler(CoverageProblem.class)
	ProblemDetail refused(CoverageProblem ex) {
		return ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
	}

}
