package org.lacatlas.council;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Why a request about a council cannot be answered: each kind carries its HTTP status and
 * a sentence saying what to do, answered as problem+json by {@code CouncilErrors}.
 */
public class CouncilProblem extends RuntimeException {

	private final HttpStatus status;

	private final transient Map<String, Object> details;

	CouncilProblem(HttpStatus status, String detail, Map<String, Object> details) {
		super(detail);
		this.status = status;
		this.details = details;
	}

	HttpStatus status() {
		return status;
	}

	Map<String, Object> details() {
		return details;
	}

	static CouncilProblem noSuchCouncil(String code) {
		return new CouncilProblem(HttpStatus.NOT_FOUND,
				"No council with code " + code + " uses LAC Atlas here. GET /api/councils lists those that do.",
				Map.of());
	}

	static CouncilProblem noCouncilYet() {
		return new CouncilProblem(HttpStatus.NOT_FOUND,
				"No council has been loaded yet: a service administrator imports one (see the README).", Map.of());
	}

	static CouncilProblem notChosen() {
		return new CouncilProblem(HttpStatus.BAD_REQUEST,
				"Say which council: add ?council=<code>. GET /api/councils lists them.", Map.of());
	}

	static CouncilProblem otherCouncil(String yours) {
		return new CouncilProblem(HttpStatus.FORBIDDEN,
				"You are signed in for council " + yours + " and can see only its data here.", Map.of());
	}

	/** A council's own data asked for without signing in. */
	static CouncilProblem signInRequired() {
		return new CouncilProblem(HttpStatus.UNAUTHORIZED, "Sign in to see this.", Map.of());
	}

	static CouncilProblem noCouncilOfYourOwn() {
		return new CouncilProblem(HttpStatus.FORBIDDEN,
				"Service administrators manage councils; sign in as one of a council's users to see its data.",
				Map.of());
	}

	static CouncilProblem invalid(Map<String, String> errors) {
		return new CouncilProblem(HttpStatus.BAD_REQUEST,
				"The settings were not saved: " + String.join("; ", errors.values()) + ".", Map.of("errors", errors));
	}

	static CouncilProblem versionRequired() {
		return new CouncilProblem(HttpStatus.PRECONDITION_REQUIRED,
				"Say which version of the settings you changed (If-Match or 'version'), so nobody's change is lost.",
				Map.of());
	}

	static CouncilProblem badVersion(String given) {
		return new CouncilProblem(HttpStatus.BAD_REQUEST,
				"If-Match must be the settings' version in quotes, such as \"3\".", Map.of());
	}

	static CouncilProblem stale(int current) {
		return new CouncilProblem(HttpStatus.PRECONDITION_FAILED,
				"Someone changed these settings since you opened them (now version " + current
						+ "). Reload them and make your change again.",
				Map.of("currentVersion", current));
	}

}
