package org.lacatlas.council;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The council module's problems as problem+json, wherever a handler resolves a council.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CouncilErrors {

	@ExceptionHandler(CouncilProblem.class)
	ResponseEntity<ProblemDetail> problem(CouncilProblem ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		ex.details().forEach(problem::setProperty);
		var answer = ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.status() == HttpStatus.UNAUTHORIZED) {
			// GIS clients and scripts then ask for a user name and password.
			answer.header("WWW-Authenticate", "Basic realm=\"LAC Atlas\"");
		}
		return answer.body(problem);
	}

}
