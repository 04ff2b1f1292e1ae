package org.lacatlas.geography;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Why a request about boundaries or a council import was refused: each kind is named for
 * what went wrong and carries its HTTP status and a sentence saying what to do, answered
 * as problem+json by {@code ApiErrors}.
 */
abstract class GeographyProblem extends Refusal {

	GeographyProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	/** No ward of that code. */
	static final class WardNotFound extends GeographyProblem {

		WardNotFound(String code) {
			super(HttpStatus.NOT_FOUND, "No ward with code " + code + ".");
		}

	}

	/** No import of that id among those the caller may see. */
	static final class ImportNotFound extends GeographyProblem {

		ImportNotFound(java.util.UUID id) {
			super(HttpStatus.NOT_FOUND, "No import " + id + " that you can see.");
		}

	}

	/** A council administrator's upload of another council's files. */
	static final class ImportForOtherCouncil extends GeographyProblem {

		ImportForOtherCouncil(String detail) {
			super(HttpStatus.FORBIDDEN, detail);
		}

	}

	/** A box or other query parameter that cannot be used. */
	static final class AreaQueryInvalid extends GeographyProblem {

		AreaQueryInvalid(String detail) {
			super(HttpStatus.BAD_REQUEST, detail);
		}

	}

	/** A place search that cannot be run as typed. */
	static final class PlaceSearchInvalid extends GeographyProblem {

		PlaceSearchInvalid(String detail) {
			super(HttpStatus.BAD_REQUEST, detail);
		}

	}

}
