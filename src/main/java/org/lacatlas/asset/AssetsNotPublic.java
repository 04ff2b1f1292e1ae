package org.lacatlas.asset;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Another council's assets asked for while that council keeps its assets to its own
 * users.
 */
class AssetsNotPublic extends ResponseStatusException {

	AssetsNotPublic(String council) {
		super(HttpStatus.FORBIDDEN, council + "'s community assets are seen by its own users only.");
	}

}
