package org.lacatlas.neighbourhood;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Why a request about neighbourhoods or their plan was refused: each kind is named for
 * what went wrong and carries its HTTP status and a sentence saying what to do, answered
 * as problem+json by {@code ApiErrors}.
 */
abstract class NeighbourhoodProblem extends Refusal {

	NeighbourhoodProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	/** A council with no neighbourhood plan yet. */
	static final class NoPlanYet extends NeighbourhoodProblem {

		NoPlanYet(String detail) {
			super(HttpStatus.NOT_FOUND, detail);
		}

	}

	/** No neighbourhood of that id in this council's plan. */
	static final class NeighbourhoodNotFound extends NeighbourhoodProblem {

		NeighbourhoodNotFound(long id) {
			super(HttpStatus.NOT_FOUND, "No neighbourhood " + id + ".");
		}

	}

	/** Moves, a band or another request that cannot be applied as sent. */
	static final class PlanRequestInvalid extends NeighbourhoodProblem {

		PlanRequestInvalid(String detail) {
			super(HttpStatus.BAD_REQUEST, detail);
		}

	}

}
