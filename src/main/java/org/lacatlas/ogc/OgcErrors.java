package org.lacatlas.ogc;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The OGC module's refusals as problem+json (OGC API Part 1 allows any exception body;
 * 7.5.1).
 */
@RestControllerAdvice(basePackageClasses = OgcErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OgcErrors {

	@ExceptionHandler(OgcProblem.class)
	ProblemDetail refused(OgcProblem ex) {
		return ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
	}

}
