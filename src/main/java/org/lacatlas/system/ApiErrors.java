package org.lacatlas.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is {@code application/problem+json} (RFC 9457) with a {@code detail} a
 * council officer can act on. Spring's own exceptions get its standard problem details;
 * unexpected failures are logged and answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	/** Every module's refusals, whichever module's controller the request reached. */
	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal ex) {
		return ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + ex.getValue() + "' is not a valid value for " + ex.getName() + ".");
	}

	@Override
	protected org.springframework.http.ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, org.springframework.http.HttpHeaders headers,
			org.springframework.http.HttpStatusCode status,
			org.springframework.web.context.request.WebRequest request) {
		ex.getBody().setDetail("The parameter '" + ex.getParameterName() + "' is required.");
		return super.handleMissingServletRequestParameter(ex, headers, status, request);
	}

	/**
	 * A body that is not the JSON expected: say which field and why, never Java names.
	 */
	@Override
	protected org.springframework.http.ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex,
			org.springframework.http.HttpHeaders headers, org.springframework.http.HttpStatusCode status,
			org.springframework.web.context.request.WebRequest request) {
		BodyTooLarge tooLarge = tooLarge(ex);
		if (tooLarge != null) {
			return handleExceptionInternal(ex,
					ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()), headers,
					HttpStatus.PAYLOAD_TOO_LARGE, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnreadableBody.detail(ex));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, jakarta.servlet.http.HttpServletResponse response) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex; // Spring Security answers these with 401/403.
		}
		BodyTooLarge tooLarge = tooLarge(ex);
		if (tooLarge != null) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
		}
		if (DatabaseUnavailable.is(ex)) {
			log.warn("The database did not answer: {}", ex.getMessage());
			response.setHeader("Retry-After", "5");
			return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
		}
		log.error("Unexpected failure answering a request", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on the server. It has been logged; please try again or tell your administrator.");
	}

	private static BodyTooLarge tooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLarge found) {
				return found;
			}
		}
		return null;
	}

}
