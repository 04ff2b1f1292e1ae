package org.lacatlas.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request refused for a reason the caller can mend: the HTTP status it is answered with
 * and a sentence saying what was wrong and what to do. Each module names its own kinds (a
 * post that is stale, a scenario that is missing, …) as subclasses; {@code ApiErrors}
 * answers every one as problem+json, whichever module's controller the request reached.
 */
public abstract class Refusal extends RuntimeException {

	private final HttpStatus status;

	protected Refusal(HttpStatus status, String detail) {
		super(detail);
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

	/**
	 * A module's own checks that throw {@link IllegalArgumentException}, as 400. Spring
	 * also hands such a handler the cause of its own failures (a path's {@code current}
	 * where a number belongs fails with a NumberFormatException inside), whose message is
	 * Java's, not ours: that one is said in words.
	 */
	public static ProblemDetail badRequest(IllegalArgumentException ex) {
		String detail = ex instanceof NumberFormatException
				? "A value in the request is not a number where one belongs ("
						+ ex.getMessage().replaceFirst("^For input string: ", "") + ")."
				: ex.getMessage();
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
	}

}
