package org.lacatlas.planning;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Why a request about a scenario or a plan was refused: each kind is named for what went
 * wrong and carries its HTTP status and a sentence saying what to do, answered as
 * problem+json by {@code ApiErrors}.
 */
abstract class PlanningProblem extends Refusal {

	PlanningProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	/** No such scenario in this council. */
	static final class ScenarioNotFound extends PlanningProblem {

		ScenarioNotFound(long id) {
			super(HttpStatus.NOT_FOUND, "There is no scenario " + id + ".");
		}

	}

	/** A delete that does not say which version of the scenario it means. */
	static final class ScenarioVersionMissing extends PlanningProblem {

		ScenarioVersionMissing(int current) {
			super(HttpStatus.PRECONDITION_REQUIRED,
					"Say which version of the scenario you are deleting (?version=" + current + ").");
		}

	}

	/**
	 * A change that does not say, in If-Match, which version of the scenario it means.
	 */
	static final class ScenarioVersionRequired extends PlanningProblem {

		ScenarioVersionRequired() {
			super(HttpStatus.PRECONDITION_REQUIRED,
					"Say which version you renamed: send If-Match with the scenario's version in quotes (e.g. \"3\"). "
							+ "This stops one person's change overwriting another's.");
		}

	}

	/** Someone else changed the scenario since the version named. */
	static final class ScenarioVersionStale extends PlanningProblem {

		ScenarioVersionStale(int current) {
			super(HttpStatus.PRECONDITION_FAILED, "Someone else changed this scenario since"
					+ " you opened it (it is now version " + current + "). Reload it and try again.");
		}

	}

	/** A scenario, a comparison or a plan request that cannot be answered as sent. */
	static final class ScenarioInvalid extends PlanningProblem {

		ScenarioInvalid(String detail) {
			super(HttpStatus.BAD_REQUEST, detail);
		}

	}

}
