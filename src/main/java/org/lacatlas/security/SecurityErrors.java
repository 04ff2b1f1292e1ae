package org.lacatlas.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The security module's refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityErrors {

	@ExceptionHandler(UserProblem.class)
	ProblemDetail problem(UserProblem ex) {
		return ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
	}

}
