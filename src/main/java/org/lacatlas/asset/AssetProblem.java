package org.lacatlas.asset;

import org.lacatlas.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Why a request about an asset was refused: each kind is named for what went wrong and
 * carries its HTTP status and a sentence saying what to do, answered as problem+json by
 * {@code ApiErrors}.
 */
abstract class AssetProblem extends Refusal {

	AssetProblem(HttpStatus status, String detail) {
		super(status, detail);
	}

	/** No such asset among those the caller may see. */
	static final class AssetNotFound extends AssetProblem {

		AssetNotFound(long id) {
			super(HttpStatus.NOT_FOUND, "No asset " + id + " that you can see.");
		}

	}

	/** A change that a closed asset cannot take until it is reopened. */
	static final class AssetClosed extends AssetProblem {

		AssetClosed(long id, String change) {
			super(HttpStatus.CONFLICT, "Asset " + id + " is closed. Reopen it before " + change + " it.");
		}

	}

	/** A reopening of an asset that is open. */
	static final class AssetNotClosed extends AssetProblem {

		AssetNotClosed(long id) {
			super(HttpStatus.CONFLICT, "Asset " + id + " is not closed.");
		}

	}

	/** An If-Match that is not an asset's ETag. */
	static final class AssetVersionUnreadable extends AssetProblem {

		AssetVersionUnreadable() {
			super(HttpStatus.BAD_REQUEST,
					"If-Match must be the asset's ETag, a version number in quotes such as \"3\".");
		}

	}

	/** A change that does not say which version it was based on. */
	static final class AssetVersionMissing extends AssetProblem {

		AssetVersionMissing() {
			super(HttpStatus.PRECONDITION_REQUIRED,
					"Say which version you edited: send If-Match with the ETag you got (e.g. \"3\"), "
							+ "or a version property. This stops one person's edit overwriting another's.");
		}

	}

	/** An import that is neither CSV nor GeoJSON. */
	static final class AssetFileTypeUnsupported extends AssetProblem {

		AssetFileTypeUnsupported() {
			super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the file as text/csv or application/geo+json.");
		}

	}

}
