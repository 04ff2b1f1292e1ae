package org.lacatlas.system;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside any controller (no handler for {@code //}, a filter's
 * {@code sendError}, a rejected request) reach {@code /error}: answered as problem+json,
 * like every other error, never Spring's {@code {"timestamp"}} page.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class ContainerErrors implements ErrorController {

	private static final Map<Integer, String> DETAILS = Map.of(400, "The request is not well formed.", 404,
			"Nothing is here. Check the address.", 405, "This address does not take that method.", 413,
			"The request is too large.", 414, "The address is too long.");

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		// A filter's database read (the signed-in session, above all) fails outside any
		// controller when PostgreSQL restarts: that is 503 to try again, as it is inside
		// one.
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable ex
				&& DatabaseUnavailable.is(ex)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "5")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL));
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = DETAILS.getOrDefault(status.value(), status.is5xxServerError()
				? "Something went wrong on the server. Please try again." : status.getReasonPhrase() + ".");
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
