package org.lacatlas.asset;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 412: the edit names a version that is no longer current, so it would overwrite someone
 * else's change. The problem carries {@code currentVersion} and the {@code current}
 * asset, and the ETag header is the current version, so the client can show both and
 * retry.
 */
class VersionConflict extends ErrorResponseException {

	VersionConflict(long id, int edited, int current, JsonNode currentFeature) {
		super(HttpStatus.PRECONDITION_FAILED, problem(id, edited, current, currentFeature), null);
		getHeaders().setETag(AssetVersions.etag(current));
	}

	private static ProblemDetail problem(long id, int edited, int current, JsonNode feature) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"Asset " + id + " was changed by someone else since you opened it: you edited version " + edited
						+ ", it is now version " + current
						+ ". Nothing was saved. Reload it, apply your change again and save.");
		problem.setTitle("Someone else changed this asset");
		problem.setProperty("currentVersion", current);
		problem.setProperty("current", feature);
		return problem;
	}

}
