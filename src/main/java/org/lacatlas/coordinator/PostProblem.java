package org.lacatlas.coordinator;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Why a request about a coordinator post was refused: each kind is named for what went
 * wrong and carries its HTTP status and a sentence saying what to do, answered as
 * problem+json by {@code ApiErrors}.
 */
abstract class PostProblem extends Refusal {

	PostProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	/** No such post in this council. */
	static final class PostNotFound extends PostProblem {

		PostNotFound(long id) {
			super(HttpStatus.NOT_FOUND, "No coordinator post " + id + ".");
		}

	}

	/**
	 * A change that does not say which version it was based on: 428, as for assets,
	 * scenarios and settings.
	 */
	static final class PostVersionMissing extends PostProblem {

		PostVersionMissing(int current) {
			super(HttpStatus.PRECONDITION_REQUIRED, "Say which 'version' of the post you changed (it is now version "
					+ current + "). This stops one person's change overwriting another's.");
		}

	}

	/** Someone else saved the post since the version this change was based on. */
	static final class PostVersionStale extends PostProblem {

		PostVersionStale(int current) {
			super(HttpStatus.PRECONDITION_FAILED,
					"Someone else changed this post since you opened it (it is now version " + current
							+ "). Reload it and make your change again.");
		}

	}

	/** A field of the post that cannot be stored as sent. */
	static final class PostInvalid extends PostProblem {

		PostInvalid(String detail) {
			super(HttpStatus.BAD_REQUEST, detail);
		}

	}

	/** A coordinator named as holder of a second post. */
	static final class HolderHoldsAnother extends PostProblem {

		HolderHoldsAnother(String username, String post) {
			super(HttpStatus.CONFLICT, "'" + username + "' already holds the post " + post
					+ ". Free that post first (username null), then name them here.");
		}

	}

}
