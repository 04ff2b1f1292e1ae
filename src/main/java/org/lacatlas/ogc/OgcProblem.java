package org.lacatlas.ogc;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Why a request about the OGC API or the tiles was refused: each kind is named for what
 * went wrong and carries its HTTP status and a sentence saying what to do, answered as
 * problem+json by {@code ApiErrors}.
 */
abstract class OgcProblem extends Refusal {

	OgcProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	/** No collection or tile layer of that name. */
	static final class CollectionNotFound extends OgcProblem {

		CollectionNotFound(String what, String id) {
			super(HttpStatus.NOT_FOUND, "No " + what + " " + id + ".");
		}

	}

	/** No feature of that id in the collection. */
	static final class FeatureNotFound extends OgcProblem {

		FeatureNotFound(String featureId, String collection) {
			super(HttpStatus.NOT_FOUND, "No feature " + featureId + " in collection " + collection + ".");
		}

	}

	/** A council's signed-in collection asked for by a user of another council. */
	static final class CollectionForOwnUsers extends OgcProblem {

		CollectionForOwnUsers(String detail) {
			super(HttpStatus.FORBIDDEN, detail);
		}

	}

	/** An Accept header naming nothing this resource is offered as. */
	static final class FormatNotOffered extends OgcProblem {

		FormatNotOffered(String detail) {
			super(HttpStatus.NOT_ACCEPTABLE, detail);
		}

	}

	/**
	 * A query parameter, header or tile address that cannot be used (OGC API Part 1,
	 * 7.5).
	 */
	static final class ParameterInvalid extends OgcProblem {

		ParameterInvalid(String detail) {
			super(HttpStatus.BAD_REQUEST, detail);
		}

	}

}
