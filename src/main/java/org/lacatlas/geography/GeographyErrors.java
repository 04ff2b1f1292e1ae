package org.lacatlas.geography;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The geography module's refusals as problem+json, and an upload that cannot be imported
 * at all (400, every problem listed, nothing queued).
 */
@RestControllerAdvice(basePackageClasses = GeographyErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeographyErrors {

	@ExceptionHandler(GeographyImportException.class)
	ProblemDetail cannotImport(GeographyImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"These files cannot be imported: " + String.join("; ", ex.problems()));
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
