package org.lacatlas.asset;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Who is asking, as far as assets care. Planners and admins see every asset; other
 * signed-in people see published assets, their own, and closed assets that were
 * published; anonymous readers (only when public read is on) see published assets.
 *
 * @param username null when not signed in
 * @param seesAll planner or admin
 * @param planner may publish and moderate
 */
record Viewer(String username, boolean seesAll, boolean planner) {

	static final Viewer ANONYMOUS = new Viewer(null, false, false);

	static Viewer of(Authentication auth) {
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		boolean planner = has(auth, "ROLE_PLANNER");
		return new Viewer(auth.getName(), planner || has(auth, "ROLE_ADMIN"), planner);
	}

	boolean anonymous() {
		return username == null;
	}

	private static boolean has(Authentication auth, String authority) {
		return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

}
