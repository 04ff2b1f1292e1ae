package org.lacatlas.coverage;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Why a request about coverage was refused: each kind is named for what went wrong and
 * carries its HTTP status and a sentence saying what to do, answered as problem+json by
 * {@code ApiErrors}.
 */
abstract class CoverageProblem extends Refusal {

	CoverageProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	/** A council whose boundaries are not loaded, so it has no coverage. */
	static final class CouncilHasNoGeography extends CoverageProblem {

		CouncilHasNoGeography(String authority) {
			super(HttpStatus.NOT_FOUND, "No council with code " + authority);
		}

	}

	/** No ward of that code in this council. */
	static final class WardNotFound extends CoverageProblem {

		WardNotFound(String ward) {
			super(HttpStatus.NOT_FOUND, "There is no ward " + ward + ".");
		}

	}

	/** Gap weights that are not numbers of the right range. */
	static final class GapWeightsInvalid extends CoverageProblem {

		GapWeightsInvalid(String detail) {
			super(HttpStatus.BAD_REQUEST, detail);
		}

	}

}
