package org.lacatlas.introduction;

import java.util.Map;

import org.lacatlas.system.Refusal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals are 400 problem+json naming the field (and line) of each problem. Nothing is
 * logged: the refused body may hold exactly what must not be written down.
 */
@RestControllerAdvice(assignableTypes = IntroductionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntroductionErrors {

	@ExceptionHandler(IntroductionRefused.class)
	ProblemDetail refused(IntroductionRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Introduction refused; nothing was stored");
		var first = ex.problems().get(0);
		if (first.field() != null) {
			problem.setProperty("field", first.field());
		}
		problem.setProperty("errors",
				ex.problems()
					.stream()
					.map(p -> p.line() == null ? Map.of("field", String.valueOf(p.field()), "detail", p.detail())
							: Map.of("line", p.line(), "field", String.valueOf(p.field()), "detail", p.detail()))
					.toList());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return Refusal.badRequest(ex);
	}

}
