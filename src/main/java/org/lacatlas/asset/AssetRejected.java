package org.lacatlas.asset;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What was sent is refused and nothing was stored: 400 problem+json whose {@code detail}
 * names the fields and whose {@code errors} array lists each fault.
 */
class AssetRejected extends ErrorResponseException {

	private static final int SHOWN_IN_DETAIL = 5;

	AssetRejected(String title, List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(title, errors), null);
	}

	static AssetRejected of(String field, String message) {
		return new AssetRejected("Invalid asset", List.of(FieldError.of(field, message)));
	}

	private static ProblemDetail problem(String title, List<FieldError> errors) {
		String shown = errors.stream()
			.limit(SHOWN_IN_DETAIL)
			.map(FieldError::toString)
			.collect(Collectors.joining("; "));
		int more = errors.size() - SHOWN_IN_DETAIL;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				shown + (more > 0 ? "; and " + more + " more (see errors)" : "") + ". Nothing was changed.");
		problem.setTitle(title);
		problem.setProperty("errors", errors);
		return problem;
	}

	@SuppressWarnings("unchecked")
	List<FieldError> errors() {
		return (List<FieldError>) getBody().getProperties().get("errors");
	}

}
