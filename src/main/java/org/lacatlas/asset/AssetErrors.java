package org.lacatlas.asset;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The asset module's refusals as problem+json. (Refused fields, 400, and stale edits,
 * 412, are {@link AssetRejected} and {@link VersionConflict}: Spring's own error
 * responses, with their {@code errors}, {@code current} and ETag.)
 */
@RestControllerAdvice(basePackageClasses = AssetErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssetErrors {

	@ExceptionHandler(AssetProblem.class)
	ProblemDetail refused(AssetProblem ex) {
		return ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
	}

}
