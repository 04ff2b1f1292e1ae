package org.lacatlas.asset;

import org.lacatlas.council.Council;
import org.lacatlas.council.SignedInCouncil;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Who is asking, as far as assets care: about which council's assets (the request's,
 * resolved once for the request), and with what rights. Planners and admins see every
 * asset; other signed-in people see published assets, their own, and closed assets that
 * were published; anonymous readers (only when public read is on) see published assets.
 *
 * @param username null when not signed in
 * @param seesAll planner or admin
 * @param planner may publish and moderate
 */
record Viewer(String council, String username, boolean seesAll, boolean planner) {

	/** Anyone, signed in or not, as a reader of a council's published assets. */
	static Viewer anonymous(String council) {
		return new Viewer(council, null, false, false);
	}

	static Viewer of(Authentication auth, String council) {
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return anonymous(council);
		}
		boolean planner = has(auth, "ROLE_PLANNER");
		return new Viewer(council, auth.getName(), planner || has(auth, "ROLE_ADMIN"), planner);
	}

	/**
	 * Who reads a council's assets: its own users with their rights; anyone else (signed
	 * out, or of another council) only its published assets, and only when assets are
	 * public ({@code lacatlas.assets.public-read}).
	 * @throws AssetsNotPublic when they are not
	 */
	static Viewer reading(Authentication auth, Council council, boolean publicRead) {
		if (SignedInCouncil.code().filter(council.code()::equals).isPresent()) {
			return of(auth, council.code());
		}
		if (!publicRead) {
			throw new AssetsNotPublic(council.name());
		}
		return anonymous(council.code());
	}

	boolean anonymous() {
		return username == null;
	}

	private static boolean has(Authentication auth, String authority) {
		return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

}
