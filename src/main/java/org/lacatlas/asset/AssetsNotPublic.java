package org.lacatlas.asset;

import org.springframework.http.HttpStatus;

/**
 * Another council's assets asked for while that council keeps its assets to its own
 * users.
 */
class AssetsNotPublic extends AssetProblem {

	AssetsNotPublic(String council) {
		super(HttpStatus.FORBIDDEN, council + "'s community assets are seen by its own users only.");
	}

}
