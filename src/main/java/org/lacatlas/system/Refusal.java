package org.lacatlas.system;

import org.springframework.http.HttpStatus;

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

}
