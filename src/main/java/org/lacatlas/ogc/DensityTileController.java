package org.lacatlas.ogc;

import java.util.Set;

import org.lacatlas.introduction.DensityTiles;
import org.lacatlas.council.Council;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The introduction density as vector tiles,
 * {@code /tiles/introduction-density/{z}/{x}/{y}.mvt?cellSize=&from=&to=} with the
 * parameters of {@code /api/introductions/density} and the same readers (planners,
 * coordinators, councillors). The introduction module builds the tiles and does the
 * disclosure control ({@link DensityTiles}, which also keeps them); this only serves
 * them: ETag, never stale, private.
 */
@RestController
class DensityTileController {

	static final String LAYER = "introduction-density";

	private static final Set<String> READERS = Set.of("ROLE_PLANNER", "ROLE_COORDINATOR", "ROLE_COUNCILLOR");

	private final DensityTiles density;

	DensityTileController(DensityTiles density) {
		this.density = density;
	}

	@GetMapping("/tiles/" + LAYER + "/{z}/{x}/{y}.mvt")
	ResponseEntity<byte[]> tile(Council council, @PathVariable int z, @PathVariable int x, @PathVariable int y,
			@RequestParam(defaultValue = "500") int cellSize, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to,
			@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch, Authentication who) {
		mayRead(who);
		TileAnswers.check(z, x, y);
		String version;
		try {
			version = density.version(council.code(), cellSize, from, to);
		}
		catch (IllegalArgumentException ex) {
			throw new OgcProblem.ParameterInvalid(ex.getMessage());
		}
		return TileAnswers.answer(LAYER, version, z, x, y, ifNoneMatch, true,
				() -> density.tile(council.code(), cellSize, from, to, z, x, y));
	}

	/**
	 * As {@code /api/introductions/density}: 401 when signed out, 403 for other roles.
	 */
	static void mayRead(Authentication who) {
		if (!OgcController.signedIn(who)) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Sign in to read introductions.");
			var ex = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
			ex.getHeaders().set("WWW-Authenticate", "Basic realm=\"LAC Atlas\"");
			throw ex;
		}
		if (who.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(READERS::contains)) {
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(
					HttpStatus.FORBIDDEN, "Your role does not allow this. Ask an administrator if you need it."), null);
		}
	}

}
